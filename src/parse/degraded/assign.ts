import { dec, halfUnit, sumVerdict, type Dec, type Printed } from '../../engine/decimal.js';
import type { Cell } from '../../model/table.js';
import type { KindArithmetic } from './identities.js';
import type { Amount } from './text.js';

/** One way of placing a row's printed numbers: column key → amount; a column not in the map is empty. */
export type Fit = ReadonlyMap<string, Amount>;

const EMPTY: Printed = { value: '0', decimals: 2 };

function printed(fit: Fit, key: string): Printed {
  return fit.get(key) ?? EMPTY;
}

/** One identity of a row as a test on a placement, with the columns its verdict depends on. */
interface IdentityTest {
  /** the columns read, and in fill mode the parts of every subtotal they may be filled from */
  deps: ReadonlySet<string>;
  /** a sum's addends: where among them a number lands does not change the sum */
  addends?: ReadonlySet<string>;
  holds(fit: Fit): boolean;
}

function sumTest(whole: string, parts: readonly string[]): (fit: Fit) => boolean {
  return (fit) => {
    const present = parts.filter((p) => fit.has(p)).map((p) => printed(fit, p));
    if (!fit.has(whole) && present.length === 0) return true;
    return sumVerdict(printed(fit, whole), present) !== 'error';
  };
}

function ofWhichTest(part: string, whole: string): (fit: Fit) => boolean {
  return (fit) => {
    const p = fit.get(part);
    if (!p) return true;
    const w = fit.get(whole);
    if (!w) return false;
    return !dec(p.value).gt(dec(w.value).plus(halfUnit(Math.min(p.decimals, w.decimals)).times(2)));
  };
}

const TESTS = new WeakMap<KindArithmetic, { plain: IdentityTest[]; filled: IdentityTest[] }>();

/**
 * The identities of a kind as separate tests, built once per kind. In fill mode a subtotal may be
 * supplied from its parts (withSubtotals), so a test also depends on the parts of every subtotal it
 * reads, transitively.
 */
function identityTests(arithmetic: KindArithmetic): { plain: IdentityTest[]; filled: IdentityTest[] } {
  const known = TESTS.get(arithmetic);
  if (known) return known;
  const partsOf = new Map(arithmetic.sums.map((s) => [s.whole, s.parts]));
  const closure = (cols: readonly string[]): Set<string> => {
    const out = new Set<string>();
    const visit = (c: string) => {
      if (out.has(c)) return;
      out.add(c);
      for (const p of partsOf.get(c) ?? []) visit(p);
    };
    cols.forEach(visit);
    return out;
  };
  const make = (fill: boolean): IdentityTest[] => [
    ...arithmetic.sums.map(({ whole, parts }) => {
      const cols = [whole, ...parts];
      return { deps: fill ? closure(cols) : new Set(cols), addends: new Set(parts), holds: sumTest(whole, parts) };
    }),
    ...arithmetic.ofWhich.map(({ part, whole }) => {
      const cols = [part, whole];
      return { deps: fill ? closure(cols) : new Set(cols), holds: ofWhichTest(part, whole) };
    }),
  ];
  const tests = { plain: make(false), filled: make(true) };
  TESTS.set(arithmetic, tests);
  return tests;
}

/** Does a placement satisfy every identity of the row (within the rounding of the printed figures)? */
export function satisfies(placed: Fit, arithmetic: KindArithmetic, fillSubtotals = false): boolean {
  const fit = fillSubtotals ? withSubtotals(placed, arithmetic) : placed;
  const tests = identityTests(arithmetic);
  return (fillSubtotals ? tests.filled : tests.plain).every((t) => t.holds(fit));
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
  const place = (idx: readonly number[]): Fit => new Map(idx.map((c, i) => [columns[c] as string, numbers[i] as Amount]));
  if (k === n) return [place(columns.map((_, i) => i))];
  for (const fillSubtotals of [false, true]) {
    const fits: Fit[] = [];
    for (const idx of admissiblePlacements(numbers, columns, arithmetic, fillSubtotals)) {
      const fit = place(idx);
      // the supplied subtotals travel with the placement (raw '') so that column sums between rows
      // see them; cells show them as the empty cells they are
      if (satisfies(fit, arithmetic, fillSubtotals) && accept(fit)) fits.push(fillSubtotals ? withSubtotals(fit, arithmetic) : fit);
    }
    if (fits.length > 0) return fits;
  }
  return [];
}

/**
 * The column choices (ascending indexes, in lexicographic order, as C(n, k) lists them) that may
 * satisfy the arithmetic. Numbers are placed left to right; once an identity's verdict can no
 * longer change, a failing identity cuts off every placement of the remaining numbers at once.
 * The cut is only an early answer to the test enumerateFits still makes on each placement
 * returned: a row of 18 income columns has thousands of placements, and most fail early.
 */
function* admissiblePlacements(
  numbers: readonly Amount[],
  columns: readonly string[],
  arithmetic: KindArithmetic,
  fillSubtotals: boolean,
): Generator<number[]> {
  const k = numbers.length;
  const n = columns.length;
  const index = new Map(columns.map((c, i) => [c, i]));
  const tests = identityTests(arithmetic)[fillSubtotals ? 'filled' : 'plain'];
  // An identity is decided with column d once every column it reads is at or before d (a table
  // without any of its columns decides it from the start, d = -1) or — for a sum, placing as is —
  // once every column after d is one of its addends: the numbers still to place all become addends
  // then, wherever they land. (With subtotals supplied, which addend a number lands in matters.)
  const decidedWith: Array<Array<{ test: IdentityTest; rest: boolean }>> = Array.from({ length: n + 1 }, () => []);
  for (const test of tests) {
    const last = Math.max(-1, ...[...test.deps].map((c) => index.get(c) ?? -1));
    let d = n - 1;
    while (!fillSubtotals && test.addends && d >= 0 && test.addends.has(columns[d] as string)) d--;
    decidedWith[1 + Math.min(last, d)]?.push({ test, rest: d < last });
  }
  const partial = new Map<string, Amount>();
  /** the tests decided with column d, columns up to d being placed and numbers from `next` on to come */
  const holdsAt = (d: number, next: number): boolean => {
    const list = decidedWith[d + 1] ?? [];
    if (list.length === 0) return true;
    let fit: Fit = fillSubtotals ? withSubtotals(partial, arithmetic) : partial;
    if (list.some((e) => e.rest) && next < k) {
      // any addend columns after d will do: put the remaining numbers in the first ones
      const rest = new Map(partial);
      for (let j = next; j < k; j++) rest.set(columns[d + 1 + j - next] as string, numbers[j] as Amount);
      fit = rest;
    }
    return list.every((e) => e.test.holds(fit));
  };
  if (!holdsAt(-1, 0)) return;
  const acc: number[] = [];
  function* extend(from: number): Generator<number[]> {
    const i = acc.length;
    const last = i === k - 1;
    for (let c = from; c <= n - (k - i); c++) {
      // column c − 1 is now passed over for this number and every later choice: the tests it
      // decides hold for all of them or for none
      if (c > from && !holdsAt(c - 1, i)) return;
      const column = columns[c] as string;
      acc.push(c);
      partial.set(column, numbers[i] as Amount);
      let ok = holdsAt(c, i + 1);
      // with the last number placed, every column after it is decided empty
      for (let d = c + 1; ok && last && d < n; d++) ok = holdsAt(d, k);
      if (ok) {
        if (last) yield acc.slice();
        else yield* extend(c + 1);
      }
      partial.delete(column);
      acc.pop();
    }
  }
  yield* extend(0);
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

/** A placement that fits once one printed number is read as another: which number, and as what. */
export interface Repair {
  /** the placement with the repaired number at the value the arithmetic asks for */
  fit: Fit;
  /** the same placement with every number as printed */
  printed: Fit;
  /** index of the repaired number among the row's numbers */
  index: number;
}

/** Placements tried per row, at most: a row of many columns is left unplaced rather than searched for long. */
const REPAIR_PLACEMENTS = 20_000;

/** Every ascending choice of k column indexes among n, in lexicographic order, up to the limit. */
function* choices(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  let count = 0;
  while (count++ < REPAIR_PLACEMENTS) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/** The values a column must hold for the row's sums through it to meet, the other columns as placed. */
function askedFor(fit: Fit, column: string, arithmetic: KindArithmetic): Dec[] {
  const out: Dec[] = [];
  const value = (c: string) => dec(fit.get(c)?.value ?? '0');
  for (const { whole, parts } of arithmetic.sums) {
    if (whole === column) out.push(parts.reduce((s, p) => s.plus(value(p)), dec('0')));
    else if (parts.includes(column) && fit.has(whole))
      out.push(parts.filter((p) => p !== column).reduce((s, p) => s.minus(value(p)), value(whole)));
  }
  return out;
}

/**
 * When no placement of a row's printed numbers fits (enumerateFits is empty), the placements that
 * would fit had exactly one number been printed otherwise: a misprinted figure makes its row
 * unplaceable, and which column each number stands in is still told by the others. The repaired
 * value is the one the row's sums ask for; `accept` judges the repaired placement.
 */
export function repairFits(
  numbers: readonly Amount[],
  columns: readonly string[],
  arithmetic: KindArithmetic,
  accept: (fit: Fit) => boolean = () => true,
): Repair[] {
  const k = numbers.length;
  const n = columns.length;
  if (k < 2 || k > n) return [];
  const out: Repair[] = [];
  for (const idx of choices(n, k)) {
    const printedFit: Fit = new Map(idx.map((c, i) => [columns[c] as string, numbers[i] as Amount]));
    for (let i = 0; i < k; i++) {
      const column = columns[idx[i]!] as string;
      const own = numbers[i] as Amount;
      for (const v of askedFor(printedFit, column, arithmetic)) {
        if (v.lt(0) || v.eq(dec(own.value))) continue;
        const fit = new Map(printedFit);
        fit.set(column, { ...own, value: v.toFixed(own.decimals) });
        if (satisfies(fit, arithmetic) && accept(fit)) {
          out.push({ fit, printed: printedFit, index: i });
          break;
        }
      }
    }
  }
  return out;
}
