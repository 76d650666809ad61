import type { TableKind } from '../../model/table.js';
import { HENAN_TEMPLATE, type Template } from '../../template/index.js';

export { compactTitle } from '../../template/titles.js';
export { KIND_NAME } from '../../template/names.js';

/**
 * Identify a table by what its title means, not by its printed number: regions number the same
 * table differently and name it a little differently (部门收支总体情况表 / 部门收支预算表 …). The
 * release's template lists the patterns in the order they are tried; the first that matches the
 * compacted title wins, so the more specific meanings come first.
 */
export function classifyTitle(title: string, template: Template): TableKind | null {
  return template.classifyTitle(title);
}

/** The Henan numbers of the kinds (预算01表 …), for tests that build Henan tables by hand. */
export const HENAN_NUMBER: Partial<Record<TableKind, string>> = HENAN_TEMPLATE.numbers;

/** The Henan column layout of each kind, in printed order (the degraded-extract tests use it). */
export const HENAN_COLUMNS: Partial<Record<TableKind, readonly string[]>> = HENAN_TEMPLATE.columnKeys;
