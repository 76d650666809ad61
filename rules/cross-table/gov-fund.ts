import { anyTableOf, normLabel, tableName, tableOf } from '../../src/engine/query.js';
import { dec } from '../../src/engine/decimal.js';
import type { Lang } from '../../src/engine/rule.js';
import type { FactIndex } from '../../src/facts/index.js';
import type { Fact } from '../../src/model/facts.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSame, reportSum, SAME_MESSAGES, SUM_MESSAGES } from '../within-table/sum-finding.js';
import type { Figure } from './shared.js';
import { figureOf } from './figures.js';
import { tablesLacking } from '../skip-reasons.js';

const F04 = 'fiscal-summary' as const;

/** A fund line as a figure; a blank one is the zero it stands for. */
function orZero(ix: FactIndex, f: Fact, lang: Lang): Figure {
  const fig = figureOf(ix, f, lang);
  return f.state === 'value' ? fig : { ...fig, located: { ...fig.located, printed: { value: '0', decimals: 2 } } };
}

export const govFund = defineRule({
  id: 'cross-gov-fund',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '政府性基金支出与收支总表一致', en: 'Government fund spending agrees with the summaries' },
  docs: {
    zh: '政府性基金预算支出情况表（09）合计（空表按零计）是政府性基金本年收入与上年结转之和：等于财政拨款收支总体情况表（04）政府性基金本年收入加上年结转、04 政府性基金本年支出；无政府性基金结转时等于部门收支总体情况表（01）的政府性基金收入。',
    en: 'The total of the government fund table (09; zero when printed empty) is the fund\'s income of the year plus its carryover: it equals the fiscal summary (04) government fund income plus carryover and 04\'s government fund expenditure; without a fund carryover, it equals government fund income in the summary (01).',
  },
  messages: { ...SAME_MESSAGES, ...SUM_MESSAGES },
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
      const total = ctx.facts.first({ tableKind: 'gov-fund-expenditure', side: 'expenditure', fund: 'govFund', split: 'total' });
      if (!total || total.state === 'unusable') return ctx.skip({ zh: '政府性基金预算支出情况表（09）合计行没有可用的金额', en: 'table 09 (government fund expenditure) has no usable amount on its total row' });
      ref = { label: tableName(t09, lang), located: orZero(ctx.facts, total, lang).located };
    }
    const title = lang === 'zh' ? '政府性基金' : 'government fund';
    const ix = ctx.facts;
    const others: Figure[] = [];
    const sums: Array<{ label: string; parts: Fact[] }> = [];
    const zero = (f: Fact | undefined) => !f || f.state === 'blank' || (f.state === 'value' && dec(f.value).isZero());
    // 09 spends the fund's money of both years: this year's income plus last year's carryover
    const current04 = ix.first({ tableKind: F04, side: 'income', fund: 'govFund', flow: 'current' });
    const carry04 = ix.first({ tableKind: F04, side: 'income', fund: 'govFund', flow: 'carryover' });
    const carry02 = ix.first({ tableKind: 'income', side: 'income', fund: 'govFund', flow: 'carryover' });
    const carried = (carry04 && !zero(carry04)) || (carry02 && !zero(carry02));
    const line01 = ix.first({ tableKind: 'income-expenditure-summary', side: 'income', fund: 'govFund', flow: 'current' });
    // 01 prints one carryover line for all funds: its fund line alone is the fund's money only without carryover
    if (line01 && line01.state !== 'unusable' && !carried) others.push(orZero(ix, line01, lang));
    if (current04 && current04.state !== 'unusable') {
      if (carry04 && carry04.state === 'value' && !zero(carry04)) sums.push({ label: tableName(ix.table(current04), lang), parts: [current04, carry04] });
      else others.push(orZero(ix, current04, lang));
    }
    const spent04 = ix.first({ tableKind: F04, side: 'expenditure', fund: 'govFund', flow: 'current', split: 'total' });
    if (spent04 && spent04.state !== 'unusable') others.push(orZero(ix, spent04, lang));
    for (const s of sums)
      reportSum(ctx, {
        where: title,
        totalLabel: ref.label,
        total: ref.located,
        parts: s.parts.map((f) => ({ label: `${s.label} ${normLabel(ix.rowOf(f).label)}`, located: f.state === 'value' ? ix.located(f, lang) : undefined })),
      });
    if (others.length === 0 && sums.length > 0) return;
    if (others.length === 0)
      return ctx.skip({
        zh: '部门收支总体情况表（01）和财政拨款收支总体情况表（04）均未读出政府性基金金额，无可比对',
        en: 'neither table 01 (income and expenditure summary) nor table 04 (fiscal appropriation summary) gives a government fund amount to compare',
      });
    for (const o of others) reportSame(ctx, { where: title, a: ref, b: o });
  },
});
