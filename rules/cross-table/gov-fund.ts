import { anyTableOf, tableName, tableOf, type Located } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { summaryHalf } from '../within-table/summary-lines.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { amountOrZero, grandRow, incomeLine, type Figure } from './shared.js';
import { tablesLacking } from '../skip-reasons.js';

const GOV_FUND = /政府性基金/;

export const govFund = defineRule({
  id: 'cross-gov-fund',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '政府性基金支出与收支总表一致', en: 'Government fund spending agrees with the summaries' },
  docs: {
    zh: '政府性基金预算支出情况表（09）合计（空表按零计）等于部门收支总体情况表（01）的政府性基金收入、财政拨款收支总体情况表（04）的政府性基金本年收入与本年支出。',
    en: 'The total of the government fund table (09; zero when printed empty) equals government fund income in the summary (01), and government fund income and current expenditure in the fiscal summary (04).',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    const lang = ctx.lang;
    const t09any = anyTableOf(model, 'gov-fund-expenditure');
    if (!t09any || t09any.status === 'unrecovered') return ctx.skip(tablesLacking(model, { 'gov-fund-expenditure': null }));
    let ref: Figure;
    if (t09any.status === 'empty') {
      const location = { line: t09any.emptyNote?.line ?? t09any.titleLine, table: tableName(t09any, lang), value: '0' };
      ref = { label: `${tableName(t09any, lang)}${lang === 'zh' ? '（空表）' : ' (empty)'}`, located: { printed: { value: '0', decimals: 2 }, location } };
    } else {
      const t09 = tableOf(model, 'gov-fund-expenditure')!;
      const row = grandRow(t09);
      const v: Located | undefined = row && amountOrZero(t09, row, 'total', lang);
      if (!v) return ctx.skip({ zh: '政府性基金预算支出情况表（09）合计行没有可用的金额', en: 'table 09 (government fund expenditure) has no usable amount on its total row' });
      ref = { label: tableName(t09, lang), located: v };
    }
    const title = lang === 'zh' ? '政府性基金' : 'government fund';
    const t01 = tableOf(model, 'income-expenditure-summary');
    const t04 = tableOf(model, 'fiscal-summary');
    const others: Figure[] = [];
    const line01 = t01 && incomeLine(t01, GOV_FUND);
    const v01 = t01 && line01 && amountOrZero(t01, line01, 'amount', lang);
    if (t01 && v01) others.push({ label: `${tableName(t01, lang)} ${line01!.label.trim()}`, located: v01 });
    if (t04) {
      const half = summaryHalf(t04, 'income');
      const line = half.currentParts.find((r) => GOV_FUND.test(r.label));
      const v = line && amountOrZero(t04, line, 'amount', lang);
      if (v) others.push({ label: `${tableName(t04, lang)} ${line!.label.trim()}`, located: v });
      const cur = summaryHalf(t04, 'expenditure').current;
      const e = cur && t04.columns.some((c) => c.key === 'govFund') ? amountOrZero(t04, cur, 'govFund', lang) : undefined;
      if (e) others.push({ label: `${tableName(t04, lang)} ${cur!.label.trim()}`, located: e });
    }
    if (others.length === 0)
      return ctx.skip({
        zh: '部门收支总体情况表（01）和财政拨款收支总体情况表（04）均未读出政府性基金金额，无可比对',
        en: 'neither table 01 (income and expenditure summary) nor table 04 (fiscal appropriation summary) gives a government fund amount to compare',
      });
    for (const o of others) reportSame(ctx, { where: title, a: ref, b: o });
  },
});
