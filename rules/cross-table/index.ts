import type { Rule } from '../../src/engine/rule.js';

export const crossTableRules: readonly Rule[] = [];
