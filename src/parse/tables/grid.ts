import type { Column, Row, TableKind } from '../../model/table.js';
import { looksLikeAmount, makeCell } from './cells.js';
import { AMOUNTS_THEN_TEXT, resolveColumns, rowColumns } from './columns.js';
import type { CellLine } from './layout.js';
import { rowHead } from './row-labels.js';
import { pattern, type Template } from '../../template/index.js';

/**
 * Where the amounts begin: the column most rows print their first amount in (a row whose 合计 is
 * blank would otherwise pull the boundary right), else the template's count.
 */
function labelColumns(kind: TableKind, data: readonly CellLine[], template: Template): number {
  const votes = new Map<number, number>();
  for (const d of data) {
    const i = d.cells.findIndex((c) => looksLikeAmount(c));
    if (i >= 0) votes.set(i, (votes.get(i) ?? 0) + 1);
  }
  let best = -1;
  let bestVotes = 0;
  for (const [i, v] of votes) if (v > bestVotes || (v === bestVotes && i < best)) [best, bestVotes] = [i, v];
  if (best < 0) return template.labelColumns(kind) ?? 1;
  return best;
}

/** Number of amount columns the rows print something in (trailing blank tabs do not count). */
function dataWidth(data: readonly CellLine[], first: number): number {
  let w = 0;
  for (const d of data) {
    for (let i = d.cells.length - 1; i >= first; i--) {
      if ((d.cells[i] ?? '').trim() !== '') {
        w = Math.max(w, i - first + 1);
        break;
      }
    }
  }
  return w;
}

/** Lines of 12 that only continue the indicators of the row above: no code, name nor amount. */
function isContinuation(cells: readonly string[], first: number, width: number): boolean {
  const labels = cells.slice(0, first).some((c) => c.trim() !== '');
  const amounts = cells.slice(first, first + width).some((c) => looksLikeAmount(c));
  return !labels && !amounts;
}

export interface GridRead {
  columns: Column[];
  rows: Row[];
}

export function readGrid(kind: TableKind, header: readonly CellLine[], data: readonly CellLine[], template: Template): GridRead {
  const first = labelColumns(kind, data, template);
  const textAfter = AMOUNTS_THEN_TEXT.has(kind);
  const columns = resolveColumns(kind, header, dataWidth(data, first), template);
  const width = columns.length;
  const rows: Row[] = [];
  for (const d of data) {
    if (isContinuation(d.cells, first, width)) continue;
    const def = template.tableDef(kind);
    const head = rowHead(kind, d.cells.slice(0, first), def?.rowLayout, def?.rowLabels, def?.unitRows, def?.categoryRows ? pattern(def.categoryRows) : undefined);
    let textFrom = Infinity;
    if (textAfter) {
      // 000 lines 525, 528: one tab fewer before the indicators; the amounts stay in place
      const i = d.cells.slice(first, first + width).findIndex((c) => c.trim() !== '' && !looksLikeAmount(c));
      if (i >= 0) textFrom = i;
    }
    const cells = rowColumns(columns, d.cells.length - first).map((col, i) => makeCell(col.key, i >= textFrom ? '' : (d.cells[first + i] ?? ''), d.line));
    rows.push({ ...head, line: d.line, ofWhich: head.ofWhich ?? false, cells });
  }
  return { columns, rows };
}
