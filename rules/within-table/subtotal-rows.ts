import { amountKeys, columnLabel, readCell, rowName, tableName, type Located } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table, TableKind } from '../../src/model/table.js';
import { childrenOf } from './row-levels.js';
import { reportSum, SUM_MESSAGES, where, type Part } from './sum-finding.js';

/** Side-by-side summaries and free-form tables have their own rules. */
const NOT_NESTED: ReadonlySet<TableKind> = new Set([
  'income-expenditure-summary',
  'fiscal-summary',
  'three-public',
  'performance-overall',
  'final-accounts',
  'other',
]);

function checkColumn(ctx: RuleContext, table: Table, row: Row, children: readonly Row[], key: string): void {
  const whole = readCell(table, row, key, ctx.lang);
  const reads = children.map((c) => ({ row: c, read: readCell(table, c, key, ctx.lang) }));
  if (whole.state === 'unusable' || reads.some((r) => r.read.state === 'unusable')) return;
  if (whole.state === 'empty' && reads.every((r) => r.read.state === 'empty')) return;
  const total: Located =
    whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
  const parts: Part[] = reads.map(({ row: c, read }) => ({
    label: rowName(c),
    located: read.state === 'value' ? read.located : undefined,
  }));
  reportSum(ctx, {
    where: where(ctx, tableName(table, ctx.lang), columnLabel(table, key)),
    totalLabel: rowName(row),
    total,
    parts,
  });
}

export const subtotalRows = defineRule({
  id: 'table-subtotal-rows',
  family: 'within-table',
  severity: 'error',
  title: { zh: '合计行等于其下各行之和', en: 'Subtotal rows equal the rows beneath them' },
  docs: {
    zh: '每个合计、部门、单位及类/款小计行，在每一列上都等于其下一级各行之和：合计 = 各部门行，部门 = 各单位行（无单位行时为各科目/项目行），类/款 = 编码以其开头的各行。差额在四舍五入区间内记为提示。',
    en: 'Every 合计, department, unit and printed 类/款 subtotal row equals, in every column, the sum of the rows one level beneath it: total = department rows, department = unit rows (or the item rows when there are no units), 类/款 = the rows whose code starts with theirs. A difference within the rounding interval is an info note.',
  },
  messages: { ...SUM_MESSAGES },
  check(model: Release, ctx) {
    let checked = false;
    for (const table of model.tables) {
      if (NOT_NESTED.has(table.kind) || (table.status !== 'parsed' && table.status !== 'recovered')) continue;
      const keys = amountKeys(table);
      table.rows.forEach((row, i) => {
        const children = childrenOf(table.rows, i);
        if (children.length === 0) return;
        checked = true;
        for (const key of keys) checkColumn(ctx, table, row, children, key);
      });
    }
    if (!checked) ctx.skip('no table with subtotal rows was read');
  },
});
