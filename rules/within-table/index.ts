import type { Rule } from '../../src/engine/rule.js';
import { columnSum } from './column-sum.js';
import { subtotalRows } from './subtotal-rows.js';
import { summarySum } from './summary-sum.js';
import { performanceBudget } from './performance-budget.js';
import { ofWhichLines } from './of-which-lines.js';
import { degradedRow } from './degraded-row.js';

export const withinTableRules: readonly Rule[] = [columnSum, subtotalRows, summarySum, ofWhichLines, performanceBudget, degradedRow];
