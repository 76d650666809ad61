import type { Rule } from '../../src/engine/rule.js';

export const emptyTableRules: readonly Rule[] = [];
