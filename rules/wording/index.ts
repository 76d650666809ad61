import type { Rule } from '../../src/engine/rule.js';
import { wordingYearReference } from './year-reference.js';
import { wordingTemplateInstructions } from './template-instructions.js';
import { wordingUnterminated } from './unterminated.js';
import { wordingGarbled } from './garbled.js';

export const wordingRules: readonly Rule[] = [wordingYearReference, wordingTemplateInstructions, wordingUnterminated, wordingGarbled];
