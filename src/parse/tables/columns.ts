import type { Column, TableKind } from '../../model/table.js';
import type { ColumnWord, Template } from '../../template/index.js';
import type { CellLine } from './layout.js';
import { compact } from './text.js';

/** Kinds whose printed columns beyond the amounts are text (12's indicators): left out. */
export const AMOUNTS_THEN_TEXT: ReadonlySet<TableKind> = new Set(['performance-projects']);

function toColumn(w: ColumnWord): Column {
  return { key: w.key, label: w.label, path: w.group ? [w.group, w.label] : [w.label] };
}

/**
 * The amount columns of a clean table. The printed header is the authority on which columns exist
 * (000's 09 has no 特定目标类); the Henan template supplies their order, because the lower header
 * lines of the extracts are shifted against the body (000 line 255). Columns the data holds beyond
 * the known ones keep a positional key `col<N>`.
 */
export function resolveColumns(kind: TableKind, header: readonly CellLine[], width: number, template: Template): Column[] {
  const words = header.flatMap((h) => h.cells.map((c) => compact(c))).filter((c) => c !== '');
  // the header words that name each canonical column, in the template's order; `group` is the
  // spanning header word above the leaf, for `path`
  const defs = template.columnWords(kind);
  let cols: Column[];
  if (defs) {
    const printed = words.length === 0 ? defs : defs.filter((d) => words.some((w) => d.word.test(w)));
    // the data is wider than the words we recognised: the template knows better than a misread header
    cols = (printed.length >= width && printed.length > 0 ? printed : defs).map(toColumn);
  } else {
    cols = (template.columnKeys[kind] ?? []).map((key) => ({ key, label: key, path: [key] }));
  }
  if (AMOUNTS_THEN_TEXT.has(kind)) return cols;
  for (let i = cols.length; i < width; i++) cols.push({ key: `col${i + 1}`, label: '', path: [] });
  return cols;
}

/** Columns of the side-by-side summaries (01, 04): the income half's amount, then the expenditure half's. */
export function summaryColumns(
  kind: TableKind,
  expenditureWidth: number,
  header: readonly CellLine[],
  template: Template,
): { income: Column[]; expenditure: Column[] } {
  const amount: Column = { key: 'amount', label: '金额', path: ['金额'] };
  if (expenditureWidth <= 1) return { income: [amount], expenditure: [amount] };
  const cols = resolveColumns(template.tableDef(kind)?.widerColumnsOf ?? kind, header, expenditureWidth, template);
  return { income: [amount], expenditure: cols.slice(0, Math.max(expenditureWidth, 1)) };
}
