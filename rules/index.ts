import type { Rule } from '../src/engine/rule.js';

/** Every rule, in a stable order. Each family keeps its own list in rules/<family>/index.ts. */
export const ALL_RULES: readonly Rule[] = [];
