import { sumIntervals, intervalOf, sumPrinted, type Interval } from '../../src/engine/decimal.js';
import { valueAt, type Located } from '../../src/engine/query.js';
import type { Lang } from '../../src/engine/rule.js';
import type { Row, Table } from '../../src/model/table.js';

/** The amounts of one economic pair (部门经济分类 + 政府经济分类) in a table, summed over its rows. */
export interface EconomicLine {
  key: string;
  dept: string;
  gov?: string;
  name: string;
  values: Located[];
}

export function econKey(row: Row): string | undefined {
  const dept = row.econ?.dept?.code;
  if (!dept || dept.length !== 5) return undefined;
  return `${dept}/${row.econ?.gov?.code ?? ''}`;
}

/** 5-digit economic lines of a table with their certain `total` amounts, by pair. */
export function economicLines(table: Table, lang: Lang): Map<string, EconomicLine> {
  const out = new Map<string, EconomicLine>();
  for (const row of table.rows) {
    const key = econKey(row);
    if (!key || row.role === 'total' || row.role === 'subtotal') continue;
    const v = valueAt(table, row, 'total', lang);
    const line = out.get(key) ?? {
      key,
      dept: row.econ!.dept!.code,
      gov: row.econ?.gov?.code,
      name: row.econ?.dept?.name || row.label,
      values: [],
    };
    if (v) line.values.push(v);
    out.set(key, line);
  }
  return out;
}

export function lineSum(line: EconomicLine | undefined): { sum: string; interval: Interval; decimals: number } {
  const printed = line?.values.map((v) => v.printed) ?? [];
  // a sum prints with the most decimals of its parts (万元 tables 2, 元 tables 0, some regions 6)
  const decimals = printed.length ? Math.max(...printed.map((p) => p.decimals)) : 2;
  return { sum: sumPrinted(printed).toFixed(decimals), interval: sumIntervals(printed.map(intervalOf)), decimals };
}
