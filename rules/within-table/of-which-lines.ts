import { checkSum, dec, intervalOf } from '../../src/engine/decimal.js';
import { columnLabel, isOfWhich, readCell, rowName, sideRows, tableName, tablesOf, tableOf } from '../../src/engine/query.js';
import type { FactQuery } from '../../src/facts/index.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { reportSame, reportSum, SAME_MESSAGES, SUM_MESSAGES, where } from './sum-finding.js';
import { tablesLacking } from '../skip-reasons.js';

/** The line a `其中` line belongs to: the nearest line above it on its side that is not itself a `其中`. */
export function ofWhichParent(table: Table, row: Row): Row | undefined {
  const rows = sideRows(table, row.side);
  for (let i = rows.indexOf(row) - 1; i >= 0; i--) if (!isOfWhich(rows[i]!)) return rows[i];
  return undefined;
}

function checkNotAbove(ctx: RuleContext, table: Table, row: Row): void {
  const parent = ofWhichParent(table, row);
  if (!parent) return;
  for (const cell of row.cells) {
    const part = readCell(table, row, cell.column, ctx.lang);
    const whole = readCell(table, parent, cell.column, ctx.lang);
    if (part.state !== 'value' || whole.state === 'unusable') continue;
    const wholeValue = whole.state === 'value' ? whole.located.printed : { value: '0', decimals: 2 };
    // Only a part that stays above its whole across both rounding intervals is an error.
    if (!intervalOf(part.located.printed).lo.gt(intervalOf(wholeValue).hi)) continue;
    const column = table.columns.length > 1 ? columnLabel(table, cell.column) : undefined;
    ctx.report({
      messageId: 'exceeds',
      data: {
        where: where(ctx, tableName(table, ctx.lang), column),
        part: rowName(row),
        partValue: part.located.printed.value,
        whole: rowName(parent),
        wholeValue: wholeValue.value,
      },
      locations: [part.located.location, whole.state === 'value' ? whole.located.location : whole.location],
      expected: wholeValue.value,
      actual: part.located.printed.value,
    });
  }
}

/**
 * 04: the fiscal money received (其中：财政拨款 of this year's general budget income, plus any general
 * budget carryover) is what the expenditure side spends in its 其中：财政拨款 column.
 */
function checkFiscalAgreement(ctx: RuleContext, tableIndex: number): void {
  const ix = ctx.facts;
  const at = (q: FactQuery) => ix.find({ ...q, tableKind: F04, unusable: true }).find((f) => f.tableIndex === tableIndex);
  const received = at({ side: 'income', fund: 'general.fiscal', flow: 'current' });
  const spentFiscal = at({ side: 'expenditure', fund: 'general.fiscal', flow: 'current', split: 'total' });
  if (received?.state !== 'value' || spentFiscal?.state !== 'value') return;
  const carried = at({ side: 'income', fund: 'general', flow: 'carryover' });
  if (carried?.state === 'unusable') return;
  // When the general budget line itself disagrees with the spending, the balance of funds reports
  // it; the 其中 line then disagrees by the same amount and is not a second mistake.
  const general = at({ side: 'income', fund: 'general', flow: 'current' });
  const spentGeneral = at({ side: 'expenditure', fund: 'general', flow: 'current', split: 'total' });
  if (general?.state === 'value' && spentGeneral?.state === 'value') {
    const carry = carried?.state === 'value' ? [ix.printed(carried)] : [];
    if (checkSum(ix.printed(spentGeneral), [ix.printed(general), ...carry]).verdict === 'error') return;
  }
  const table = ix.table(received);
  const spentSide = { label: `${rowName(ix.rowOf(spentFiscal))}（${columnLabel(table, spentFiscal.source.column)}）`, located: ix.located(spentFiscal, ctx.lang) };
  const w = where(ctx, tableName(table, ctx.lang));
  const income = { label: rowName(ix.rowOf(received)), located: ix.located(received, ctx.lang) };
  if (carried?.state === 'value' && !dec(carried.value).isZero()) {
    // Carryover money is spent too: the spending column is then a sum of two lines.
    reportSum(ctx, {
      where: w,
      totalLabel: spentSide.label,
      total: spentSide.located,
      parts: [income, { label: rowName(ix.rowOf(carried)), located: ix.located(carried, ctx.lang) }],
    });
    return;
  }
  reportSame(ctx, { where: w, a: income, b: spentSide });
}

const F04 = 'fiscal-summary' as const;

export const ofWhichLines = defineRule({
  id: 'table-of-which-lines',
  family: 'within-table',
  severity: 'error',
  title: { zh: '“其中”行不大于所属行', en: '"Of which" lines within their line' },
  docs: {
    zh: '部门收支总体情况表（01）与财政拨款收支总体情况表（04）中，“其中：财政拨款”等“其中”行是上一行的一部分，不得大于上一行（超出四舍五入区间为错误）；04 表收入方本年一般公共预算“其中：财政拨款”（加一般公共预算上年结转）等于支出方本年支出的“其中：财政拨款”列。',
    en: 'In the income and expenditure summary (01) and the fiscal summary (04), an "of which" line such as 其中：财政拨款 is part of the line above it and may not exceed it (beyond rounding it is an error); in 04 the income side\'s "of which: fiscal appropriation" of this year\'s general budget income (plus any general budget carryover) equals the "of which: fiscal appropriation" column of current expenditure.',
  },
  messages: {
    ...SAME_MESSAGES,
    ...SUM_MESSAGES,
    exceeds: {
      zh: '{where}：“{part}”为 {partValue}，大于其所属的“{whole}” {wholeValue}',
      en: '{where}: "{part}" ({partValue}) exceeds the line it belongs to, "{whole}" ({wholeValue})',
    },
  },
  check(model: Release, ctx) {
    const tables = [...tablesOf(model, 'income-expenditure-summary'), ...tablesOf(model, 'fiscal-summary')];
    if (tables.length === 0)
      return ctx.skip(tablesLacking(model, { 'income-expenditure-summary': null, 'fiscal-summary': null }, 'any'));
    for (const table of tables) for (const row of table.rows) if (isOfWhich(row)) checkNotAbove(ctx, table, row);
    const t04 = tableOf(model, F04);
    if (t04) checkFiscalAgreement(ctx, model.tables.indexOf(t04));
  },
});
