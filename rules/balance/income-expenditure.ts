import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { TableKind } from '../../src/model/table.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { figure } from '../cross-table/figures.js';

/** Tables that print both halves of a budget, each for its own money: 01 all funds, 04 fiscal appropriations. */
const BALANCED: ReadonlyArray<readonly [TableKind, 'all' | 'fiscal']> = [
  ['income-expenditure-summary', 'all'],
  ['fiscal-summary', 'fiscal'],
];

export const incomeExpenditure = defineRule({
  id: 'balance-total',
  family: 'balance',
  severity: 'error',
  title: { zh: '收入总计等于支出总计', en: 'Total income equals total expenditure' },
  docs: {
    zh: '部门收支总体情况表（01）全部资金的收入总计等于支出总计；财政拨款收支总体情况表（04）财政拨款的收入合计等于支出合计。预算收支必须平衡，两者是同一数额，应印得完全一致。',
    en: 'In the summary (01) total income of all money equals total expenditure; in the fiscal summary (04) the fiscal appropriations\' income total equals their expenditure total. A budget balances: both print the same amount and must print identically.',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    let ran = false;
    for (const [kind, fund] of BALANCED) {
      const income = figure(ctx.facts, { tableKind: kind, side: 'income', fund, flow: 'total' }, ctx.lang);
      const spent = figure(ctx.facts, { tableKind: kind, side: 'expenditure', fund, flow: 'total', split: 'total' }, ctx.lang);
      if (!income || !spent) continue;
      ran = true;
      reportSame(ctx, { where: ctx.lang === 'zh' ? '收支平衡' : 'balance', a: income, b: spent });
    }
    if (!ran)
      ctx.skip({
        zh: '部门收支总体情况表（01）和财政拨款收支总体情况表（04）均未同时读出收入总计和支出总计',
        en: 'neither table 01 (income and expenditure summary) nor table 04 (fiscal appropriation summary) gives both the income and the expenditure grand total',
      });
  },
});
