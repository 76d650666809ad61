import type { PdfTable } from '../../src/ingest/pdf/index.js';

/** The hand-read ground truth of a real release (fixtures/real/GOLDEN.md). */
export interface GoldenTable {
  number: string;
  title: string;
  file?: string;
  pages: number[];
  dataRows: number | null;
  blocks?: number;
  empty?: boolean;
}
export interface GoldenCell {
  table: string;
  file?: string;
  page: number;
  rowCode?: string;
  row: string;
  column: string[];
  value: string;
}
export interface Golden {
  file?: string;
  files?: string[];
  tables: GoldenTable[];
  cells: GoldenCell[];
}

export const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

const AMOUNT = /^-?[\d,]*\d(?:\.\d+)?$/;

/**
 * Columns of codes (科目编码, 类/款/项, 部门代码): digits only, never a thousands separator or a
 * decimal point, and not all zero. Their digits are not amounts.
 */
function codeColumns(rows: readonly string[][]): Set<number> {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out = new Set<number>();
  for (let c = 0; c < width; c++) {
    const vals = rows.map((r) => squash(r[c] ?? '')).filter((v) => v !== '' && AMOUNT.test(v));
    if (vals.length && vals.every((v) => /^\d+$/.test(v)) && vals.some((v) => /^\d{2,}$/.test(v) && !/^0+$/.test(v))) {
      const texts = rows.map((r) => squash(r[c] ?? '')).filter((v) => v !== '' && !AMOUNT.test(v));
      // a column of 2010801-行政运行 style cells is a code column too; a column of amounts has none
      if (texts.length <= vals.length) out.add(c);
    }
  }
  return out;
}

/** The counting rule of GOLDEN.md: grid rows with an amount in a money column, 栏次 rows excepted. */
export function dataRows(t: PdfTable): number {
  const codes = codeColumns(t.rows);
  return t.rows.filter((r) => {
    const first = squash(r.find((c) => c.trim() !== '') ?? '');
    if (/^栏次|^\*+$/.test(first)) return false;
    // a row numbering the columns (1 2 3 …) without the word 栏次
    const filled = r.map(squash).filter((c) => c !== '');
    if (filled.length >= 3 && filled.every((c, i) => c === String(Number(filled[0]) + i))) return false;
    return r.some((c, i) => !codes.has(i) && AMOUNT.test(squash(c)));
  }).length;
}

/** The heading rows: those above the first row that prints an amount. */
export function headerRows(t: PdfTable): string[][] {
  const codes = codeColumns(t.rows);
  const first = t.rows.findIndex((r) => r.some((c, i) => !codes.has(i) && AMOUNT.test(squash(c))));
  return t.rows.slice(0, first < 0 ? 0 : first);
}

/**
 * Where a golden cell stands in a table read from the PDF: the row printing its label (and code),
 * then, right of the label, the column whose heading is the cell's leaf heading. Returns what that
 * cell of the table holds, or why none was found.
 */
export function cellAt(t: PdfTable, cell: GoldenCell): { value?: string; why?: string } {
  const heads = headerRows(t);
  const leaf = squash(cell.column[cell.column.length - 1] ?? '');
  // a row labelled by several columns is printed "a | b" (or "a b"): every part names a cell of it
  const whole = cell.row.split(/\s+\|\s+/).map(squash).filter((p) => p !== '');
  const bySpace = cell.row.split(/\s+\|\s+|\s+/).map(squash).filter((p) => p !== '');
  const any = (ps: string[]) => t.rows.some((r) => ps.every((p) => r.some((c) => squash(c) === p || squash(c).endsWith(p))));
  const parts = any(whole) || !any(bySpace) ? whole : bySpace;
  const label = parts[parts.length - 1] ?? '';
  const code = cell.rowCode ? squash(cell.rowCode) : '';
  const names = (c: string, p: string) => squash(c) === p || squash(c).endsWith(p);
  const labelled = t.rows.flatMap((r, i) => {
    const text = squash(r.join(''));
    const hit = parts.every((p) => r.some((c) => names(c, p))) && (code === '' || text.includes(code));
    if (!hit) return [];
    // a label cell merged over the rows below it labels them too
    const at = label === '' ? -1 : r.findIndex((c) => names(c, label));
    const span = [r];
    for (let k = i + 1; k < t.rows.length && k <= i + 3 && (t.rows[k] ?? []).slice(0, at + 1).every((c) => c.trim() === ''); k++) span.push((t.rows[k] ?? []).map((c, j) => (j === at ? (r[at] ?? '') : c)));
    return span;
  });
  const rows = labelled;
  if (rows.length === 0) return { why: `no row ${cell.rowCode ?? ''} ${cell.row}` };
  // a merged heading stands in the first column it spans: the path of a column takes, per heading
  // row, the nearest heading at or left of it
  const pathOf = (i: number) =>
    heads.map((h) => {
      for (let k = i; k >= 0; k--) if (squash(h[k] ?? '') !== '') return squash(h[k] ?? '');
      return '';
    });
  const wanted = cell.column.map(squash);
  const columns = new Set<number>();
  heads.forEach((h) =>
    h.forEach((c, i) => {
      if (squash(c) !== leaf) return;
      const path = pathOf(i);
      if (wanted.every((w) => path.includes(w))) columns.add(i);
    }),
  );
  if (columns.size === 0) heads.forEach((h) => h.forEach((c, i) => squash(c) === leaf && columns.add(i)));
  if (columns.size === 0) return { why: `no column headed ${leaf}` };
  for (const r of rows) {
    const at = label === '' ? -1 : r.findIndex((c) => names(c, label));
    const col = [...columns].sort((a, b) => a - b).find((i) => i > at);
    if (col !== undefined && squash(r[col] ?? '') === squash(cell.value)) return { value: r[col] };
  }
  const r = rows[0] ?? [];
  const at = label === '' ? -1 : r.findIndex((c) => names(c, label));
  const col = [...columns].sort((a, b) => a - b).find((i) => i > at);
  return { value: col === undefined ? undefined : r[col], why: `row ${JSON.stringify(r)} col ${col}` };
}
