import type { Span } from '../../model/primitives.js';
import type { Column, Row, Table, TableKind } from '../../model/table.js';
import { recoverDegradedTable, resolveAcrossTables } from '../degraded/index.js';
import type { TableBlock } from './block.js';
import { readGrid } from './grid.js';
import { type BlockBody, readBody } from './layout.js';
import { illegibleSpans, locateBlocks } from './locate.js';
import { BUDGET_COLUMN, readBudgetBlock } from './performance.js';
import { looksLikeAmount } from './cells.js';
import { readSummary } from './summary.js';
import type { Template } from '../../template/index.js';

export interface TableParseOptions {
  /** the budget year from the cover, to tell a title's year from an amount */
  year?: number;
  /** the release's template: its titles, numbers, columns, label columns and units */
  template: Template;
}

function readClean(block: TableBlock, body: BlockBody, template: Template): { columns: Column[]; rows: Row[] } {
  switch (block.kind) {
    case 'income-expenditure-summary':
    case 'fiscal-summary':
      return readSummary(block.kind, body.header, body.data, template, template.tableDef(block.kind)?.summaryBlockCount);
    case 'performance-overall':
      if (template.tableDef(block.kind)?.budgetGrid) return readGrid(block.kind, body.header, body.data, template);
      return { columns: [BUDGET_COLUMN], rows: readBudgetBlock([...body.header, ...body.data]) };
    default:
      return readGrid(block.kind, body.header, body.data, template);
  }
}

/**
 * A row labelled with the department's own name (单位名称：广州市信访局 above the table, `广州市信访局` or
 * `广州市信访局（本级）` as the row) is the department's row, though it prints no code.
 */
function markDepartmentRows(block: TableBlock, rows: Row[]): Row[] {
  const name = block.department?.text.replace(/\s+/g, '').replace(/[（(]本级[)）]$/, '');
  if (!name) return rows;
  const named = (r: Row) => r.label.replace(/\s+/g, '').replace(/[（(]本级[)）]$/, '') === name;
  // a name printed below an item row heads a branch of a tree (Jiangsu 13 政府采购: 货物, then the
  // department's own goods under its name): it belongs to the item above, it is not the department's row
  const first = rows.findIndex((r) => named(r) && !r.functionCode && !r.econ && !r.orgCode);
  if (first > 0 && rows.slice(0, first).some((r) => (r.role === 'item' || r.role === 'subtotal') && r.label.trim() !== '')) return rows;
  let marked = false;
  return rows.map((r) => {
    if (marked || (r.role !== 'item' && r.role !== 'other' && r.role !== 'unit')) return r;
    if (r.functionCode || r.econ || r.orgCode) return r;
    if (!named(r)) return r;
    // the first such row: Hangzhou's 表2 names the department, then its own unit, by the same name
    marked = true;
    return { ...r, role: 'department' };
  });
}

/**
 * Project tables that list each unit's projects under the unit's own code (Hunan 9: `126001 长沙市信访局`,
 * then `126001 基层及其他信访业务工作经费专项`): the first row of a code is the unit, the others its projects.
 */
function markProjectRows(kind: TableKind, rows: Row[]): Row[] {
  if (kind !== 'project-expenditure' && kind !== 'performance-projects') return rows;
  const units = new Map<string, string>();
  return rows.map((r) => {
    if (!r.orgCode || (r.role !== 'unit' && r.role !== 'department' && r.role !== 'other')) return r;
    const first = units.get(r.orgCode);
    if (first === undefined) {
      units.set(r.orgCode, r.label);
      return r;
    }
    if (first === r.label) return r;
    const { orgCode, ...rest } = r;
    return { ...rest, role: 'item', project: { ...(r.project ?? {}), unit: orgCode } };
  });
}

function tableOf(block: TableBlock, body: BlockBody, columns: Column[], rows: Row[]): Table {
  const hasAmounts = rows.some((r) => r.cells.some((c) => c.status === 'value'));
  return {
    kind: block.kind,
    number: block.number,
    ...(block.numberLine !== undefined ? { numberLine: block.numberLine } : {}),
    title: block.title,
    titleLine: block.titleLine,
    endLine: block.end,
    year: block.year,
    unit: block.unit,
    unitLine: block.unitLine,
    department: block.department,
    status: hasAmounts ? 'parsed' : 'empty',
    columns,
    // 11's lines above its budget block are goals and tasks, not column headings
    header: block.kind === 'performance-overall' ? [] : body.header.map((h) => ({ line: h.line, text: h.cells.join('\t') })),
    rows,
    notes: body.notes,
    ...(body.emptyNote ? { emptyNote: body.emptyNote } : {}),
  };
}

/**
 * Find the attached tables by their titles and read them. Clean layouts (tab-separated cells) are
 * read here; a block without tab-separated lines is a degraded extract and goes to recovery,
 * unless it is printed empty with a note saying so.
 */
export function parseTables(lines: readonly string[], opts: TableParseOptions): { tables: Table[]; illegible: Span[] } {
  const tables: Table[] = [];
  const { template } = opts;
  for (const block of locateBlocks(lines, template, opts.year)) {
    const body = readBody(lines, block);
    if (!body.tabbed) {
      // A note saying "no data" over printed 0.00 rows (003's 09) still gets its rows read.
      const noteLines = new Set(body.notes.map((n) => n.line));
      const printsAmounts = lines
        .slice(block.start - 1, block.end)
        .some((text, i) => !noteLines.has(block.start + i) && text.split(/\s+/).some((tok) => looksLikeAmount(tok)));
      if (body.emptyNote && !printsAmounts) tables.push(tableOf(block, body, [], []));
      else {
        const recovered = recoverDegradedTable(lines, block, template);
        tables.push(body.emptyNote ? { ...recovered, emptyNote: body.emptyNote } : recovered);
      }
      continue;
    }
    const { columns, rows } = readClean(block, body, template);
    tables.push(tableOf(block, body, columns, markProjectRows(block.kind, markDepartmentRows(block, rows))));
  }
  // Degraded tables narrow their ambiguous cells against the other tables of the release.
  return { tables: resolveAcrossTables(lines, tables, template), illegible: illegibleSpans(lines) };
}
