import type { Rule } from '../../src/engine/rule.js';
import { narrativeAmount } from './amount.js';
import { narrativeRepeat } from './repeat.js';

export const narrativeRules: readonly Rule[] = [narrativeAmount, narrativeRepeat];
