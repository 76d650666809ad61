import type { TableKind } from '../model/table.js';

/** Short names for messages and reports. */
export const KIND_NAME: Record<TableKind, { zh: string; en: string }> = {
  'income-expenditure-summary': { zh: '部门收支总体情况表', en: 'income and expenditure summary' },
  income: { zh: '部门收入总体情况表', en: 'income summary' },
  expenditure: { zh: '部门支出总体情况表', en: 'expenditure summary' },
  'fiscal-summary': { zh: '财政拨款收支总体情况表', en: 'fiscal appropriation summary' },
  'general-budget-expenditure': { zh: '一般公共预算支出情况表', en: 'general budget expenditure' },
  'general-budget-basic': { zh: '一般公共预算基本支出表', en: 'general budget basic expenditure' },
  'economic-summary': { zh: '支出经济分类汇总表', en: 'expenditure by economic class' },
  'three-public': { zh: '"三公"经费支出情况表', en: '"three public" expenses' },
  'gov-fund-expenditure': { zh: '政府性基金预算支出情况表', en: 'government fund expenditure' },
  'project-expenditure': { zh: '项目支出表', en: 'project expenditure' },
  'performance-overall': { zh: '部门（单位）整体绩效目标表', en: 'overall performance targets' },
  'performance-projects': { zh: '项目绩效目标汇总表', en: 'project performance targets' },
  'fiscal-expenditure': { zh: '财政拨款支出表', en: 'fiscal appropriation expenditure' },
  'state-capital-expenditure': { zh: '国有资本经营预算支出表', en: 'state capital expenditure' },
  'final-accounts': { zh: '决算表', en: 'final accounts table' },
  'admin-expenses': { zh: '机关运行经费表', en: 'administrative running costs' },
  procurement: { zh: '政府采购预算表', en: 'government procurement' },
  other: { zh: '其他表', en: 'other table' },
};
