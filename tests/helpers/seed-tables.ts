import { HENAN_TEMPLATE } from '../../src/template/index.js';
import { readFileSync } from 'node:fs';
import type { Span } from '../../src/model/primitives.js';
import type { Table } from '../../src/model/table.js';
import { parseTables } from '../../src/parse/tables/index.js';

type Side = 'income' | 'expenditure';

/** A seed's tables with the lookups its golden tests read cells by (line, column). */
export function seedTables(file: string, year: number) {
  const lines = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8').split(/\r\n|\r|\n/);
  const { tables, illegible }: { tables: Table[]; illegible: Span[] } = parseTables(lines, { year, template: HENAN_TEMPLATE });
  const tableNo = (n: string): Table => {
    const t = tables.find((x) => x.number === n);
    if (!t) throw new Error(`table ${n} not found`);
    return t;
  };
  const rowAt = (t: Table, line: number, side?: Side) => t.rows.find((r) => r.line === line && (side === undefined || r.side === side));
  const cellAt = (t: Table, line: number, column: string, side?: Side) => rowAt(t, line, side)?.cells.find((c) => c.column === column);
  const valueAt = (t: Table, line: number, column: string, side?: Side) => cellAt(t, line, column, side)?.value;
  /** An independent count: tab-separated tokens on the table's lines that read as a decimal amount. */
  const printedAmounts = (t: Table): number => {
    let n = 0;
    for (let l = t.titleLine; l <= t.endLine; l++)
      for (const tok of (lines[l - 1] ?? '').split('\t')) if (/^-?\d[\d,]*\.\d+$/.test(tok.trim())) n++;
    return n;
  };
  const valueCells = (t: Table) => t.rows.flatMap((r) => r.cells).filter((c) => c.status === 'value').length;
  return { lines, tables, illegible, tableNo, rowAt, cellAt, valueAt, printedAmounts, valueCells };
}
