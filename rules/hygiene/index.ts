import type { Rule } from '../../src/engine/rule.js';

export const hygieneRules: readonly Rule[] = [];
