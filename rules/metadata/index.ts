import type { Rule } from '../../src/engine/rule.js';
import { metadataYear } from './year.js';
import { metadataDepartment } from './department.js';
import { metadataToc } from './toc.js';
import { metadataKind } from './kind.js';

export const metadataRules: readonly Rule[] = [metadataYear, metadataDepartment, metadataToc, metadataKind];
