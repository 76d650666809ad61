import type { Rule } from '../../src/engine/rule.js';
import { emptyNote } from './empty-note.js';

export const emptyTableRules: readonly Rule[] = [emptyNote];
