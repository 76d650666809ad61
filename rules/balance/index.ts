import type { Rule } from '../../src/engine/rule.js';
import { incomeExpenditure } from './income-expenditure.js';
import { fundBalance } from './fund-balance.js';

export const balanceRules: readonly Rule[] = [incomeExpenditure, fundBalance];
