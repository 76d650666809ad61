import { rowName, tableName } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Location } from '../../src/model/report.js';
import type { Row, Table } from '../../src/model/table.js';
import { readAmount, type Amount } from '../../src/parse/degraded/text.js';

/**
 * A degraded extract loses the column of every number, and the parser places them back by the
 * table's own arithmetic. A row whose printed numbers fit no placement at all is left without cells
 * and a recovery note: in a table that adds up, that happens when a number is wrong or a cell was
 * lost, so the row itself is the finding.
 */

/** The amounts printed on a row's lines, as printed (the row may wrap over several lines). */
function printedNumbers(lines: readonly string[], row: Row): Amount[] {
  const out: Amount[] = [];
  for (let n = row.line; n <= (row.endLine ?? row.line); n++) {
    for (const t of (lines[n - 1] ?? '').split(/\s+/)) {
      const a = t ? readAmount({ t, line: n }) : null;
      if (a) out.push(a);
    }
  }
  return out;
}

function unplacedRows(table: Table): Array<{ line: number; count: string; row?: Row }> {
  return (table.recovery?.unplaced ?? []).map((u) => ({ line: u.line, count: String(u.numbers), row: table.rows.find((r) => r.line === u.line) }));
}

function report(ctx: RuleContext, table: Table, u: { line: number; count: string; row?: Row }): void {
  const numbers = u.row ? printedNumbers(ctx.lines, u.row) : [];
  const base: Location = { line: u.line, table: tableName(table, ctx.lang) };
  if (u.row) base.row = rowName(u.row);
  // Each number where it is printed: a wrapped row spreads them over several lines.
  const locations: Location[] = numbers.length > 0 ? numbers.map((a) => ({ ...base, line: a.line, value: a.value })) : [base];
  ctx.report({
    messageId: 'unplaced',
    data: {
      table: tableName(table, ctx.lang),
      row: u.row ? rowName(u.row) : `#${u.line}`,
      numbers: numbers.length > 0 ? numbers.map((a) => a.raw).join(ctx.lang === 'zh' ? '、' : ', ') : u.count,
    },
    locations,
  });
}

export const degradedRow = defineRule({
  id: 'table-degraded-row',
  family: 'within-table',
  severity: 'warning',
  title: { zh: '无法归列的行', en: 'Rows whose numbers fit no column' },
  docs: {
    zh: '版式损坏的表格中，各数所属的列须按表内算术（合计 = 各组成列）还原。若一行印出的数字无论如何归列都不满足表内算术，则其中必有数字印错或单元格缺失：该行记为警告，并列出所印数字。',
    en: 'In a degraded extract the column of each number is recovered from the table\'s own arithmetic (totals = their parts). When the numbers printed on a row fit no column placement satisfying that arithmetic, one of them is misprinted or a cell was lost: the row is a warning, listing the printed numbers.',
  },
  messages: {
    unplaced: {
      zh: '{table} · {row}：所印数字 {numbers} 无论如何归列都不满足表内勾稽，可能有数字印错或缺失',
      en: '{table} / {row}: the printed numbers {numbers} fit no column placement that satisfies the table\'s sums: a number is likely misprinted or missing',
    },
  },
  check(model: Release, ctx) {
    // A release without degraded tables has every row placed: nothing is left unchecked.
    const degraded = model.tables.filter((t) => t.recovery?.method === 'degraded');
    for (const table of degraded) for (const u of unplacedRows(table)) report(ctx, table, u);
  },
});
