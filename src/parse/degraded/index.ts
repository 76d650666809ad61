import { dec } from '../../engine/decimal.js';
import { COLUMN_KEYS } from '../../model/columns.js';
import type { Span } from '../../model/primitives.js';
import type { Cell, Column, Row, Table } from '../../model/table.js';
import type { Template } from '../../template/index.js';
import type { TableBlock } from '../tables/block.js';
import { cellsFromFits, enumerateFits, repairFits, type Fit, type Repair } from './assign.js';
import { narrowByRowSums, narrowExactly, rowSums, withinBounds, type ColumnBounds } from './consistency.js';
import { segmentRows, tokenize } from './grid.js';
import { ARITHMETIC } from './identities.js';
import { readBudgetBlock } from './overall.js';
import { halfRowFields, readHalves } from './sides.js';
import type { Amount } from './text.js';

export type { ColumnBounds } from './consistency.js';
export { resolveAcrossTables } from './evidence.js';

function columnsOf(keys: readonly string[]): Column[] {
  return keys.map((key) => {
    const label = (COLUMN_KEYS as Record<string, string>)[key] ?? key;
    return { key, label, path: [label] };
  });
}

function valueCell(column: string, a: Amount): Cell {
  return { column, raw: a.raw, status: 'value', value: a.value, decimals: a.decimals, line: a.line, certainty: 'certain' };
}

function emptyCell(column: string, line: number): Cell {
  return { column, raw: '', status: 'empty', value: null, decimals: null, line, certainty: 'certain' };
}

interface Tally {
  certain: number;
  ambiguous: number;
  lost: number;
  notes: Span[];
  unplaced: Array<{ line: number; numbers: number }>;
}

/** 人员经费 = 301 + 303, 公用经费 = 302 + 310: an 06 line's class decides its column. */
function econRowAccepts(kind: Table['kind'], code: string | undefined): (fit: Fit) => boolean {
  if (kind !== 'general-budget-basic' || !code) return () => true;
  const cls = code.slice(0, 3);
  if (cls === '301' || cls === '303') return (f) => !f.has('public');
  if (cls === '302' || cls === '310') return (f) => !f.has('personnel');
  return () => true;
}

function recoverGrid(lines: readonly string[], block: TableBlock, keys: readonly string[], bounds?: ColumnBounds) {
  const arithmetic = ARITHMETIC[block.kind] ?? { sums: [], ofWhich: [] };
  const body = tokenize(lines, block.start, block.end);
  const { rows: raw } = segmentRows(body.tokens, block.kind);
  const tally: Tally = { certain: 0, ambiguous: 0, lost: 0, notes: [], unplaced: [] };
  const slack = dec('0.005').times(raw.length + 1);
  const candidates: Fit[][] = raw.map((r) => {
    const accept = econRowAccepts(block.kind, r.meta.econ?.dept?.code);
    const bounded = enumerateFits(r.numbers, keys, arithmetic, (f) => accept(f) && withinBounds(f, bounds, slack));
    if (bounded.length > 0 || !bounds) return bounded;
    tally.notes.push({ line: r.line, text: '其他表的数字与本行不符，未采用 / other tables disagree with this row: not used' });
    return enumerateFits(r.numbers, keys, arithmetic, accept);
  });
  // A row no placement fits has a misprinted (or lost) figure; the placements that fit with one
  // number read otherwise still tell the columns, and the rows around it narrow them as for any row.
  const repairs: Array<Repair[] | undefined> = raw.map((r, i) => {
    if ((candidates[i] ?? []).length > 0) return undefined;
    const accept = econRowAccepts(block.kind, r.meta.econ?.dept?.code);
    const found = repairFits(r.numbers, keys, arithmetic, (f) => accept(f) && withinBounds(f, bounds, slack));
    candidates[i] = found.map((x) => x.fit);
    return found;
  });
  const sums = rowSums(raw);
  narrowByRowSums(candidates, sums, keys);
  narrowExactly(candidates, sums, keys);
  narrowByRowSums(candidates, sums, keys);
  const rows: Row[] = raw.map((r, i) => {
    const repaired = repairs[i];
    const fits = repaired ? repaired.filter((x) => (candidates[i] ?? []).includes(x.fit)).map((x) => x.printed) : (candidates[i] ?? []);
    if (repaired) {
      tally.unplaced.push({ line: r.line, numbers: r.numbers.length });
      tally.notes.push({
        line: r.line,
        text: `${r.numbers.length} 个数无法按表内算术归列 / ${r.numbers.length} numbers fit no column placement`,
      });
    }
    if (repaired && fits.length > 0) {
      // the numbers stand where the placements that fit with one figure corrected put them, as printed:
      // the row's sums then fail on the misprinted figure, which is the finding
      const placed = cellsFromFits(keys, fits, r.line);
      tally.certain += placed.certain;
      tally.ambiguous += placed.ambiguous;
      tally.notes.push({
        line: r.line,
        text: `按“一个数印错”归列（${fits.length} 种）/ placed as if one number were misprinted (${fits.length} placement(s))`,
      });
      return { line: r.line, endLine: r.endLine, role: r.role, label: r.label, ofWhich: false, ...r.meta, cells: placed.cells };
    }
    if (fits.length === 0) {
      tally.lost += r.numbers.length;
      if (!repaired) {
        tally.unplaced.push({ line: r.line, numbers: r.numbers.length });
        tally.notes.push({
          line: r.line,
          text: `${r.numbers.length} 个数无法按表内算术归列 / ${r.numbers.length} numbers fit no column placement`,
        });
      }
      return { line: r.line, endLine: r.endLine, role: r.role, label: r.label, ofWhich: false, ...r.meta, cells: keys.map((k) => emptyCell(k, r.line)) };
    }
    const placed = cellsFromFits(keys, fits, r.line);
    tally.certain += placed.certain;
    tally.ambiguous += placed.ambiguous;
    if (placed.ambiguous > 0)
      tally.notes.push({ line: r.line, text: `${fits.length} 种归列均符合算术 / ${fits.length} placements fit the arithmetic` });
    return { line: r.line, endLine: r.endLine, role: r.role, label: r.label, ofWhich: false, ...r.meta, cells: placed.cells };
  });
  const firstRow = raw[0]?.line ?? Number.POSITIVE_INFINITY;
  return {
    rows,
    header: body.header.filter((s) => s.line < firstRow),
    notes: body.notes,
    illegible: body.illegible,
    endLine: Math.max(body.lastLine, ...body.notes.map((s) => s.line)),
    tally,
  };
}

function recoverHalves(lines: readonly string[], block: TableBlock, expKeys: readonly string[], bounds?: ColumnBounds) {
  const { halves, header, notes, illegible, lastLine } = readHalves(lines, block.start, block.end);
  const tally: Tally = { certain: 0, ambiguous: 0, lost: 0, notes: [], unplaced: [] };
  const arithmetic = ARITHMETIC[block.kind] ?? { sums: [], ofWhich: [] };
  const rows: Row[] = halves.map((h) => {
    const fields = halfRowFields(h);
    const keys = h.side === 'income' || expKeys.length === 0 ? ['amount'] : expKeys;
    const fits = keys.length === 1 ? (h.numbers.length <= 1 ? [new Map(h.numbers.map((a) => ['amount', a]))] : []) : enumerateFits(h.numbers, keys, arithmetic, (f) => withinBounds(f, bounds, dec('0.01')));
    if (fits.length === 0) {
      tally.lost += h.numbers.length;
      tally.unplaced.push({ line: h.line, numbers: h.numbers.length });
      tally.notes.push({ line: h.line, text: `${h.numbers.length} 个数无法归列 / ${h.numbers.length} numbers fit no column` });
      return { line: h.line, ...fields, cells: keys.map((k) => emptyCell(k, h.line)) };
    }
    const placed = cellsFromFits(keys, fits, h.line);
    tally.certain += placed.certain;
    tally.ambiguous += placed.ambiguous;
    return { line: h.line, ...fields, cells: placed.cells };
  });
  return { rows, header, notes, illegible, endLine: Math.max(lastLine, ...notes.map((s) => s.line)), tally };
}

function recoverBudgetBlock(lines: readonly string[], block: TableBlock) {
  const { rows: found, header } = readBudgetBlock(lines, block.start, block.end);
  const tally: Tally = { certain: 0, ambiguous: 0, lost: 0, notes: [], unplaced: [] };
  const rows: Row[] = found.map((b) => {
    if (b.amount) tally.certain++;
    return { line: b.line, role: b.role, label: b.label, ofWhich: false, cells: [b.amount ? valueCell('amount', b.amount) : emptyCell('amount', b.line)] };
  });
  return { rows, header, notes: [] as Span[], illegible: [] as Span[], endLine: block.end, tally };
}

/**
 * Rebuild a table from a degraded extract (cells broken over lines, separated by spaces, empty
 * cells vanished). Numbers are placed in columns only where the table's arithmetic leaves one
 * placement; where several fit, the cells say so (`ambiguous`, with `alternatives`). `bounds`, when
 * given, are column limits known from the release's other tables (see resolveAcrossTables).
 */
export function recoverDegradedTable(lines: readonly string[], block: TableBlock, template: Template, bounds?: ColumnBounds): Table {
  const keys = template.columnKeys[block.kind] ?? [];
  const result =
    block.kind === 'income-expenditure-summary'
      ? recoverHalves(lines, block, [], bounds)
      : block.kind === 'fiscal-summary'
        ? recoverHalves(lines, block, keys, bounds)
        : block.kind === 'performance-overall'
          ? recoverBudgetBlock(lines, block)
          : keys.length > 0
            ? recoverGrid(lines, block, keys, bounds)
            : null;
  const base = {
    kind: block.kind,
    number: block.number,
    ...(block.numberLine !== undefined ? { numberLine: block.numberLine } : {}),
    title: block.title,
    titleLine: block.titleLine,
    year: block.year,
    unit: block.unit,
    unitLine: block.unitLine,
    department: block.department,
  };
  if (!result) {
    return { ...base, endLine: block.end, status: 'unrecovered', columns: [], header: [], rows: [], notes: [] };
  }
  const columnKeys =
    block.kind === 'income-expenditure-summary' || block.kind === 'performance-overall'
      ? ['amount']
      : block.kind === 'fiscal-summary'
        ? ['amount', ...keys]
        : keys;
  const { tally } = result;
  const placed = tally.certain + tally.ambiguous > 0;
  return {
    ...base,
    endLine: Math.min(block.end, Math.max(result.endLine, block.start)),
    status: placed ? 'recovered' : 'unrecovered',
    columns: columnsOf(columnKeys),
    header: result.header,
    rows: result.rows,
    notes: [...result.notes, ...result.illegible],
    recovery: {
      method: 'degraded',
      certainCells: tally.certain,
      ambiguousCells: tally.ambiguous,
      lostCells: tally.lost,
      notes: [...tally.notes, ...result.illegible],
      ...(tally.unplaced.length > 0 ? { unplaced: tally.unplaced } : {}),
    },
  };
}
