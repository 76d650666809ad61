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

function slack(items: readonly Printed[]): Dec {
  return items.reduce((s, p) => s.plus(halfUnit(p.decimals)), new D(0));
}

/** total = Σ parts, within the half units of every figure (checkSum). */
export function sumIdentity(total: Located, parts: readonly Located[]): Identity {
  return {
    relation: 'sum',
    terms: [term(total, '1'), ...parts.map((p) => term(p, '-1'))],
    slack: slack([total.printed, ...parts.map((p) => p.printed)]).toFixed(),
  };
}

/** a = b: identical with equal decimals, intervals meeting otherwise (checkSame). */
export function sameIdentity(a: Located, b: Located): Identity {
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
