import type { Rule } from '../../src/engine/rule.js';

export const narrativeRules: readonly Rule[] = [];
