import { amountKeys, columnLabel, readCell, rowName, tableName, tablesOf, type Located } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { summaryHalf } from './summary-lines.js';
import { reportSum, SUM_MESSAGES, where, type Part } from './sum-finding.js';

function keysOf(table: Table, rows: readonly Row[]): string[] {
  const used = new Set(rows.flatMap((r) => r.cells.filter((c) => c.status === 'value').map((c) => c.column)));
  return amountKeys(table).filter((k) => used.has(k));
}

function check(ctx: RuleContext, table: Table, total: Row, parts: readonly Row[], key: string): void {
  const whole = readCell(table, total, key, ctx.lang);
  const reads = parts.map((r) => ({ row: r, read: readCell(table, r, key, ctx.lang) }));
  if (whole.state === 'unusable' || reads.some((r) => r.read.state === 'unusable')) return;
  if (whole.state === 'empty' && reads.every((r) => r.read.state === 'empty')) return;
  const located: Located =
    whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
  const p: Part[] = reads.map(({ row, read }) => ({
    label: rowName(row),
    located: read.state === 'value' ? read.located : undefined,
  }));
  const col = table.columns.length > 2 && key !== 'amount' ? columnLabel(table, key) : undefined;
  reportSum(ctx, { where: where(ctx, tableName(table, ctx.lang), col), totalLabel: rowName(total), total: located, parts: p });
}

export const summarySum = defineRule({
  id: 'table-summary-sum',
  family: 'within-table',
  severity: 'error',
  title: { zh: '收支总表的合计与总计', en: 'Totals of the income and expenditure summaries' },
  docs: {
    zh: '部门收支总体情况表（01）与财政拨款收支总体情况表（04）每一半、每一列：本年收入合计 = 各收入项（不含"其中"行），本年支出合计 = 各功能分类支出行，收入总计 = 本年收入合计 + 上年结转结余，支出总计 = 本年支出合计 + 年终结转结余；04 表中上年结转 = 其下各项。',
    en: 'In each half and each column of the income and expenditure summary (01) and the fiscal appropriation summary (04): current income = the income lines (not the "of which" lines), current expenditure = the function class lines, income total = current income + carryover, expenditure total = current expenditure + year-end carryover; in 04 the carryover equals its own lines.',
  },
  messages: { ...SUM_MESSAGES },
  check(model: Release, ctx) {
    const tables = [...tablesOf(model, 'income-expenditure-summary'), ...tablesOf(model, 'fiscal-summary')];
    if (tables.length === 0) return ctx.skip('no income and expenditure summary (01/04) was read');
    for (const table of tables) {
      for (const side of ['income', 'expenditure'] as const) {
        const half = summaryHalf(table, side);
        const rows = [half.current, half.carryover, half.grand, ...half.currentParts, ...half.carryoverParts];
        const keys = keysOf(table, rows.filter((r): r is Row => r !== undefined));
        for (const key of keys) {
          if (half.current && half.currentParts.length > 0) check(ctx, table, half.current, half.currentParts, key);
          if (half.carryover && half.carryoverParts.length > 0)
            check(ctx, table, half.carryover, half.carryoverParts, key);
          if (half.grand && half.current) {
            const parts = half.carryover ? [half.current, half.carryover] : [half.current];
            check(ctx, table, half.grand, parts, key);
          }
        }
      }
    }
  },
});
