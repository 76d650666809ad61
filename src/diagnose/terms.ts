import { checkGrowth, checkShare, D, dec, type Dec, type Printed } from '../engine/decimal.js';
import type { Identity, IdentityTerm } from '../model/report.js';

/**
 * The printed numbers of a release as variables of its identities. A table cell is known by its
 * line, column and printed value: rules label rows and tables in their own words, but a cell's line,
 * column and value are the same whichever rule reads it. A narrative figure has no column: it is
 * known by its line, the quantity it states (every rule locates a claim by it) and its value, so
 * that `货物0万元、工程0万元` on one line are two numbers, not one.
 */
export function termKey(t: IdentityTerm): string {
  const l = t.location;
  const column = l.column ?? (l.table === undefined && l.row !== undefined ? `claim ${l.row}` : '');
  return [l.line, column, t.absent ? `absent ${l.table ?? ''} ${l.row ?? ''}` : t.value].join('|');
}

/** The key of a corrected number, as termKey gives it for the term the correction was made from. */
export function correctionKey(c: { location: IdentityTerm['location']; printed: string; absent?: boolean }): string {
  return termKey({ location: c.location, value: c.printed, decimals: 0, ...(c.absent ? { absent: true } : {}) });
}

/** Values some numbers would take after correction, by key. */
export type Overrides = ReadonlyMap<string, Dec>;

function valueOf(t: IdentityTerm, o: Overrides): Dec {
  return o.get(termKey(t)) ?? dec(t.value);
}

function printedOf(t: IdentityTerm, o: Overrides): Printed {
  const v = o.get(termKey(t));
  return { value: v ? v.toFixed(t.decimals) : t.value, decimals: t.decimals };
}

export function coefficientOf(t: IdentityTerm): Dec {
  return new D(t.coefficient ?? '1');
}

export function isLinear(id: Identity): boolean {
  return id.relation === 'sum' || id.relation === 'same' || id.relation === 'atMost';
}

/** Σ coefficient × value (+ constant) of a linear identity. */
export function residual(id: Identity, o: Overrides = new Map()): Dec {
  return id.terms.reduce((r, t) => r.plus(coefficientOf(t).times(valueOf(t, o))), dec(id.constant ?? '0'));
}

export function slackOf(id: Identity): Dec {
  return dec(id.slack ?? '0');
}

function byRole(id: Identity, role: IdentityTerm['role']): IdentityTerm | undefined {
  return id.terms.find((t) => t.role === role);
}

/** Does the identity hold, with some numbers corrected? The verdicts of src/engine/decimal.ts, rounding included. */
export function holds(id: Identity, o: Overrides = new Map()): boolean {
  if (id.relation === 'atMost') return residual(id, o).lte(slackOf(id));
  if (isLinear(id)) return residual(id, o).abs().lte(slackOf(id));
  if (id.relation === 'share') {
    const [p, a, w] = [byRole(id, 'percent'), byRole(id, 'part'), byRole(id, 'whole')];
    if (!p || !a || !w) return true;
    return checkShare(printedOf(p, o), printedOf(a, o), printedOf(w, o)).verdict !== 'error';
  }
  const [r, a, c] = [byRole(id, 'rate'), byRole(id, 'change'), byRole(id, 'current')];
  if (!r || !a || !c) return true;
  return checkGrowth(printedOf(r, o), printedOf(a, o), printedOf(c, o), id.direction ?? 'increase').verdict !== 'error';
}

/**
 * The value a ratio's term must take for the ratio to hold when the others stay as printed, rounded
 * to the term's decimals; undefined when no value does (a zero whole, a zero rate).
 */
export function solveRatio(id: Identity, target: IdentityTerm): Dec | undefined {
  const get = (role: IdentityTerm['role']) => {
    const t = byRole(id, role);
    return t ? dec(t.value) : undefined;
  };
  const round = (v: Dec) => v.toDecimalPlaces(target.decimals, D.ROUND_HALF_UP);
  const hundred = new D(100);
  if (id.relation === 'share') {
    const [p, a, w] = [get('percent'), get('part'), get('whole')];
    if (!p || !a || !w) return undefined;
    if (target.role === 'percent') return w.isZero() ? undefined : round(a.div(w).times(hundred));
    if (target.role === 'part') return round(w.times(p).div(hundred));
    return p.isZero() ? undefined : round(a.times(hundred).div(p));
  }
  const [b, a, c] = [get('rate'), get('change'), get('current')];
  if (!b || !a || !c) return undefined;
  const up = id.direction !== 'decrease';
  if (target.role === 'rate') {
    const last = up ? c.minus(a) : c.plus(a);
    return last.lte(0) ? undefined : round(a.div(last).times(hundred));
  }
  if (target.role === 'change') {
    const den = up ? hundred.plus(b) : hundred.minus(b);
    return den.lte(0) ? undefined : round(b.times(c).div(den));
  }
  if (b.isZero()) return undefined;
  const last = a.times(hundred).div(b);
  return round(up ? last.plus(a) : last.minus(a));
}
