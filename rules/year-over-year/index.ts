import type { Rule } from '../../src/engine/rule.js';
import { yoyRate } from './rate.js';
import { yoyDirection } from './direction.js';
import { yoyBaseYear } from './base-year.js';
import { yoyRepeat } from './repeat.js';

export const yearOverYearRules: readonly Rule[] = [yoyRate, yoyDirection, yoyBaseYear, yoyRepeat];
