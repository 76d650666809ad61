import type { Rule } from '../../src/engine/rule.js';
import { identityFinanceLevel } from './finance-level.js';
import { identityOwnerWording } from './owner-wording.js';

export const identityRules: readonly Rule[] = [identityFinanceLevel, identityOwnerWording];
