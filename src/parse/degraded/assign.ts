import { checkSum, dec, halfUnit, type Printed } from '../../engine/decimal.js';
import type { Cell } from '../../model/table.js';
import type { KindArithmetic } from './identities.js';
import type { Amount } from './text.js';

/** One way of placing a row's printed numbers: column key → amount; a column not in the map is empty. */
export type Fit = ReadonlyMap<string, Amount>;

const EMPTY: Printed = { value: '0', decimals: 2 };

function printed(fit: Fit, key: string): Printed {
  return fit.get(key) ?? EMPTY;
}

/** Does a placement satisfy every identity of the row (within the rounding of the printed figures)? */
export function satisfies(placed: Fit, arithmetic: KindArithmetic, fillSubtotals = false): boolean {
  const fit = fillSubtotals ? withSubtotals(placed, arithmetic) : placed;
  for (const { whole, parts } of arithmetic.sums) {
    const present = parts.filter((p) => fit.has(p)).map((p) => printed(fit, p));
    if (!fit.has(whole) && present.length === 0) continue;
    if (checkSum(printed(fit, whole), present).verdict === 'error') return false;
  }
  for (const { part, whole } of arithmetic.ofWhich) {
    const p = fit.get(part);
    if (!p) continue;
    const w = fit.get(whole);
    if (!w) return false;
    if (dec(p.value).gt(dec(w.value).plus(halfUnit(Math.min(p.decimals, w.decimals)).times(2)))) return false;
  }
  return true;
}

/**
 * Some rows leave a subtotal unprinted while printing its parts (004 line 248: 基本支出 小计 empty,
 * its four parts printed). Reading such a row, an empty subtotal stands for the sum of its parts.
 */
function withSubtotals(fit: Fit, arithmetic: KindArithmetic): Fit {
  const out = new Map(fit);
  for (const { whole, parts } of [...arithmetic.sums].reverse()) {
    // the row total is the one figure every row prints; it is never supplied
    if (out.has(whole) || whole === 'total') continue;
    const present = parts.map((p) => out.get(p)).filter((a): a is Amount => !!a);
    if (present.length === 0) continue;
    const sum = present.reduce((acc, a) => acc.plus(a.value), dec('0'));
    const decimals = Math.max(...present.map((a) => a.decimals));
    out.set(whole, { raw: '', value: sum.toFixed(decimals), decimals, line: present[0]?.line ?? 1 });
  }
  return out;
}

function* combinations(n: number, k: number, from = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc.slice();
    return;
  }
  for (let i = from; i <= n - (k - acc.length); i++) {
    acc.push(i);
    yield* combinations(n, k, i + 1, acc);
    acc.pop();
  }
}

/**
 * Every order-preserving placement of k printed numbers into n columns that the arithmetic admits.
 * When none fits, an unprinted subtotal is read as the sum of its printed parts (see withSubtotals).
 * With k = n there is one placement only: it stands even when the row does not add up, because
 * a wrong sum is a finding for the rules, not a reason to move numbers.
 */
export function enumerateFits(
  numbers: readonly Amount[],
  columns: readonly string[],
  arithmetic: KindArithmetic,
  accept: (fit: Fit) => boolean = () => true,
): Fit[] {
  const k = numbers.length;
  const n = columns.length;
  if (k === 0) return [new Map()];
  if (k > n) return [];
  const place = (idx: number[]): Fit => new Map(idx.map((c, i) => [columns[c] as string, numbers[i] as Amount]));
  if (k === n) return [place(columns.map((_, i) => i))];
  for (const fillSubtotals of [false, true]) {
    const fits: Fit[] = [];
    for (const idx of combinations(n, k)) {
      const fit = place(idx);
      // the supplied subtotals travel with the placement (raw '') so that column sums between rows
      // see them; cells show them as the empty cells they are
      if (satisfies(fit, arithmetic, fillSubtotals) && accept(fit)) fits.push(fillSubtotals ? withSubtotals(fit, arithmetic) : fit);
    }
    if (fits.length > 0) return fits;
  }
  return [];
}

export function sameAmount(a: Amount | undefined, b: Amount | undefined): boolean {
  if (!a || !b) return a === b;
  return a === b || (a.value === b.value && a.line === b.line && a.raw === b.raw);
}

export interface PlacedCells {
  cells: Cell[];
  certain: number;
  ambiguous: number;
}

/**
 * Cells from the placements that remain. A column on which they all agree is certain; one on which
 * they differ is ambiguous and lists what it may hold ("0" standing for an empty cell).
 */
export function cellsFromFits(columns: readonly string[], fits: readonly Fit[], line: number): PlacedCells {
  const cells: Cell[] = [];
  let certain = 0;
  let ambiguous = 0;
  for (const column of columns) {
    const seen = fits.map((f) => {
      const a = f.get(column);
      return a && a.raw !== '' ? a : undefined;
    });
    const first = seen[0];
    const agree = seen.every((s) => sameAmount(s, first));
    if (agree) {
      if (first) {
        certain++;
        cells.push({ column, raw: first.raw, status: 'value', value: first.value, decimals: first.decimals, line: first.line, certainty: 'certain' });
      } else {
        cells.push({ column, raw: '', status: 'empty', value: null, decimals: null, line, certainty: 'certain' });
      }
      continue;
    }
    ambiguous++;
    const alternatives = [...new Set(seen.map((s) => (s ? s.value : '0')))];
    const where = seen.find((s) => s)?.line ?? line;
    cells.push({ column, raw: '', status: 'value', value: null, decimals: null, line: where, certainty: 'ambiguous', alternatives });
  }
  return { cells, certain, ambiguous };
}
