import type { Rule } from '../../src/engine/rule.js';

export const withinTableRules: readonly Rule[] = [];
