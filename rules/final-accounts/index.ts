import type { Rule } from '../../src/engine/rule.js';
import { faBalance } from './balance.js';
import { faTableSums } from './table-sums.js';
import { faCrossTable } from './cross-table.js';
import { faCompletionRate, faComparisonWord, faDeviationReason, faNarrativeTable } from './budget-actual.js';
import { faGrowthRate, faGrowthWords } from './growth-rate.js';
import { faShare } from './share.js';

export const finalAccountsRules: readonly Rule[] = [
  faBalance,
  faTableSums,
  faCrossTable,
  faNarrativeTable,
  faCompletionRate,
  faComparisonWord,
  faDeviationReason,
  faGrowthRate,
  faGrowthWords,
  faShare,
];
