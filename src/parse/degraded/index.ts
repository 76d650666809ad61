import type { Table } from '../../model/table.js';
import type { TableBlock } from '../tables/block.js';

// STUB: to be implemented (recovery of tables from degraded extracts, seed 002's layout).
// Returns the table with status 'unrecovered' until recovery exists.
export function recoverDegradedTable(_lines: readonly string[], block: TableBlock): Table {
  return {
    kind: block.kind,
    number: block.number,
    title: block.title,
    titleLine: block.titleLine,
    endLine: block.end,
    year: block.year,
    unit: block.unit,
    unitLine: block.unitLine,
    department: block.department,
    status: 'unrecovered',
    columns: [],
    header: [],
    rows: [],
    notes: [],
  };
}
