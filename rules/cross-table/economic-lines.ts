import { sumIntervals, intervalOf, sumPrinted, type Interval } from '../../src/engine/decimal.js';
import type { Located } from '../../src/engine/query.js';
import type { Lang } from '../../src/engine/rule.js';
import type { FactIndex, FactQuery } from '../../src/facts/index.js';

/** The amounts of one economic pair (部门经济分类 + 政府经济分类) in a table, summed over its lines. */
export interface EconomicLine {
  key: string;
  dept: string;
  gov?: string;
  name: string;
  values: Located[];
}

/**
 * 5-digit economic lines of the first table of a kind, by pair, with the printed amounts of the
 * scope asked (06: basic spending; 07: all money of the year). A line printed with no usable
 * amount is still a line: it has no values.
 */
export function economicLines(ix: FactIndex, q: FactQuery & { tableKind: NonNullable<FactQuery['tableKind']> }, lang: Lang): Map<string, EconomicLine> {
  const out = new Map<string, EconomicLine>();
  const [table] = ix.readTables(Array.isArray(q.tableKind) ? q.tableKind : [q.tableKind]);
  if (!table) return out;
  const index = ix.model.tables.indexOf(table);
  const ofTable = (query: FactQuery) =>
    ix.find({ ...query, economic: 'any', row: 'item', unusable: true }).filter((f) => f.tableIndex === index && f.economic!.length === 5 && ix.rowOf(f).role !== 'subtotal');
  // every line the table prints, whatever its columns hold
  for (const f of ofTable({ tableKind: q.tableKind, measure: q.measure })) {
    const row = ix.rowOf(f);
    const key = `${f.economic}/${row.econ?.gov?.code ?? ''}`;
    if (!out.has(key)) out.set(key, { key, dept: f.economic!, gov: row.econ?.gov?.code, name: row.econ?.dept?.name || row.label, values: [] });
  }
  for (const f of ofTable(q)) {
    if (f.state !== 'value') continue;
    out.get(`${f.economic}/${ix.rowOf(f).econ?.gov?.code ?? ''}`)!.values.push(ix.located(f, lang));
  }
  return out;
}

export function lineSum(line: EconomicLine | undefined): { sum: string; interval: Interval; decimals: number } {
  const printed = line?.values.map((v) => v.printed) ?? [];
  // a sum prints with the most decimals of its parts (万元 tables 2, 元 tables 0, some regions 6)
  const decimals = printed.length ? Math.max(...printed.map((p) => p.decimals)) : 2;
  return { sum: sumPrinted(printed).toFixed(decimals), interval: sumIntervals(printed.map(intervalOf)), decimals };
}
