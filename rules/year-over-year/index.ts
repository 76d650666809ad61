import type { Rule } from '../../src/engine/rule.js';

export const yearOverYearRules: readonly Rule[] = [];
