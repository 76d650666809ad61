import type { Lang } from '../engine/rule.js';
import type { CrossReleaseResult, DocumentReport, Report } from '../model/report.js';
import { countBySeverity } from './threshold.js';

/**
 * The folder overview, one row per release: who, when, which template, the totals, findings by
 * severity and what the checks across releases found. Shared by the CSV and HTML reports.
 */
export interface OverviewRow {
  path: string;
  department: string;
  year: string;
  kind: string;
  template: string;
  status: string;
  totalExpenditure: string;
  totalIncome: string;
  basic: string;
  project: string;
  errors: number;
  warnings: number;
  infos: number;
  diagnoses: number;
  crossOk: number;
  crossMismatch: number;
  crossUnchecked: number;
  /** the messages of the cross-release mismatches this release takes part in */
  crossMessages: string[];
}

function involving(results: readonly CrossReleaseResult[], d: DocumentReport): CrossReleaseResult[] {
  return results.filter((r) => r.paths.includes(d.path));
}

export function overviewRows(report: Report): OverviewRow[] {
  const cross = report.crossRelease ?? [];
  return report.documents.map((d) => {
    const c = countBySeverity(d.findings);
    const s = d.summary;
    const mine = involving(cross, d);
    const total = (k: string) => s?.totals[k]?.value ?? '';
    return {
      path: d.path,
      department: s?.department ?? d.meta?.department?.text ?? '',
      year: String(s?.year ?? d.meta?.year?.value ?? ''),
      kind: s?.kind ?? d.meta?.kind?.value ?? '',
      template: s?.template ?? '',
      status: d.status,
      totalExpenditure: total('expenditure.total'),
      totalIncome: total('income.total'),
      basic: total('expenditure.basic'),
      project: total('expenditure.project'),
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
      diagnoses: d.diagnoses?.length ?? 0,
      crossOk: mine.filter((r) => r.status === 'ok' || r.status === 'rounding').length,
      crossMismatch: mine.filter((r) => r.status === 'mismatch').length,
      crossUnchecked: mine.filter((r) => r.status === 'unchecked').length,
      crossMessages: mine.filter((r) => r.status === 'mismatch').map((r) => r.message),
    };
  });
}

export const OVERVIEW_HEADERS: Record<keyof OverviewRow, { zh: string; en: string }> = {
  path: { zh: '文件', en: 'file' },
  department: { zh: '部门', en: 'department' },
  year: { zh: '年度', en: 'year' },
  kind: { zh: '类别', en: 'kind' },
  template: { zh: '模板', en: 'template' },
  status: { zh: '状态', en: 'status' },
  totalExpenditure: { zh: '支出总计', en: 'total expenditure' },
  totalIncome: { zh: '收入总计', en: 'total income' },
  basic: { zh: '基本支出', en: 'basic' },
  project: { zh: '项目支出', en: 'project' },
  errors: { zh: '错误', en: 'errors' },
  warnings: { zh: '警告', en: 'warnings' },
  infos: { zh: '提示', en: 'infos' },
  diagnoses: { zh: '主要发现', en: 'primary findings' },
  crossOk: { zh: '跨文件核对相符', en: 'cross-release ok' },
  crossMismatch: { zh: '跨文件核对不符', en: 'cross-release mismatches' },
  crossUnchecked: { zh: '跨文件未能核对', en: 'cross-release unchecked' },
  crossMessages: { zh: '跨文件不符说明', en: 'cross-release mismatch details' },
};

export function header(key: keyof OverviewRow, lang: Lang): string {
  return OVERVIEW_HEADERS[key][lang];
}
