import type { Rule } from '../../src/engine/rule.js';
import { hygieneTemplate } from './template.js';
import { hygienePunctuation } from './punctuation.js';
import { hygieneBrackets } from './brackets.js';

export const hygieneRules: readonly Rule[] = [hygieneTemplate, hygienePunctuation, hygieneBrackets];
