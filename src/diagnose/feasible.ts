import { D, type Dec } from '../engine/decimal.js';
import type { Identity, IdentityTerm } from '../model/report.js';
import { coefficientOf, holds, isLinear, residual, slackOf, solveRatio, termKey } from './terms.js';

/**
 * Can these printed numbers be corrected so that every identity they are in holds? Linear identities
 * bound the corrections exactly (Fourier–Motzkin elimination over the few numbers corrected at once,
 * decimal arithmetic throughout); the corrected values keep the printed decimals; ratios (shares,
 * growth rates) are then checked at the corrected values. Returns the corrected values, or undefined.
 */

export interface Variable {
  key: string;
  term: IdentityTerm;
}

/** lo ≤ Σ a_j δ_j ≤ hi over the corrections δ of the variables, in their order (no lo: one-sided) */
interface Band {
  a: Dec[];
  lo?: Dec;
  hi: Dec;
}

/** a · δ ≤ b */
interface Ineq {
  a: Dec[];
  b: Dec;
}

const LIMIT = 4000;
const ZERO = new D(0);

function unit(decimals: number): Dec {
  return new D(10).pow(-decimals);
}

/** A multiple of the unit within [lo, hi], nearest their middle (or to 0 when unbounded). */
function gridPoint(lo: Dec | undefined, hi: Dec | undefined, u: Dec): Dec | undefined {
  const mid = lo && hi ? lo.plus(hi).div(2) : lo && lo.gt(0) ? lo : hi && hi.lt(0) ? hi : ZERO;
  const candidates = [mid.div(u).round(), mid.div(u).floor(), mid.div(u).ceil()].map((n) => n.times(u));
  if (lo) candidates.push(lo.div(u).ceil().times(u));
  if (hi) candidates.push(hi.div(u).floor().times(u));
  return candidates.find((c) => (!lo || c.gte(lo)) && (!hi || c.lte(hi)));
}

function bandsOf(vars: readonly Variable[], identities: readonly Identity[]): Band[] | undefined {
  const index = new Map(vars.map((v, i) => [v.key, i]));
  const bands: Band[] = [];
  for (const id of identities) {
    if (!isLinear(id)) continue;
    const a = vars.map(() => ZERO);
    let touched = false;
    for (const t of id.terms) {
      const i = index.get(termKey(t));
      if (i === undefined) continue;
      a[i] = a[i]!.plus(coefficientOf(t));
      touched = true;
    }
    if (!touched) continue;
    const r = residual(id);
    const s = slackOf(id);
    const oneSided = id.relation === 'atMost';
    if (a.every((x) => x.isZero())) {
      if (oneSided ? r.gt(s) : r.abs().gt(s)) return undefined;
      continue;
    }
    bands.push({ a, ...(oneSided ? {} : { lo: s.neg().minus(r) }), hi: s.minus(r) });
  }
  return bands;
}

function ineqsOf(bands: readonly Band[]): Ineq[] {
  return bands.flatMap((b) => [{ a: b.a, b: b.hi }, ...(b.lo ? [{ a: b.a.map((x) => x.neg()), b: b.lo.neg() }] : [])]);
}

/** Eliminate variable j: every pair of opposite signs gives one inequality without it. */
function eliminate(ineqs: readonly Ineq[], j: number): Ineq[] | undefined {
  const pos = ineqs.filter((q) => q.a[j]!.gt(0));
  const neg = ineqs.filter((q) => q.a[j]!.lt(0));
  const out = ineqs.filter((q) => q.a[j]!.isZero());
  if (out.length + pos.length * neg.length > LIMIT) return undefined;
  for (const p of pos)
    for (const n of neg) {
      const fp = n.a[j]!.neg();
      const fn = p.a[j]!;
      out.push({ a: p.a.map((x, i) => x.times(fp).plus(n.a[i]!.times(fn))), b: p.b.times(fp).plus(n.b.times(fn)) });
    }
  return out;
}

/** Bounds on δ_j from inequalities whose other variables are fixed. */
function boundsOf(ineqs: readonly Ineq[], j: number, fixed: readonly Dec[]): { lo?: Dec; hi?: Dec; empty: boolean } {
  let lo: Dec | undefined;
  let hi: Dec | undefined;
  for (const q of ineqs) {
    let rest = q.b;
    for (let i = 0; i < j; i++) rest = rest.minus(q.a[i]!.times(fixed[i]!));
    const c = q.a[j]!;
    if (c.isZero()) {
      if (rest.lt(0)) return { empty: true };
      continue;
    }
    const bound = rest.div(c);
    if (c.gt(0)) hi = hi === undefined || bound.lt(hi) ? bound : hi;
    else lo = lo === undefined || bound.gt(lo) ? bound : lo;
  }
  return { lo, hi, empty: lo !== undefined && hi !== undefined && lo.gt(hi) };
}

/** Corrections δ of the variables satisfying every linear identity, on each variable's grid. */
function linearPoint(vars: readonly Variable[], identities: readonly Identity[]): { deltas: Array<Dec | undefined>; oneSided: boolean[] } | undefined {
  const bands = bandsOf(vars, identities);
  if (!bands) return undefined;
  // stages[j]: inequalities over variables 0..j
  const stages: Ineq[][] = new Array(vars.length);
  let current = ineqsOf(bands);
  for (let j = vars.length - 1; j >= 0; j--) {
    stages[j] = current;
    if (j > 0) {
      const next = eliminate(current, j);
      if (!next) return undefined;
      current = next;
    }
  }
  const fixed: Dec[] = [];
  const free: boolean[] = [];
  const oneSided: boolean[] = [];
  for (let j = 0; j < vars.length; j++) {
    const b = boundsOf(stages[j]!, j, fixed);
    if (b.empty) return undefined;
    const p = gridPoint(b.lo, b.hi, unit(vars[j]!.term.decimals));
    if (!p) return undefined;
    // unbounded, or bounded on one side only (parts within their whole) with no change needed: no
    // linear identity asks for a value; a ratio may, and every identity is checked at that value
    free.push((b.lo === undefined || b.hi === undefined) && p.isZero());
    oneSided.push((b.lo === undefined) !== (b.hi === undefined));
    fixed.push(p);
  }
  return { deltas: fixed.map((d, j) => (free[j] ? undefined : d)), oneSided };
}

/**
 * Corrected values for the variables, or undefined when no correction of just these numbers makes
 * every identity that involves them hold. A share or growth rate that held with the printed amounts
 * was computed from them: when an amount is corrected, its percent is recomputed with it (`derived`),
 * not counted as another mistake.
 */
export function correct(vars: readonly Variable[], involved: readonly Identity[]): Map<string, Dec> | undefined {
  return correctWithDerived(vars, involved)?.values;
}

export interface Corrected {
  values: Map<string, Dec>;
  /** percents and rates recomputed from corrected amounts, by key, with their terms */
  derived: Map<string, { term: IdentityTerm; value: Dec }>;
}

export function correctWithDerived(vars: readonly Variable[], involved: readonly Identity[]): Corrected | undefined {
  const point = linearPoint(vars, involved);
  if (!point) return undefined;
  const { deltas } = point;
  const values = new Map<string, Dec>();
  vars.forEach((v, i) => {
    const d = deltas[i];
    if (d) values.set(v.key, new D(v.term.value).plus(d));
  });
  // A bound on one side only (parts within their whole) says how far a number must move at least,
  // not where it was: the value a failing ratio asks for is the better guess, when it keeps every
  // linear identity holding.
  vars.forEach((v, i) => {
    if (!point.oneSided[i] || deltas[i] === undefined) return;
    const ratio = involved.find((id) => !isLinear(id) && !holds(id) && id.terms.some((t) => termKey(t) === v.key));
    const term = ratio?.terms.find((t) => termKey(t) === v.key);
    const others = new Map([...values].filter(([k]) => k !== v.key));
    const asked = ratio && term ? solveRatio(withValues(ratio, others), term) : undefined;
    if (!asked) return;
    const tried = new Map([...values, [v.key, asked]]);
    if (involved.every((id) => !isLinear(id) || holds(id, tried))) values.set(v.key, asked);
  });
  // A number no linear identity binds takes the value its first failing ratio asks for.
  for (const v of vars) {
    if (values.has(v.key) || deltas[vars.indexOf(v)] !== undefined) continue;
    const ratio = involved.find((id) => !isLinear(id) && !holds(id, values) && id.terms.some((t) => termKey(t) === v.key));
    const term = ratio?.terms.find((t) => termKey(t) === v.key);
    // with the numbers already corrected in: the ratio must hold once every correction is made
    const solved = ratio && term ? solveRatio(withValues(ratio, values), term) : undefined;
    if (solved) values.set(v.key, solved);
  }
  // a correction that changes nothing corrects nothing
  if (vars.some((v) => !values.has(v.key) || values.get(v.key)!.eq(new D(v.term.value)))) return undefined;
  // an amount printed without a minus sign is not a negative amount misprinted
  if (vars.some((v) => !new D(v.term.value).isNegative() && values.get(v.key)!.isNegative())) return undefined;
  const derived = new Map<string, { term: IdentityTerm; value: Dec }>();
  for (const id of involved) {
    if (holds(id, values)) continue;
    if (isLinear(id) || !computedFrom(id, values)) return undefined;
    const ratio = id.terms.find((t) => t.role === 'percent' || t.role === 'rate');
    if (!ratio || values.has(termKey(ratio))) return undefined;
    const recomputed = solveRatio(withValues(id, values), ratio);
    if (!recomputed) return undefined;
    derived.set(termKey(ratio), { term: ratio, value: recomputed });
  }
  return { values, derived };
}

/**
 * Was the ratio's percent computed from the figures as printed, some of them wrong? It holds with
 * none, or only some, of the corrections to its amounts made: with a wrong whole printed and a
 * part misprinted later, the percent agrees with the part corrected and the whole as printed.
 * Correcting the whole then recomputes the percent, as for a ratio that held as printed.
 */
function computedFrom(id: Identity, values: ReadonlyMap<string, Dec>): boolean {
  const mine = [...new Set(id.terms.map(termKey))].filter((k) => values.has(k));
  for (let mask = 0; mask < 1 << mine.length; mask++) {
    if (mask === (1 << mine.length) - 1) continue;
    const some = new Map(mine.filter((_, i) => mask & (1 << i)).map((k) => [k, values.get(k)!]));
    if (holds(id, some)) return true;
  }
  return false;
}

/** The identity with corrected values printed in, for recomputing its ratio. */
function withValues(id: Identity, values: ReadonlyMap<string, Dec>): Identity {
  return { ...id, terms: id.terms.map((t) => (values.has(termKey(t)) ? { ...t, value: values.get(termKey(t))!.toFixed(t.decimals) } : t)) };
}
