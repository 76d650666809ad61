import { dec } from '../../src/engine/decimal.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { figure, incomeIsOnly } from './figures.js';
import type { Figure } from './shared.js';

const S = 'income-expenditure-summary' as const;
/** all money, everything: 收入总计 */
const INCOME_ALL = { side: 'income', fund: 'all', flow: 'total', split: 'total' } as const;
/** all money spent this year: 本年支出合计 */
const SPENT = { side: 'expenditure', fund: 'all', flow: 'current', split: 'total' } as const;

export const grandTotal = defineRule({
  id: 'cross-grand-total',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '各表总额一致', en: 'Grand totals agree across tables' },
  docs: {
    zh: '全部资金的收入总计（部门收支总体情况表（01）收入总计）与部门收入总体情况表（02）总计、整体绩效目标表（11）预算总额一致；全部资金的本年支出（01 本年支出合计）与部门支出总体情况表（03）、支出经济分类汇总表（07）合计一致；全部资金为财政拨款时与财政拨款收支总体情况表（04）一致，全部为一般公共预算时与一般公共预算支出情况表（05）一致。',
    en: 'All money\'s income total (the summary (01) 收入总计) equals the total of the income table (02) and the budget total of the overall performance table (11); all money spent this year (01 current expenditure) equals the totals of the expenditure table (03) and the economic summary (07); the fiscal summary (04) agrees when all money is fiscal appropriation, and the general budget expenditure table (05) when all money is general budget.',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    const { lang, facts: ix } = ctx;
    const income: Figure | undefined = figure(ix, { ...INCOME_ALL, tableKind: S }, lang) ?? figure(ix, { ...INCOME_ALL, tableKind: 'income' }, lang);
    // without 01's expenditure half, all money is spent this year only when nothing was carried over
    const carried = ix.first({ side: 'income', fund: 'all', flow: 'carryover' });
    const noCarryover = !carried || carried.state === 'blank' || (carried.state === 'value' && dec(carried.value).isZero());
    const spent: Figure | undefined = figure(ix, { ...SPENT, tableKind: S }, lang) ?? (noCarryover ? income : undefined);
    if (!income && !spent)
      return ctx.skip({
        zh: '部门收支总体情况表（01）和部门收入总体情况表（02）均未读出总计，无可比对的总额',
        en: 'neither table 01 (income and expenditure summary) nor table 02 (income summary) gives a grand total to compare',
      });
    const title = lang === 'zh' ? '总额' : 'grand total';
    const compare = (ref: Figure | undefined, other: Figure | undefined) => {
      if (ref && other && ref.located.location.line !== other.located.location.line) reportSame(ctx, { where: title, a: ref, b: other });
    };
    compare(income, figure(ix, { ...INCOME_ALL, tableKind: 'income' }, lang));
    compare(spent, figure(ix, { ...SPENT, tableKind: 'expenditure' }, lang));
    compare(spent, figure(ix, { ...SPENT, tableKind: 'economic-summary' }, lang));
    compare(income, figure(ix, { tableKind: 'performance-overall', split: 'total' }, lang));
    if (incomeIsOnly(ix, 'fiscal')) compare(income, figure(ix, { side: 'income', fund: 'fiscal', flow: 'total', tableKind: 'fiscal-summary' }, lang));
    if (incomeIsOnly(ix, 'general')) compare(spent, figure(ix, { side: 'expenditure', fund: 'general', flow: 'current', split: 'total', tableKind: 'general-budget-expenditure' }, lang));
  },
});
