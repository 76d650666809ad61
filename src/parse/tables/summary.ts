import type { Column, Row, RowRole, TableKind } from '../../model/table.js';
import { makeCell } from './cells.js';
import { classOfSummaryLabel as classOfName } from '../../model/function-classes.js';
import { summaryColumns } from './columns.js';
import type { CellLine } from './layout.js';
import type { Template } from '../../template/index.js';
import { isTotalLabel } from './row-labels.js';
import { cleanLabel, compact, splitOrdinal } from './text.js';

/** 本年收入 / 上年结转 in 04 head the lines below them; 上年结转结余 / 年终结转结余 stand apart from the list. */
const SUBTOTAL_RE = /^(本年收入|本年支出|上年结转)$/;
const CARRYOVER_RE = /^(上年结转结余|年终结转结余|上年结转|年终结转)$/;

function summaryRow(
  side: 'income' | 'expenditure',
  rawLabel: string,
  amounts: readonly string[],
  columns: readonly Column[],
  line: number,
): Row {
  const label = cleanLabel(rawLabel);
  const { ordinal, rest } = splitOrdinal(label);
  const name = compact(rest).replace(/[:：]$/, '');
  const ofWhich = /^其中/.test(name);
  let role: RowRole = 'item';
  if (isTotalLabel(label)) role = 'total';
  else if (SUBTOTAL_RE.test(name) && ordinal) role = 'subtotal';
  else if (CARRYOVER_RE.test(name)) role = 'other';
  const classCode = side === 'expenditure' && role === 'item' ? classOfName(name) : undefined;
  return {
    line,
    role,
    side,
    label,
    ...(ordinal ? { ordinal } : {}),
    ofWhich,
    ...(classCode ? { classCode } : {}),
    cells: columns.map((c, i) => makeCell(c.key, amounts[i] ?? '', line)),
  };
}

/**
 * 01 and 04 print two tables side by side: income (项目, 金额) on the left, expenditure on the
 * right (项目 and one amount in 01; 合计, 一般公共预算 小计 / 其中：财政拨款, 政府性基金, 国有资本经营预算 in 04).
 */
export function readSummary(
  kind: TableKind,
  header: readonly CellLine[],
  data: readonly CellLine[],
  template: Template,
): { columns: Column[]; rows: Row[] } {
  let width = 1;
  for (const d of data) {
    for (let i = d.cells.length - 1; i >= 3; i--) {
      if ((d.cells[i] ?? '').trim() !== '') {
        width = Math.max(width, i - 2);
        break;
      }
    }
  }
  const headerWidth = Math.max(0, ...header.map((h) => h.cells.length - 3));
  if (kind === 'fiscal-summary') width = Math.max(width, headerWidth);
  const cols = summaryColumns(kind, width, header, template);
  const rows: Row[] = [];
  for (const d of data) {
    const [incLabel = '', incAmount = '', expLabel = '', ...expAmounts] = d.cells;
    if (incLabel.trim() !== '' || incAmount.trim() !== '') rows.push(summaryRow('income', incLabel, [incAmount], cols.income, d.line));
    if (expLabel.trim() !== '' || expAmounts.some((a) => a.trim() !== '')) rows.push(summaryRow('expenditure', expLabel, expAmounts, cols.expenditure, d.line));
  }
  const columns = [...cols.income, ...cols.expenditure.filter((c) => !cols.income.some((i) => i.key === c.key))];
  return { columns, rows };
}
