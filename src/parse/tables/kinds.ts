import type { TableKind } from '../../model/table.js';

/**
 * Identify a table by what its title means, not by its printed number: regions number the same
 * table differently and name it a little differently (部门收支总体情况表 / 部门收支预算表 …).
 * The patterns are tried in order; the first that matches the compacted title wins, so the more
 * specific meanings come first (一般公共预算基本支出 before 一般公共预算支出).
 */
const TITLE_PATTERNS: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/三公/, 'three-public'],
  [/项目.*绩效目标/, 'performance-projects'],
  [/整体绩效目标|单位.*绩效目标表/, 'performance-overall'],
  [/一般公共预算基本支出/, 'general-budget-basic'],
  [/经济分类/, 'economic-summary'],
  [/财政拨款收支/, 'fiscal-summary'],
  [/财政拨款支出/, 'fiscal-expenditure'],
  [/一般公共预算(财政拨款)?支出/, 'general-budget-expenditure'],
  [/政府性基金/, 'gov-fund-expenditure'],
  [/国有资本经营预算/, 'state-capital-expenditure'],
  [/项目支出/, 'project-expenditure'],
  [/收支(总体|预算|总表)/, 'income-expenditure-summary'],
  [/收入(总体|预算|总表)/, 'income'],
  [/支出(总体|预算|总表)/, 'expenditure'],
  [/决算/, 'final-accounts'],
];

/** Remove spaces, markdown marks, the year and punctuation variants so that titles compare by words. */
export function compactTitle(title: string): string {
  return title
    .replace(/[#*`>\s\u3000]/g, '')
    .replace(/^[-–—•·]+/, '')
    .replace(/\(\d{4}年度?\)|（\d{4}年度?）/g, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/["“”'‘’]/g, '"');
}

export function classifyTitle(title: string): TableKind | null {
  const t = compactTitle(title);
  if (!/表$|表[(（]/.test(t) && !/表\d*$/.test(t)) return null;
  for (const [re, kind] of TITLE_PATTERNS) if (re.test(t)) return kind;
  return null;
}

/** The number the Henan template gives each kind: used to label tables and match the TOC. */
export const HENAN_NUMBER: Partial<Record<TableKind, string>> = {
  'income-expenditure-summary': '01',
  income: '02',
  expenditure: '03',
  'fiscal-summary': '04',
  'general-budget-expenditure': '05',
  'general-budget-basic': '06',
  'economic-summary': '07',
  'three-public': '08',
  'gov-fund-expenditure': '09',
  'project-expenditure': '10',
  'performance-overall': '11',
  'performance-projects': '12',
};

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
  other: { zh: '其他表', en: 'other table' },
};

/**
 * The column layout of each kind in the Henan template, in printed order. Clean layouts read their
 * own header; degraded extracts, whose headers are shredded, fall back to these.
 */
export const HENAN_COLUMNS: Partial<Record<TableKind, readonly string[]>> = {
  income: [
    'total', 'current', 'general', 'general.fiscal', 'govFund', 'stateCapital', 'specialAccount', 'business',
    'operating', 'superior', 'affiliated', 'other', 'carryover', 'carryover.general', 'carryover.govFund',
    'carryover.stateCapital', 'carryover.specialAccount', 'carryover.unitFunds',
  ],
  expenditure: [
    'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project',
    'project.operating', 'project.specific',
  ],
  'general-budget-expenditure': [
    'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project',
    'project.operating', 'project.specific',
  ],
  'gov-fund-expenditure': [
    'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project',
    'project.operating', 'project.specific',
  ],
  'general-budget-basic': ['total', 'personnel', 'public'],
  'economic-summary': [
    'total', 'general', 'general.fiscal', 'govFund', 'stateCapital', 'carryover', 'specialAccount', 'business',
    'superior', 'affiliated', 'operating', 'other',
  ],
  'three-public': ['total', 'abroad', 'vehicle', 'vehicle.purchase', 'vehicle.operation', 'reception'],
  'project-expenditure': [
    'total', 'general', 'govFund', 'stateCapital', 'carryover.general', 'carryover.govFund',
    'carryover.stateCapital', 'specialAccount', 'unitFunds',
  ],
  'performance-projects': ['total', 'govBudget', 'specialAccount', 'unitFunds'],
  'fiscal-summary': ['total', 'general', 'general.fiscal', 'govFund', 'stateCapital'],
};
