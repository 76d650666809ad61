import { defineRule } from '../../src/engine/rule.js';
import { checkSame, checkSum, fmt, fmtInterval, type Printed } from '../../src/engine/decimal.js';
import type { Release } from '../../src/model/release.js';
import { UNRESOLVED_KEY, type ChangeClaim } from '../../src/model/narrative.js';
import type { Location } from '../../src/model/report.js';
import type { Identity } from '../../src/model/report.js';
import { located, sameIdentity, signedSumIdentity } from '../../src/engine/identity.js';
import type { Located } from '../../src/engine/query.js';
import { claimLocation, printedOf, statedAmount } from '../narrative/claims.js';
import { pushTo } from '../../src/group.js';

/** Pairs of quantities that are equal in a balanced budget: their changes must be equal too. */
const TWINS: ReadonlyArray<readonly [string, string]> = [
  ['income.total', 'expenditure.total'],
  ['income.current', 'expenditure.current'],
];

/** 三公 total and its parts: the total's change is the sum of the parts' changes. */
const THREE_PUBLIC_PARTS: ReadonlyArray<readonly string[]> = [
  ['threePublic.abroad', 'threePublic.vehicle', 'threePublic.reception'],
  ['threePublic.abroad', 'threePublic.vehicle.purchase', 'threePublic.vehicle.operation', 'threePublic.reception'],
];

interface Signed {
  printed: Printed;
  location: Location;
  /** the amount as printed (without its sign) where the change is stated, for the identity */
  term: Located & { negative: boolean };
}

/** A change as a signed amount; a 持平 is a change of zero. */
function signedChange(model: Release, key: string): Signed | undefined {
  const claim = model.narrative.claims.find(
    (x) => x.quantity.key === key && ((x.type === 'change' && x.amount !== undefined) || x.type === 'parity'),
  );
  if (!claim) return undefined;
  if (claim.type === 'parity') {
    const zero = { value: '0', decimals: 2 };
    return { printed: zero, location: claimLocation(claim, '0'), term: { ...located(zero, claimLocation(claim, '0')), negative: false } };
  }
  if (claim.type !== 'change' || !claim.amount) return undefined;
  const v = claim.direction === 'decrease' && !/^-/.test(claim.amount.value) ? `-${claim.amount.value}` : claim.amount.value;
  const term = { ...located(printedOf(claim.amount), claimLocation(claim, claim.amount.value)), negative: claim.direction === 'decrease' };
  return { printed: { value: v, decimals: claim.amount.decimals }, location: claimLocation(claim, v), term };
}

/** The same change stated twice: its amounts, or its rates, are one figure. */
function sameChangeIdentity(a: ChangeClaim, b: ChangeClaim, field: string): Identity[] {
  const pick = (c: ChangeClaim) => (field === 'amount' ? c.amount : field === 'rate' ? c.rate : undefined);
  const [x, y] = [pick(a), pick(b)];
  if (!x || !y) return [];
  return [sameIdentity(located(printedOf(x), claimLocation(a, x.value)), located(printedOf(y), claimLocation(b, y.value)))];
}

function sameChange(a: ChangeClaim, b: ChangeClaim): { field: string; a: string; b: string; difference?: string } | undefined {
  if (a.direction !== b.direction) return { field: 'direction', a: a.direction, b: b.direction };
  if (a.amount && b.amount) {
    const r = checkSame(printedOf(a.amount), printedOf(b.amount));
    if (r.verdict !== 'exact') return { field: 'amount', a: a.amount.value, b: b.amount.value, difference: fmt(r.difference.neg()) };
  }
  if (a.rate && b.rate) {
    const r = checkSame(printedOf(a.rate), printedOf(b.rate));
    if (r.verdict !== 'exact') return { field: 'rate', a: a.rate.value, b: b.rate.value, difference: fmt(r.difference.neg()) };
  }
  return undefined;
}

export const yoyRepeat = defineRule({
  id: 'yoy-repeat',
  family: 'year-over-year',
  severity: 'error',
  title: { zh: '同一变化前后表述不一致', en: 'One change stated differently twice' },
  docs: {
    zh: '同一数值的年度变化多处表述须一致；收入总计与支出总计相等时其变化也须相同；“三公”经费合计的变化须等于各项变化之和（持平计为0）。',
    en: 'The change of one quantity stated in several places must agree; when the income and expenditure totals are equal their changes must be equal; the change of the “three public” total must equal the sum of its parts’ changes (flat counts as 0).',
  },
  messages: {
    differs: {
      zh: '{label}的变化第{firstLine}行为{a}，第{line}行为{b}（{field}）',
      en: 'the change of {label} is {a} on line {firstLine} and {b} on line {line} ({field})',
    },
    twins: {
      zh: '{labelA}与{labelB}均为{amount}万元，但变化不同：{a}与{b}（{field}）',
      en: '{labelA} and {labelB} are both {amount} but their changes differ: {a} vs {b} ({field})',
    },
    threePublic: {
      zh: '“三公”经费合计变化{total}万元，各项变化之和为{sum}万元（{parts}），相差{difference}万元',
      en: 'the “three public” total changes by {total}, its parts by {sum} in all ({parts}); difference {difference}',
    },
  },
  check(model, ctx) {
    // changes of unnamed quantities are no one quantity's: coverage lists them, none is compared
    const changes = model.narrative.claims.filter((c): c is ChangeClaim => c.type === 'change' && c.quantity.key !== UNRESOLVED_KEY);
    const byKey = new Map<string, ChangeClaim[]>();
    for (const c of changes) pushTo(byKey, c.quantity.key, c);
    for (const list of byKey.values()) {
      const first = list[0]!;
      for (const c of list.slice(1)) {
        const d = sameChange(first, c);
        if (!d) continue;
        ctx.report({
          messageId: 'differs',
          data: { label: c.quantity.label, firstLine: first.line, line: c.line, a: d.a, b: d.b, field: d.field },
          locations: [claimLocation(first), claimLocation(c)],
          expected: d.field === 'direction' ? undefined : d.a,
          actual: d.field === 'direction' ? undefined : d.b,
          difference: d.difference,
          identities: sameChangeIdentity(first, c, d.field),
        });
      }
    }
    for (const [ka, kb] of TWINS) {
      const ca = byKey.get(ka)?.[0];
      const cb = byKey.get(kb)?.[0];
      if (!ca || !cb) continue;
      const aa = statedAmount(model, ka, ca);
      const ab = statedAmount(model, kb, cb);
      if (!aa || !ab || checkSame(printedOf(aa.amount), printedOf(ab.amount)).verdict !== 'exact') continue;
      const d = sameChange(ca, cb);
      if (!d) continue;
      ctx.report({
        messageId: 'twins',
        data: { labelA: ca.quantity.label, labelB: cb.quantity.label, amount: aa.amount.value, a: d.a, b: d.b, field: d.field },
        locations: [claimLocation(ca), claimLocation(cb)],
        expected: d.field === 'direction' ? undefined : d.a,
        actual: d.field === 'direction' ? undefined : d.b,
        difference: d.difference,
        identities: sameChangeIdentity(ca, cb, d.field),
      });
    }
    const total = signedChange(model, 'threePublic.total');
    if (!total) return;
    for (const keys of THREE_PUBLIC_PARTS) {
      const parts = keys.map((k) => signedChange(model, k));
      if (parts.some((p) => !p)) continue;
      const r = checkSum(total.printed, parts.map((p) => p!.printed));
      const identity = signedSumIdentity(total.term, parts.map((p) => p!.term));
      if (r.verdict === 'exact') ctx.observe?.(identity);
      else {
        ctx.report({
          messageId: 'threePublic',
          severity: r.verdict === 'rounding' ? 'info' : undefined,
          data: { total: total.printed.value, sum: fmt(r.sum), parts: parts.map((p) => p!.printed.value).join(' + '), difference: fmt(r.difference) },
          locations: [total.location, ...parts.map((p) => p!.location)],
          expected: fmt(r.sum),
          actual: total.printed.value,
          difference: fmt(r.difference),
          interval: fmtInterval(r.sumInterval),
          identities: [identity],
        });
      }
      return;
    }
  },
});
