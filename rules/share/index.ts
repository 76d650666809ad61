import type { Rule } from '../../src/engine/rule.js';
import { shareAmount } from './amount.js';
import { shareSum } from './sum.js';

export const shareRules: readonly Rule[] = [shareAmount, shareSum];
