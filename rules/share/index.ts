import type { Rule } from '../../src/engine/rule.js';

export const shareRules: readonly Rule[] = [];
