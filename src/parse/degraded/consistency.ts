import { dec, type Dec } from '../../engine/decimal.js';
import type { Fit } from './assign.js';
import type { RawRow } from './grid.js';

/** Column upper bounds known from elsewhere in the release (see evidence.ts): key → largest amount. */
export type ColumnBounds = ReadonlyMap<string, Dec>;

const ZERO = dec('0');
const HALF_CENT = dec('0.005');

function valueOf(fit: Fit, key: string): Dec {
  const a = fit.get(key);
  return a ? dec(a.value) : ZERO;
}

/** Placements that put more in a column than the release has for it cannot be right. */
export function withinBounds(fit: Fit, bounds: ColumnBounds | undefined, slack: Dec): boolean {
  if (!bounds) return true;
  for (const [key, bound] of bounds) if (valueOf(fit, key).gt(bound.plus(slack))) return false;
  return true;
}

/** whole row = Σ part rows, column by column (合计 = Σ departments, department = Σ its units or items). */
export interface RowSum {
  whole: number;
  parts: number[];
}

export function rowSums(rows: readonly RawRow[]): RowSum[] {
  const idx = (role: RawRow['role']) => rows.map((r, i) => (r.role === role ? i : -1)).filter((i) => i >= 0);
  const total = idx('total');
  const depts = idx('department');
  const units = idx('unit');
  const items = idx('item');
  const sums: RowSum[] = [];
  const lower = units.length > 0 ? units : items;
  const t = total[0];
  if (t !== undefined && total.length === 1) {
    if (depts.length > 0) sums.push({ whole: t, parts: depts });
    else if (lower.length > 0) sums.push({ whole: t, parts: lower });
  }
  const d = depts[0];
  if (d !== undefined && depts.length === 1 && lower.length > 0) sums.push({ whole: d, parts: lower });
  if (units.length > 0 && items.length > 0 && units.length === 1 && units[0] !== undefined)
    sums.push({ whole: units[0], parts: items });
  return sums;
}

/**
 * Narrow each row's placements by the column sums between rows. A sound relaxation: a placement is
 * dropped only when no choice of the other rows' placements (taken column by column, between their
 * smallest and largest value) could make the sum meet. A row is never emptied: if every placement
 * would go, the document does not add up there and the row keeps what it had (rules report it).
 */
export function narrowByRowSums(candidates: Fit[][], sums: readonly RowSum[], columns: readonly string[]): void {
  const range = (i: number, col: string) => {
    const vs = (candidates[i] ?? []).map((f) => valueOf(f, col));
    const first = vs[0] ?? ZERO;
    return { lo: vs.reduce((a, b) => (b.lt(a) ? b : a), first), hi: vs.reduce((a, b) => (b.gt(a) ? b : a), first) };
  };
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const { whole, parts } of sums) {
      const slack = HALF_CENT.times(parts.length + 1);
      // every column's ranges are taken before any pruning, and the equation's prunes are applied
      // together or not at all, so that the outcome does not depend on the order of the columns
      const limits = columns.map((col) => {
        const rs = parts.map((p) => range(p, col));
        const sumLo = rs.reduce((a, r) => a.plus(r.lo), ZERO);
        const sumHi = rs.reduce((a, r) => a.plus(r.hi), ZERO);
        const w = range(whole, col);
        // the bounds each candidate is compared with, worked out once per column rather than per candidate
        return {
          col,
          wholeLo: sumLo.minus(slack),
          wholeHi: sumHi.plus(slack),
          partHi: rs.map((r) => w.hi.plus(slack).minus(sumLo.minus(r.lo))),
          partLo: rs.map((r) => w.lo.minus(slack).minus(sumHi.minus(r.hi))),
        };
      });
      const keepWhole = (candidates[whole] ?? []).filter((f) =>
        limits.every(({ col, wholeLo, wholeHi }) => {
          const v = valueOf(f, col);
          return v.gte(wholeLo) && v.lte(wholeHi);
        }),
      );
      // v + (Σlo − lo_j) ≤ w.hi + slack and v + (Σhi − hi_j) ≥ w.lo − slack, with v alone on one side
      const keepParts = parts.map((p, j) =>
        (candidates[p] ?? []).filter((f) =>
          limits.every(({ col, partHi, partLo }) => {
            const v = valueOf(f, col);
            return v.lte(partHi[j] as Dec) && v.gte(partLo[j] as Dec);
          }),
        ),
      );
      if (keepWhole.length === 0 || keepParts.some((k) => k.length === 0)) continue;
      if (keepWhole.length < (candidates[whole] ?? []).length) changed = true;
      candidates[whole] = keepWhole;
      parts.forEach((p, j) => {
        const k = keepParts[j] as Fit[];
        if (k.length < (candidates[p] ?? []).length) changed = true;
        candidates[p] = k;
      });
    }
    if (!changed) return;
  }
}

/**
 * Exact version of the row-sum narrowing, for equations whose rows have few placements left:
 * every combination of the part rows' placements is tried, and a placement survives when it takes
 * part in at least one combination that meets the whole row in every column. The interval
 * relaxation above cannot see that two rows' choices must go together (230.06 = 195.60 + 16.43 +
 * 18.03 only with 20.59 in 项目支出); this can.
 */
export function narrowExactly(candidates: Fit[][], sums: readonly RowSum[], columns: readonly string[], limit = 20000): void {
  for (const { whole, parts } of sums) {
    const rows = [whole, ...parts];
    const size = rows.reduce((a, r) => a * Math.max(1, (candidates[r] ?? []).length), 1);
    if (size > limit) continue;
    const slack = HALF_CENT.times(parts.length + 1);
    const used = rows.map(() => new Set<number>());
    const pick: number[] = [];
    // each placement's column values, read once: the walk below meets each of them many times
    const values = (f: Fit) => columns.map((c) => valueOf(f, c));
    const wholeValues = (candidates[whole] ?? []).map(values);
    const partValues = parts.map((p) => (candidates[p] ?? []).map(values));
    const visit = (j: number, acc: Dec[]) => {
      if (j === parts.length) {
        wholeValues.forEach((w, wi) => {
          const ok = w.every((v, ci) => v.minus(acc[ci] as Dec).abs().lte(slack));
          if (!ok) return;
          used[0]?.add(wi);
          pick.forEach((pi, k) => used[k + 1]?.add(pi));
        });
        return;
      }
      (partValues[j] ?? []).forEach((vs, fi) => {
        pick[j] = fi;
        visit(j + 1, acc.map((a, ci) => a.plus(vs[ci] as Dec)));
      });
    };
    visit(0, columns.map(() => ZERO));
    if (used.some((u) => u.size === 0)) continue;
    rows.forEach((r, k) => {
      candidates[r] = (candidates[r] ?? []).filter((_, i) => used[k]?.has(i));
    });
  }
}
