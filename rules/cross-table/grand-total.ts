import { tableName, tableOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { blockAmount } from '../within-table/performance-budget.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { grandFigure, incomeIsOnly, summaryFigure, type Figure } from './shared.js';

export const grandTotal = defineRule({
  id: 'cross-grand-total',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '各表总额一致', en: 'Grand totals agree across tables' },
  docs: {
    zh: '部门收支总体情况表（01）的收入总计，与部门收入总体情况表（02）总计、整体绩效目标表（11）预算总额一致；01 本年支出合计与部门支出总体情况表（03）、支出经济分类汇总表（07）合计一致；全部资金为财政拨款时与财政拨款收支总体情况表（04）一致，全部为一般公共预算时与一般公共预算支出情况表（05）一致。',
    en: 'The income total of the summary (01) equals the total of the income table (02) and the budget total of the overall performance table (11); 01 current expenditure equals the totals of the expenditure table (03) and the economic summary (07); the fiscal summary (04) agrees when all money is fiscal appropriation, and the general budget expenditure table (05) when all money is general budget.',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    const lang = ctx.lang;
    const t01 = tableOf(model, 'income-expenditure-summary');
    const t02 = tableOf(model, 'income');
    const income: Figure | undefined =
      (t01 && summaryFigure(t01, 'grand', 'income', 'amount', lang)) ?? (t02 && grandFigure(t02, 'total', lang));
    const spent: Figure | undefined =
      (t01 && summaryFigure(t01, 'current', 'expenditure', 'amount', lang)) ?? income;
    if (!income && !spent)
      return ctx.skip({
        zh: '部门收支总体情况表（01）和部门收入总体情况表（02）均未读出总计，无可比对的总额',
        en: 'neither table 01 (income and expenditure summary) nor table 02 (income summary) gives a grand total to compare',
      });
    const title = lang === 'zh' ? '总额' : 'grand total';
    const compare = (ref: Figure | undefined, other: Figure | undefined) => {
      if (ref && other && ref.located !== other.located) reportSame(ctx, { where: title, a: ref, b: other });
    };
    const t03 = tableOf(model, 'expenditure');
    const t07 = tableOf(model, 'economic-summary');
    const t11 = tableOf(model, 'performance-overall');
    if (t02) compare(income, grandFigure(t02, 'total', lang));
    if (t03) compare(spent, grandFigure(t03, 'total', lang));
    if (t07) compare(spent, grandFigure(t07, 'total', lang));
    if (t11) {
      const b = blockAmount(t11, 'total', lang);
      if (b) compare(income, { label: `${tableName(t11, lang)} ${b.label}`, located: b.located });
    }
    const t04 = tableOf(model, 'fiscal-summary');
    if (t04 && incomeIsOnly(model, 'fiscal', lang)) compare(income, summaryFigure(t04, 'grand', 'income', 'amount', lang));
    const t05 = tableOf(model, 'general-budget-expenditure');
    if (t05 && incomeIsOnly(model, 'general', lang)) compare(spent, grandFigure(t05, 'total', lang));
  },
});
