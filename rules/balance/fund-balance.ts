import { columnLabel, normLabel, tableName, tableOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row } from '../../src/model/table.js';
import { summaryHalf } from '../within-table/summary-lines.js';
import { reportSum, SUM_MESSAGES, where, type Part } from '../within-table/sum-finding.js';
import { amountOrZero } from '../cross-table/shared.js';
import { tablesLacking } from '../skip-reasons.js';

const FUNDS = [
  ['general', /一般公共预算/],
  ['govFund', /政府性基金/],
  ['stateCapital', /国有资本经营/],
] as const;

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
    const t = tableOf(model, 'fiscal-summary');
    if (!t) return ctx.skip(tablesLacking(model, { 'fiscal-summary': t }));
    const income = summaryHalf(t, 'income');
    const grand = summaryHalf(t, 'expenditure').grand;
    if (!grand || income.currentParts.length === 0)
      return ctx.skip({
        zh: `财政拨款收支总体情况表（04）未读到${!grand ? '支出总计行' : '本年收入各行'}`,
        en: `${!grand ? 'no expenditure grand total (支出总计)' : 'no current income lines'} were read in table 04 (fiscal appropriation summary)`,
      });
    const find = (rows: readonly Row[], re: RegExp) => rows.find((r) => re.test(normLabel(r.label)));
    for (const [key, re] of FUNDS) {
      if (!t.columns.some((c) => c.key === key)) continue;
      const total = amountOrZero(t, grand, key, ctx.lang);
      const lines = [find(income.currentParts, re), find(income.carryoverParts, re)].filter((r): r is Row => !!r);
      if (!total || lines.length === 0) continue;
      const values = lines.map((r) => amountOrZero(t, r, 'amount', ctx.lang));
      if (values.some((v) => v === undefined)) continue;
      const parts: Part[] = lines.map((r, i) => ({
        label: `${income.carryoverParts.includes(r) ? (ctx.lang === 'zh' ? '上年结转' : 'carryover ') : ''}${normLabel(r.label)}`,
        located: values[i]!.printed.value === '0' ? undefined : values[i],
      }));
      if (total.printed.value === '0' && parts.every((p) => !p.located)) continue;
      reportSum(ctx, {
        where: where(ctx, tableName(t, ctx.lang), columnLabel(t, key)),
        totalLabel: normLabel(grand.label),
        total,
        parts,
      });
    }
  },
});
