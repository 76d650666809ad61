import { sameIdentity, shareIdentity, sumIdentity } from '../../src/engine/identity.js';
import type { Located } from '../../src/engine/query.js';
import type { Identity } from '../../src/model/report.js';

/** A cell of a hand-built table: line, column and printed value, two decimals unless said. */
export function cell(line: number, column: string, value: string, table = '表03', row = `r${line}`): Located {
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  return { printed: { value, decimals }, location: { line, table, row, column, value } };
}

/** A narrative figure: no table, no column. */
export function stated(line: number, label: string, value: string): Located {
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  return { printed: { value, decimals }, location: { line, row: label, value } };
}

/** A number the identity needs but the release does not print. */
export function absentTerm(identity: Identity, index: number): Identity {
  return { ...identity, terms: identity.terms.map((t, i) => (i === index ? { ...t, absent: true } : t)) };
}

/** Rows and columns of a table, with `合计 = a + b` per row and `total row = Σ rows` per column. */
export function grid(cells: Record<string, Record<string, string>>, totalRow: string): Identity[] {
  const rows = Object.keys(cells);
  const lineOf = new Map(rows.map((r, i) => [r, 10 + i]));
  const at = (r: string, c: string) => cell(lineOf.get(r)!, c, cells[r]![c]!, '表03', r);
  const out: Identity[] = [];
  for (const r of rows) out.push(sumIdentity(at(r, '合计'), [at(r, 'a'), at(r, 'b')]));
  for (const c of ['合计', 'a', 'b'])
    out.push(sumIdentity(at(totalRow, c), rows.filter((r) => r !== totalRow).map((r) => at(r, c))));
  return out;
}

export { sameIdentity, shareIdentity, sumIdentity };
