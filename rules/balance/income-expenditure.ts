import { tableOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { summaryFigure } from '../cross-table/shared.js';

export const incomeExpenditure = defineRule({
  id: 'balance-total',
  family: 'balance',
  severity: 'error',
  title: { zh: '收入总计等于支出总计', en: 'Total income equals total expenditure' },
  docs: {
    zh: '部门收支总体情况表（01）的收入总计等于支出总计；财政拨款收支总体情况表（04）的收入合计等于支出合计。预算收支必须平衡，两者是同一数额，应印得完全一致。',
    en: 'In the summary (01) total income equals total expenditure; in the fiscal summary (04) the income total equals the expenditure total. A budget balances: both print the same amount and must print identically.',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    let ran = false;
    for (const kind of ['income-expenditure-summary', 'fiscal-summary'] as const) {
      const t = tableOf(model, kind);
      if (!t) continue;
      const income = summaryFigure(t, 'grand', 'income', 'amount', ctx.lang);
      const key = t.columns.some((c) => c.key === 'amount' && t.rows.some((r) => r.side === 'expenditure' && r.cells.some((x) => x.column === 'amount')))
        ? 'amount'
        : 'total';
      const spent = summaryFigure(t, 'grand', 'expenditure', key, ctx.lang);
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
