import type { Row } from '../../src/model/table.js';

/**
 * The nesting of a table's rows: 合计 above department rows, department rows above unit rows, then
 * printed 类/款 subtotals, then ordinary lines. A row's children are the rows of the next level
 * down that follow it up to the next row of its own level or higher.
 */
export function rowCode(row: Row): string | undefined {
  return row.functionCode?.code ?? row.econ?.dept?.code;
}

export function rowLevel(row: Row): number | null {
  switch (row.role) {
    case 'total':
      return 0;
    case 'department':
      return 1;
    case 'unit':
      return 2;
    case 'subtotal':
      // a 类 (3 digits) holds its 款 (5 digits): shorter codes rank higher
      return 3 + (rowCode(row)?.length ?? 0) / 10;
    case 'item':
      return 4;
    default:
      return null;
  }
}

/** The rows an aggregate row sums, or [] when it has none to check. */
export function childrenOf(rows: readonly Row[], index: number): Row[] {
  const self = rows[index];
  if (!self) return [];
  const own = rowLevel(self);
  if (own === null || own >= 4) return [];
  const code = rowCode(self);
  if (self.role === 'subtotal' && code) {
    // 类/款 rows are matched by code prefix: some templates print the 项 lines out of order.
    const below = rows.filter((r, i) => {
      if (i === index) return false;
      const lv = rowLevel(r);
      const c = rowCode(r);
      return lv !== null && lv > own && c !== undefined && c.length > code.length && c.startsWith(code);
    });
    // an economic item's own parts (Chongqing 06: 3010201 规范性津补贴 under 30102 津贴补贴) are in it
    // already: only the rows no other row of the group extends are the subtotal's parts
    const codes = below.map(rowCode);
    const outer = below.filter((r) => {
      const c = rowCode(r)!;
      return !codes.some((o) => o !== undefined && o !== c && o.length < c.length && c.startsWith(o));
    });
    return atTopLevel(outer);
  }
  const after: Row[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const lv = rowLevel(r);
    if (lv === null) continue;
    if (lv <= own) break;
    after.push(r);
  }
  if (after.length > 0) return atTopLevel(after);
  if (self.role !== 'total') return [];
  // A 合计 printed at the foot sums the rows above it.
  const before: Row[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const r = rows[i]!;
    const lv = rowLevel(r);
    if (lv === null) continue;
    if (lv <= own) break;
    before.unshift(r);
  }
  return atTopLevel(before);
}

function atTopLevel(rows: readonly Row[]): Row[] {
  const levels = rows.map(rowLevel).filter((l): l is number => l !== null);
  if (levels.length === 0) return [];
  const top = Math.min(...levels);
  return rows.filter((r) => rowLevel(r) === top);
}
