import type { Span } from '../../model/primitives.js';
import type { Column, Row, Table } from '../../model/table.js';
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
      return readSummary(block.kind, body.header, body.data, template);
    case 'performance-overall':
      return { columns: [BUDGET_COLUMN], rows: readBudgetBlock([...body.header, ...body.data]) };
    default:
      return readGrid(block.kind, body.header, body.data, template);
  }
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
    tables.push(tableOf(block, body, columns, rows));
  }
  // Degraded tables narrow their ambiguous cells against the other tables of the release.
  return { tables: resolveAcrossTables(lines, tables, template), illegible: illegibleSpans(lines) };
}
