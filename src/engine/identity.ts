import type { Identity, IdentityTerm, Location } from '../model/report.js';
import { D, halfUnit, type Dec, type Printed } from './decimal.js';
import type { Located } from './query.js';

/**
 * Builders of the structured identities rules attach to what they check (src/model/report.ts), so
 * that the diagnosis can tell which printed number, once corrected, makes the failing ones hold.
 * The slack is the rounding interval the verdict of src/engine/decimal.ts uses, written out.
 */

function term(l: Located, coefficient?: '1' | '-1', role?: IdentityTerm['role']): IdentityTerm {
  return {
    location: l.location,
    value: l.printed.value,
    decimals: l.printed.decimals,
    ...(coefficient ? { coefficient } : {}),
    ...(role ? { role } : {}),
  };
}

function negate(c: '1' | '-1'): '1' | '-1' {
  return c === '1' ? '-1' : '1';
}

/**
 * The printed numbers behind a figure with their coefficients: a subtotal printed blank is not a
 * number anyone printed, so a linear identity goes through the parts it was summed from (a wrong
 * part then breaks both the row and the column it is in, as a printed subtotal would).
 */
function leaves(l: Located, coefficient: '1' | '-1'): Array<{ located: Located; coefficient: '1' | '-1' }> {
  if (l.parts && l.parts.length > 0) return l.parts.flatMap((p) => leaves(p, coefficient));
  return [{ located: l, coefficient }];
}

function slack(items: readonly Printed[]): Dec {
  return items.reduce((s, p) => s.plus(halfUnit(p.decimals)), new D(0));
}

function expanded(figures: ReadonlyArray<{ located: Located; coefficient: '1' | '-1' }>): { terms: IdentityTerm[]; slack: Dec } {
  const all = figures.flatMap((f) => leaves(f.located, f.coefficient));
  return { terms: all.map((x) => term(x.located, x.coefficient)), slack: slack(all.map((x) => x.located.printed)) };
}

/** total = Σ parts, within the half units of every figure (checkSum). */
export function sumIdentity(total: Located, parts: readonly Located[]): Identity {
  const e = expanded([{ located: total, coefficient: '1' }, ...parts.map((p) => ({ located: p, coefficient: '-1' as const }))]);
  return { relation: 'sum', terms: e.terms, slack: e.slack.toFixed() };
}

/**
 * Σ ± figures = 0 for figures printed without their sign (a change stated as 减少A is −A): each
 * figure with `negative` enters with the opposite coefficient. Slack as for a sum.
 */
export function signedSumIdentity(total: Located & { negative?: boolean }, parts: ReadonlyArray<Located & { negative?: boolean }>): Identity {
  const c = (f: { negative?: boolean }, base: '1' | '-1') => (f.negative ? negate(base) : base);
  const e = expanded([{ located: total, coefficient: c(total, '1') }, ...parts.map((p) => ({ located: p, coefficient: c(p, '-1') }))]);
  return { relation: 'sum', terms: e.terms, slack: e.slack.toFixed() };
}

/**
 * Σ parts ≤ whole: parts of one whole that do not overlap add up to no more than it, within the half
 * units of every figure (a part may be left unstated, so less is no error).
 */
export function withinIdentity(whole: Located, parts: readonly Located[]): Identity {
  const e = expanded([{ located: whole, coefficient: '-1' }, ...parts.map((p) => ({ located: p, coefficient: '1' as const }))]);
  return { relation: 'atMost', terms: e.terms, slack: e.slack.toFixed() };
}

/**
 * Shares of one whole against 100%: they add up to 100 (`exact`, a complete set) or to no more than
 * 100 (parts that do not overlap), within the half units of every printed percent.
 */
export function percentsIdentity(percents: readonly Located[], exact: boolean): Identity {
  return {
    relation: exact ? 'sum' : 'atMost',
    terms: percents.map((p) => term(p, '1')),
    constant: '-100',
    slack: slack(percents.map((p) => p.printed)).toFixed(),
  };
}

/** a = b: identical with equal decimals, intervals meeting otherwise (checkSame). */
export function sameIdentity(a: Located, b: Located): Identity {
  if (a.parts?.length || b.parts?.length) {
    const e = expanded([{ located: a, coefficient: '1' }, { located: b, coefficient: '-1' }]);
    return { relation: 'same', terms: e.terms, slack: e.slack.toFixed() };
  }
  const s = a.printed.decimals === b.printed.decimals ? '0' : slack([a.printed, b.printed]).toFixed();
  return { relation: 'same', terms: [term(a, '1'), term(b, '-1')], slack: s };
}

/** `占X%`: percent = part / whole × 100, within the intervals of all three (checkShare). */
export function shareIdentity(percent: Located, part: Located, whole: Located): Identity {
  return { relation: 'share', terms: [term(percent, undefined, 'percent'), term(part, undefined, 'part'), term(whole, undefined, 'whole')] };
}

/** `增加A，增长B%` (checkGrowth). */
export function growthIdentity(rate: Located, change: Located, current: Located, direction: 'increase' | 'decrease'): Identity {
  return {
    relation: 'growth',
    direction,
    terms: [term(rate, undefined, 'rate'), term(change, undefined, 'change'), term(current, undefined, 'current')],
  };
}

export function located(printed: Printed, location: Location): Located {
  return { printed, location };
}
