import type { Rule } from '../../src/engine/rule.js';

export const metadataRules: readonly Rule[] = [];
