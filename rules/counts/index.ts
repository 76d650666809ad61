import type { Rule } from '../../src/engine/rule.js';

export const countsRules: readonly Rule[] = [];
