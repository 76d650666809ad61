import { columnLabel, normLabel, tableName, tableOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Fact } from '../../src/model/facts.js';
import type { Release } from '../../src/model/release.js';
import { reportSum, SUM_MESSAGES, where, type Part } from '../within-table/sum-finding.js';
import { tablesLacking } from '../skip-reasons.js';

const FUNDS = ['general', 'govFund', 'stateCapital'] as const;
const K = 'fiscal-summary' as const;

export const fundBalance = defineRule({
  id: 'balance-fund',
  family: 'balance',
  severity: 'error',
  title: { zh: '财政拨款分资金来源收支平衡', en: 'Fiscal income and expenditure balance fund by fund' },
  docs: {
    zh: '财政拨款收支总体情况表（04）中，每类资金的本年收入 + 上年结转 = 该资金列的支出合计：一般公共预算拨款收入 + 一般公共预算上年结转 = 一般公共预算支出合计，政府性基金、国有资本经营预算同理。',
    en: 'In the fiscal summary (04), for each fund this year\'s income plus its carryover equals the expenditure total of that fund\'s column: general budget income + general budget carryover = general budget expenditure total; likewise for government funds and state capital.',
  },
  messages: { ...SUM_MESSAGES },
  check(model: Release, ctx) {
    const ix = ctx.facts;
    const t = tableOf(model, K);
    if (!t) return ctx.skip(tablesLacking(model, { 'fiscal-summary': t }));
    const grandLine = ix.first({ tableKind: K, side: 'expenditure', flow: 'total', fund: 'fiscal' });
    const incomeLines = ix.find({ tableKind: K, side: 'income', flow: ['current', 'carryover'], unusable: true }).filter((f) => f.fund !== 'fiscal');
    if (!grandLine || incomeLines.length === 0)
      return ctx.skip({
        zh: `财政拨款收支总体情况表（04）未读到${!grandLine ? '支出总计行' : '本年收入各行'}`,
        en: `${!grandLine ? 'no expenditure grand total (支出总计)' : 'no current income lines'} were read in table 04 (fiscal appropriation summary)`,
      });
    for (const fund of FUNDS) {
      const total = ix.first({ tableKind: K, side: 'expenditure', flow: 'total', fund, split: 'total' });
      // one line per block: this year's, then last year's carryover
      const lines = (['current', 'carryover'] as const)
        .map((flow) => incomeLines.find((f) => f.fund === fund && f.flow === flow))
        .filter((f): f is Fact => f !== undefined);
      if (!total || total.state === 'unusable' || lines.length === 0) continue;
      if (lines.some((f) => f.state === 'unusable')) continue;
      const parts: Part[] = lines.map((f) => ({
        label: `${f.flow === 'carryover' ? (ctx.lang === 'zh' ? '上年结转' : 'carryover ') : ''}${normLabel(ix.rowOf(f).label)}`,
        located: f.state === 'value' && f.value !== '0' ? ix.located(f, ctx.lang) : undefined,
      }));
      const located = total.state === 'value' ? ix.located(total, ctx.lang) : { printed: { value: '0', decimals: 2 }, location: ix.location(total, ctx.lang) };
      if (located.printed.value === '0' && parts.every((p) => !p.located)) continue;
      reportSum(ctx, {
        where: where(ctx, tableName(t, ctx.lang), columnLabel(t, total.source.column)),
        totalLabel: normLabel(ix.rowOf(total).label),
        total: located,
        parts,
      });
    }
  },
});
