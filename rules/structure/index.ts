import type { Rule } from '../../src/engine/rule.js';
import { structureFrontMatter } from './front-matter.js';
import { structureRequiredParts } from './required-parts.js';
import { structureTocBody } from './toc-body.js';
import { structureNumbering } from './numbering.js';
import { structureTableNote } from './table-note.js';

export const structureRules: readonly Rule[] = [structureFrontMatter, structureRequiredParts, structureTocBody, structureNumbering, structureTableNote];
