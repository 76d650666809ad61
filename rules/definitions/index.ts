import type { Rule } from '../../src/engine/rule.js';
import { definitionsGlossary } from './glossary.js';
import { definitionsIndicatorExplanations } from './indicator-explanations.js';

export const definitionsRules: readonly Rule[] = [definitionsGlossary, definitionsIndicatorExplanations];
