import type { Release } from '../../src/model/release.js';
import type { AmountClaim, Claim, ChangeClaim, Percent } from '../../src/model/narrative.js';
import type { SourceAmount } from '../../src/model/primitives.js';
import type { Location } from '../../src/model/report.js';
import { inUnit, type Printed } from '../../src/engine/decimal.js';

/** Claim lookups shared by the narrative, share, year-over-year and counts rules. */

export function printedOf(a: SourceAmount | Percent): Printed {
  const p = { value: a.value, decimals: a.decimals };
  // amounts compare in 万元 whatever unit they are printed in (table cells resolve to 万元 too)
  return 'unit' in a ? inUnit(p, a.unit, '万元') : p;
}

/** Where a claim stands: the narrative line, and the figure as printed. */
export function claimLocation(c: Claim, value?: string): Location {
  return { line: c.line, row: c.quantity.label, value: value ?? claimValue(c) };
}

function claimValue(c: Claim): string | undefined {
  switch (c.type) {
    case 'amount':
      return c.amount.value;
    case 'share':
      return c.percent.value;
    case 'change':
      return c.amount?.value ?? c.rate?.value;
    case 'count':
      return c.value;
    case 'parity':
      return undefined;
  }
}

export function amountClaims(model: Release): AmountClaim[] {
  return model.narrative.claims.filter((c): c is AmountClaim => c.type === 'amount');
}

export function claimById(model: Release, id: string | undefined): Claim | undefined {
  return id === undefined ? undefined : model.narrative.claims.find((c) => c.id === id);
}

/**
 * The amount the narrative states for `key` as seen from `from`: the closest amount claim before it
 * in the same section, else the closest one anywhere in the narrative.
 */
export function statedAmount(model: Release, key: string, from: { line: number; section?: number }): AmountClaim | undefined {
  const same = amountClaims(model).filter((c) => c.quantity.key === key);
  const before = (c: AmountClaim) => c.line <= from.line;
  const inSection = same.filter((c) => from.section !== undefined && c.section === from.section);
  const pick = (list: AmountClaim[]) => {
    const prior = list.filter(before);
    if (prior.length > 0) return prior[prior.length - 1];
    return list[0];
  };
  return pick(inSection) ?? pick(same);
}

/** The current-year amount a change or parity claim speaks of. */
export function currentAmountOf(model: Release, c: ChangeClaim | Extract<Claim, { type: 'parity' }>): AmountClaim | undefined {
  const linked = claimById(model, c.currentClaimId);
  if (linked?.type === 'amount') return linked;
  return statedAmount(model, c.quantity.key, c);
}

export function budgetYear(model: Release): number | undefined {
  return model.meta.year?.value;
}
