import { PROFILE, titlePatterns } from '../../template/index.js';
import { compactTitle } from '../../template/titles.js';

export { compactTitle } from '../../template/titles.js';
export { KIND_NAME } from '../../template/names.js';
import type { TableKind } from '../../model/table.js';

/**
 * Identify a table by what its title means, not by its printed number: regions number the same
 * table differently and name it a little differently (部门收支总体情况表 / 部门收支预算表 …). The
 * template profile (src/template) lists the patterns in the order they are tried; the first that
 * matches the compacted title wins, so the more specific meanings come first.
 */
const TITLE_PATTERNS = titlePatterns();

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

/**
 * The column layout of each kind in the template, in printed order. Clean layouts read their own
 * header; degraded extracts, whose headers are shredded, fall back to these.
 */
export const HENAN_COLUMNS: Partial<Record<TableKind, readonly string[]>> = Object.fromEntries(
  PROFILE.tables.filter((t) => t.columns.length > 0).map((t) => [t.kind, t.columns.map((c) => c.key)]),
);
