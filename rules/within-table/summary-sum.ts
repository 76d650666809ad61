import { fmt } from '../../src/engine/decimal.js';
import { amountKeys, columnLabel, normLabel, rowName, tableName, tablesOf, type CellRead, type Located } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { BLANK_MESSAGES, reportBlanks, type Blank } from './blank-subtotal.js';
import { effectiveCell } from './implied.js';
import { summaryHalf } from './summary-lines.js';
import { templateOf } from '../../src/template/index.js';
import { where, type Part } from './sum-finding.js';
import { GROUP_MESSAGES, reportGroup, sumOfParts, type GroupedSum } from './sum-group.js';
import { tablesLacking } from '../skip-reasons.js';

function keysOf(table: Table, rows: readonly Row[]): string[] {
  const used = new Set(rows.flatMap((r) => r.cells.filter((c) => c.status === 'value').map((c) => c.column)));
  return amountKeys(table).filter((k) => used.has(k));
}

/** Values a blank 本年收入 / 上年结转 line stands for, per row and column, once its lines are known. */
type Filled = Map<Row, Map<string, Located>>;

function read(table: Table, row: Row, key: string, ctx: RuleContext, filled: Filled): CellRead {
  const r = effectiveCell(table, row, key, ctx.lang);
  const f = filled.get(row)?.get(key);
  return r.state === 'empty' && f ? { state: 'value', located: f } : r;
}

function partsOf(table: Table, parts: readonly Row[], key: string, ctx: RuleContext, filled: Filled): Part[] | undefined {
  const reads = parts.map((r) => ({ row: r, read: read(table, r, key, ctx, filled) }));
  if (reads.some((r) => r.read.state === 'unusable')) return undefined;
  return reads.map(({ row, read: r }) => ({ label: rowName(row), located: r.state === 'value' ? r.located : undefined }));
}

/**
 * One line against its lines, every column at once. A line printed blank whose lines carry money is
 * an omission (collected in `blanks`), and its implied value stands in for it in the sums above.
 */
function checkLine(
  ctx: RuleContext, table: Table, total: Row, parts: readonly Row[], keys: readonly string[], filled: Filled, blanks: Blank[],
): void {
  const sums: GroupedSum[] = [];
  for (const key of keys) {
    const whole = read(table, total, key, ctx, filled);
    const p = partsOf(table, parts, key, ctx, filled);
    if (whole.state === 'unusable' || !p) continue;
    if (whole.state === 'empty') {
      if (p.every((x) => !x.located)) continue;
      const { sum, decimals } = sumOfParts(p);
      if (!sum.isZero()) {
        const located: Located = { printed: { value: fmt(sum, decimals), decimals }, location: whole.location };
        filled.set(total, (filled.get(total) ?? new Map<string, Located>()).set(key, located));
        const column = table.columns.length > 2 && key !== 'amount' ? `${normLabel(total.label)}（${columnLabel(table, key)}）` : normLabel(total.label);
        blanks.push({ table, row: total, column, located, parts: p });
        continue;
      }
    }
    const located: Located =
      whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
    sums.push({ label: table.columns.length > 2 && key !== 'amount' ? columnLabel(table, key) : rowName(total), total: located, parts: p, showParts: true });
  }
  const names = parts.map(rowName).join(ctx.lang === 'zh' ? '、' : ', ');
  reportGroup(ctx, {
    where: where(ctx, tableName(table, ctx.lang)),
    subject: ctx.lang === 'zh' ? `${rowName(total)} 与 ${names} 之和` : `${rowName(total)} against ${names}`,
    sums,
  });
}

export const summarySum = defineRule({
  id: 'table-summary-sum',
  family: 'within-table',
  severity: 'error',
  title: { zh: '收支总表的合计与总计', en: 'Totals of the income and expenditure summaries' },
  docs: {
    zh: '部门收支总体情况表（01）与财政拨款收支总体情况表（04）每一半、每一列：本年收入合计 = 各收入项（不含"其中"行），本年支出合计 = 各功能分类支出行，收入总计 = 本年收入合计 + 上年结转结余，支出总计 = 本年支出合计 + 年终结转结余；04 表中上年结转 = 其下各项。同一对行在各列上的不符合为一条发现；本年收入或上年结转空白而其下各项有数时只报一次，并以各项之和计入总计。',
    en: 'In each half and each column of the income and expenditure summary (01) and the fiscal appropriation summary (04): current income = the income lines (not the "of which" lines), current expenditure = the function class lines, income total = current income + carryover, expenditure total = current expenditure + year-end carryover; in 04 the carryover equals its own lines. The columns failing for one pair of lines make one finding; a current or carryover line printed blank above lines with money is reported once and counts as their sum in the total.',
  },
  messages: { ...GROUP_MESSAGES, ...BLANK_MESSAGES },
  check(model: Release, ctx) {
    const tables = [...tablesOf(model, 'income-expenditure-summary'), ...tablesOf(model, 'fiscal-summary')];
    if (tables.length === 0)
      return ctx.skip(tablesLacking(model, { 'income-expenditure-summary': null, 'fiscal-summary': null }, 'any'));
    for (const table of tables) {
      const blanks: Blank[] = [];
      for (const side of ['income', 'expenditure'] as const) {
        const half = summaryHalf(templateOf(model), table, side);
        const rows = [half.current, half.carryover, half.grand, ...half.currentParts, ...half.carryoverParts];
        const keys = keysOf(table, rows.filter((r): r is Row => r !== undefined));
        const filled: Filled = new Map();
        if (half.current && half.currentParts.length > 0) checkLine(ctx, table, half.current, half.currentParts, keys, filled, blanks);
        if (half.carryover && half.carryoverParts.length > 0)
          checkLine(ctx, table, half.carryover, half.carryoverParts, keys, filled, blanks);
        if (half.grand && half.current) {
          const parts = half.carryover ? [half.current, half.carryover] : [half.current];
          checkLine(ctx, table, half.grand, parts, keys, filled, blanks);
        }
      }
      reportBlanks(ctx, blanks);
    }
  },
});
