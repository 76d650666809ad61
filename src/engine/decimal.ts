import { Decimal } from 'decimal.js';
import { ownString } from './own-string.js';

/**
 * Interval arithmetic on printed amounts (range semantics, as XBRL Calculations 1.1 does for sums).
 * A printed value with d decimals stands for every true value within ±half a unit of its last
 * decimal: 702.77 stands for [702.765, 702.775]. Two printed figures agree when their intervals
 * meet. No epsilon anywhere: the interval width comes from the printed decimals alone.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

const ZERO = new D(0);

export interface Printed {
  value: string;
  decimals: number;
}

export interface Interval {
  lo: Dec;
  hi: Dec;
}

/**
 * Parsed printed values, shared: a release prints the same few hundred figures again and again
 * (every identity, every placement of a degraded row re-reads them), and parsing a decimal string
 * costs more than the arithmetic done with it. Decimal values are immutable, so sharing is safe.
 * Bounded, so that a batch of thousands of releases does not keep every figure it ever saw.
 */
const PARSED = new Map<string, Dec>();
const PARSED_LIMIT = 5_000;

export function dec(value: string | Dec): Dec {
  if (typeof value !== 'string') return new D(value);
  let d = PARSED.get(value);
  if (d === undefined) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    d = new D(value);
    PARSED.set(ownString(value), d);
  }
  return d;
}

/** 0.5, 0.05, 0.005 …: computed once per number of decimals */
const HALF_UNITS: Dec[] = [];

/** half a unit of the last printed decimal: 0.005 for two decimals, 0.5 for none */
export function halfUnit(decimals: number): Dec {
  const known = HALF_UNITS[decimals];
  if (known) return known;
  const h = new D(5).times(new D(10).pow(-(decimals + 1)));
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 20) HALF_UNITS[decimals] = h;
  return h;
}

export function intervalOf(p: Printed): Interval {
  const v = dec(p.value);
  const h = halfUnit(p.decimals);
  return { lo: v.minus(h), hi: v.plus(h) };
}

export function sumIntervals(parts: readonly Interval[]): Interval {
  let lo = ZERO;
  let hi = ZERO;
  for (const p of parts) {
    lo = lo.plus(p.lo);
    hi = hi.plus(p.hi);
  }
  return { lo, hi };
}

export function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function sumPrinted(parts: readonly Printed[]): Dec {
  return parts.reduce((acc, p) => acc.plus(dec(p.value)), ZERO);
}

export type Verdict = 'exact' | 'rounding' | 'error';

export interface SumCheck {
  verdict: Verdict;
  total: Dec;
  sum: Dec;
  /** total − sum of the printed parts */
  difference: Dec;
  /** the interval the true sum may lie in, given the parts' rounding */
  sumInterval: Interval;
  totalInterval: Interval;
}

/**
 * Is a printed total consistent with its printed parts? `exact` when the printed figures add up,
 * `rounding` when they differ but the intervals meet (an honest rounding tail), `error` otherwise.
 */
export function checkSum(total: Printed, parts: readonly Printed[]): SumCheck {
  const t = dec(total.value);
  const sum = sumPrinted(parts);
  // Σ(v − h) = Σv − Σh, exactly in decimal: the parts' interval is their sum widened by their half units
  const slack = sumHalfUnits(parts);
  const sumInterval = { lo: sum.minus(slack), hi: sum.plus(slack) };
  const totalInterval = intervalOf(total);
  const difference = t.minus(sum);
  const verdict: Verdict = difference.isZero() ? 'exact' : meets(totalInterval, sumInterval) ? 'rounding' : 'error';
  return { verdict, total: t, sum, difference, sumInterval, totalInterval };
}

/**
 * The verdict of checkSum alone, for searches that test many candidate sums (degraded placement):
 * [t ± h] and [Σ ± Σh] meet exactly when |t − Σ| ≤ h + Σh, so no interval is built.
 */
export function sumVerdict(total: Printed, parts: readonly Printed[]): Verdict {
  const difference = dec(total.value).minus(sumPrinted(parts));
  if (difference.isZero()) return 'exact';
  return difference.abs().lte(halfUnit(total.decimals).plus(sumHalfUnits(parts))) ? 'rounding' : 'error';
}

function sumHalfUnits(parts: readonly Printed[]): Dec {
  let h = ZERO;
  for (const p of parts) h = h.plus(halfUnit(p.decimals));
  return h;
}

/**
 * The same quantity printed twice comes from one true value: with equal decimals both must print
 * identically; with different decimals (8.6 vs 8.60) their intervals must meet.
 */
export function checkSame(a: Printed, b: Printed): { verdict: Verdict; difference: Dec } {
  const difference = dec(a.value).minus(dec(b.value));
  if (difference.isZero()) return { verdict: 'exact', difference };
  if (a.decimals === b.decimals) return { verdict: 'error', difference };
  return { verdict: meets(intervalOf(a), intervalOf(b)) ? 'rounding' : 'error', difference };
}

/** Bounds of part/whole × 100 over the intervals of both (whole must stay positive). */
export function ratioRange(part: Interval, whole: Interval): Interval | null {
  if (whole.lo.lte(0)) return null;
  const lo = D.max(part.lo, 0).div(whole.hi).times(100);
  const hi = part.hi.div(whole.lo).times(100);
  return { lo, hi };
}

export interface RateCheck {
  verdict: Verdict;
  /** the percentage implied by the printed amounts */
  implied: Dec | null;
  /** the range of percentages reachable within the amounts' intervals */
  reachable: Interval | null;
  printed: Dec;
}

function rateVerdict(printed: Printed, implied: Dec | null, reachable: Interval | null): RateCheck {
  const p = dec(printed.value);
  if (!reachable || !implied) return { verdict: 'error', implied, reachable, printed: p };
  const exact = implied.toDecimalPlaces(printed.decimals, D.ROUND_HALF_UP).eq(p);
  if (exact) return { verdict: 'exact', implied, reachable, printed: p };
  return { verdict: meets(intervalOf(printed), reachable) ? 'rounding' : 'error', implied, reachable, printed: p };
}

/** A printed share `占X%` of part in whole. */
export function checkShare(percent: Printed, part: Printed, whole: Printed): RateCheck {
  const w = dec(whole.value);
  const implied = w.isZero() ? null : dec(part.value).div(w).times(100);
  return rateVerdict(percent, implied, ratioRange(intervalOf(part), intervalOf(whole)));
}

/**
 * A printed growth rate: `增加A，增长B%` means last = current − A and B = A / (current − A) × 100;
 * `减少A，下降B%` means last = current + A and B = A / (current + A) × 100. B grows with A and
 * falls with current, so the reachable range comes from the interval ends.
 */
export function checkGrowth(
  rate: Printed,
  change: Printed,
  current: Printed,
  direction: 'increase' | 'decrease',
): RateCheck {
  const a = intervalOf(change);
  const c = intervalOf(current);
  const sign = direction === 'increase' ? -1 : 1;
  const base = (cur: Dec, amt: Dec) => cur.plus(amt.times(sign));
  const lastPrinted = base(dec(current.value), dec(change.value));
  const implied = lastPrinted.lte(0) ? null : dec(change.value).div(lastPrinted).times(100);
  const denLo = base(c.lo, direction === 'increase' ? a.hi : a.lo);
  const denHi = base(c.hi, direction === 'increase' ? a.lo : a.hi);
  const reachable =
    denLo.lte(0) ? null : { lo: D.max(a.lo, 0).div(denHi).times(100), hi: a.hi.div(denLo).times(100) };
  return rateVerdict(rate, implied, reachable);
}

/** Render a decimal for messages: keeps the printed decimals, no exponent notation. */
export function fmt(v: Dec, decimals?: number): string {
  return decimals === undefined ? v.toFixed() : v.toFixed(decimals);
}

export function fmtInterval(i: Interval, decimals = 3): string {
  return `[${i.lo.toFixed(decimals)}, ${i.hi.toFixed(decimals)}]`;
}

/** Powers of ten of the units releases print: tables in 元 beside a narrative in 万元 (Shanghai, Xi'an). */
const UNIT_EXPONENT = { 元: 0, 万元: 4, 亿元: 8 } as const;
export type AmountUnit = keyof typeof UNIT_EXPONENT;

/**
 * The same printed figure in another unit, its interval unchanged: 7027700 元 (±0.5 元) is
 * 702.7700 万元 (±0.00005 万元). Decimals shift with the unit and may turn negative for a coarser one
 * (1.2 亿元 is 12000 万元 ± 500), which halfUnit handles.
 */
export function inUnit(p: Printed, from: AmountUnit, to: AmountUnit): Printed {
  const shift = UNIT_EXPONENT[from] - UNIT_EXPONENT[to];
  if (shift === 0) return p;
  const decimals = p.decimals - shift;
  return { value: new D(p.value).times(new D(10).pow(shift)).toFixed(Math.max(decimals, 0)), decimals };
}
