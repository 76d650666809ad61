import { Decimal } from 'decimal.js';

/**
 * Interval arithmetic on printed amounts (range semantics, as XBRL Calculations 1.1 does for sums).
 * A printed value with d decimals stands for every true value within ±half a unit of its last
 * decimal: 702.77 stands for [702.765, 702.775]. Two printed figures agree when their intervals
 * meet. No epsilon anywhere: the interval width comes from the printed decimals alone.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export interface Printed {
  value: string;
  decimals: number;
}

export interface Interval {
  lo: Dec;
  hi: Dec;
}

export function dec(value: string | Dec): Dec {
  return new D(value);
}

/** half a unit of the last printed decimal: 0.005 for two decimals, 0.5 for none */
export function halfUnit(decimals: number): Dec {
  return new D(5).times(new D(10).pow(-(decimals + 1)));
}

export function intervalOf(p: Printed): Interval {
  const v = new D(p.value);
  const h = halfUnit(p.decimals);
  return { lo: v.minus(h), hi: v.plus(h) };
}

export function sumIntervals(parts: readonly Interval[]): Interval {
  let lo = new D(0);
  let hi = new D(0);
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
  return parts.reduce((acc, p) => acc.plus(p.value), new D(0));
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
  const t = new D(total.value);
  const sum = sumPrinted(parts);
  const sumInterval = sumIntervals(parts.map(intervalOf));
  const totalInterval = intervalOf(total);
  const difference = t.minus(sum);
  const verdict: Verdict = difference.isZero() ? 'exact' : meets(totalInterval, sumInterval) ? 'rounding' : 'error';
  return { verdict, total: t, sum, difference, sumInterval, totalInterval };
}

/**
 * The same quantity printed twice comes from one true value: with equal decimals both must print
 * identically; with different decimals (8.6 vs 8.60) their intervals must meet.
 */
export function checkSame(a: Printed, b: Printed): { verdict: Verdict; difference: Dec } {
  const difference = new D(a.value).minus(b.value);
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
  const p = new D(printed.value);
  if (!reachable || !implied) return { verdict: 'error', implied, reachable, printed: p };
  const exact = implied.toDecimalPlaces(printed.decimals, D.ROUND_HALF_UP).eq(p);
  if (exact) return { verdict: 'exact', implied, reachable, printed: p };
  return { verdict: meets(intervalOf(printed), reachable) ? 'rounding' : 'error', implied, reachable, printed: p };
}

/** A printed share `占X%` of part in whole. */
export function checkShare(percent: Printed, part: Printed, whole: Printed): RateCheck {
  const w = new D(whole.value);
  const implied = w.isZero() ? null : new D(part.value).div(w).times(100);
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
  const lastPrinted = base(new D(current.value), new D(change.value));
  const implied = lastPrinted.lte(0) ? null : new D(change.value).div(lastPrinted).times(100);
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
