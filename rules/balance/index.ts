import type { Rule } from '../../src/engine/rule.js';

export const balanceRules: readonly Rule[] = [];
