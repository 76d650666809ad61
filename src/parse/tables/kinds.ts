import { PROFILE, titlePatterns } from '../../template/index.js';
import type { TableKind } from '../../model/table.js';

/**
 * Identify a table by what its title means, not by its printed number: regions number the same
 * table differently and name it a little differently (部门收支总体情况表 / 部门收支预算表 …). The
 * template profile (src/template) lists the patterns in the order they are tried; the first that
 * matches the compacted title wins, so the more specific meanings come first.
 */
const TITLE_PATTERNS = titlePatterns();

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

/** The number the template gives each kind: used to label tables and match the TOC. */
export const HENAN_NUMBER: Partial<Record<TableKind, string>> = Object.fromEntries(
  PROFILE.tables.filter((t) => t.number).map((t) => [t.kind, t.number!]),
);

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
 * The column layout of each kind in the template, in printed order. Clean layouts read their own
 * header; degraded extracts, whose headers are shredded, fall back to these.
 */
export const HENAN_COLUMNS: Partial<Record<TableKind, readonly string[]>> = Object.fromEntries(
  PROFILE.tables.filter((t) => t.columns.length > 0).map((t) => [t.kind, t.columns.map((c) => c.key)]),
);
