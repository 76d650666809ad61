import type { Lang } from '../engine/rule.js';
import type { Finding, Location } from '../model/report.js';
import type { FormatContext, RuleInfo } from './formatter.js';
import { label } from './labels.js';

export function findRuleInfo(ruleId: string, ctx: FormatContext): RuleInfo | undefined {
  return ctx.rules.find((r) => r.id === ruleId);
}

export function ruleTitle(ruleId: string, ctx: FormatContext): string {
  return findRuleInfo(ruleId, ctx)?.title[ctx.lang] ?? ruleId;
}

/** "部门支出总体情况表 (03) · 合计 · 基本支出": where a value stands, without the line. */
export function placeOf(l: Location): string {
  return [l.table, l.row, l.column].filter((s): s is string => !!s).join(' · ');
}

/** The pages (of a PDF) a finding involves, ascending and unique; empty for text input. */
export function pagesOf(f: Finding): number[] {
  return [...new Set(f.locations.flatMap((l) => (l.page ? [l.page] : [])))].sort((a, b) => a - b);
}

/** "第 3 页" / "p. 3", with the file when a release was joined from several: pages count per file. */
export function pageOf(l: Location, lang: Lang): string {
  if (!l.page) return '';
  const page = lang === 'zh' ? `第 ${l.page} 页` : `p. ${l.page}`;
  return l.file ? `${l.file} ${page}` : page;
}

/** "第 3、4 页" / "p. 3, 4" for a finding's pages; '' when it has none. */
export function pagesLabel(f: Finding, lang: Lang): string {
  const pages = pagesOf(f);
  if (pages.length === 0) return '';
  return lang === 'zh' ? `第 ${pages.join('、')} 页` : `p. ${pages.join(', ')}`;
}

/** The lines a finding involves, ascending and unique. */
export function linesOf(f: Finding): number[] {
  return [...new Set(f.locations.map((l) => l.line))].sort((a, b) => a - b);
}

/** "应为 702.77，印刷值 712.77，差额 10.00" — the numbers that decided the finding. */
export function valuesOf(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  const sep = lang === 'zh' ? '：' : ': ';
  if (f.expected !== undefined) parts.push(label('expected', lang) + sep + f.expected);
  if (f.actual !== undefined) parts.push(label('printed', lang) + sep + f.actual);
  if (f.difference !== undefined) parts.push(label('difference', lang) + sep + f.difference);
  if (f.interval !== undefined) parts.push(label('interval', lang) + sep + f.interval);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** Findings grouped by the table of their first location, in order of first appearance. */
export function groupByTable(findings: readonly Finding[], lang: Lang): Array<{ table: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.locations[0]?.table ?? label('noTable', lang);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups].map(([table, list]) => ({ table, findings: list }));
}
