import type { Span } from '../../model/primitives.js';
import type { Table } from '../../model/table.js';

export interface TableParseOptions {
  /** the budget year from the cover, to tell a title's year from an amount */
  year?: number;
}

// STUB: to be implemented (table detection and clean-layout reading).
export function parseTables(_lines: readonly string[], _opts: TableParseOptions): { tables: Table[]; illegible: Span[] } {
  return { tables: [], illegible: [] };
}
