import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { checkSum, dec, fmt, fmtInterval, intervalOf, sumIntervals } from '../../src/engine/decimal.js';
import { located, percentsIdentity, withinIdentity } from '../../src/engine/identity.js';
import type { Located } from '../../src/engine/query.js';
import type { ShareClaim } from '../../src/model/narrative.js';
import { claimLocation, printedOf } from '../narrative/claims.js';
import { operand, shareClaims } from './amount.js';

/**
 * The breakdown a part belongs to: parts of one breakdown do not overlap (基本/项目, the function
 * classes, 人员/公用经费), so their amounts add up to no more than the whole and their shares to no
 * more than 100%. Parts of different breakdowns of one whole (基本支出 beside 一般公共服务) overlap.
 */
function breakdownOf(key: string): string | undefined {
  const split = /^(.+)\.(basic|project)$/.exec(key);
  if (split) return `${split[1]} split`;
  const cls = /^(\w+)\.class\.\d{3}$/.exec(key);
  if (cls) return `${cls[1]} class`;
  const econ = /^(.+\.basic)\.(personnel|public)$/.exec(key);
  if (econ) return `${econ[1]} economic`;
  return undefined;
}

interface Stated {
  claim: ShareClaim;
  part: Located;
}

/**
 * A set of shares that does not account for its whole (a part left unstated) may not exceed it
 * either: within each breakdown, the parts add up to no more than the whole and the shares to no
 * more than 100%, each within the rounding of every figure.
 */
function checkWithin(ctx: RuleContext, label: string, whole: Located, stated: readonly Stated[]): void {
  const byBreakdown = new Map<string, Stated[]>();
  for (const s of stated) {
    const b = breakdownOf(s.claim.quantity.key);
    if (b) byBreakdown.set(b, [...(byBreakdown.get(b) ?? []), s]);
  }
  for (const set of byBreakdown.values()) {
    if (set.length < 2 || new Set(set.map((s) => s.claim.quantity.key)).size < set.length) continue;
    const amounts = withinIdentity(whole, set.map((s) => s.part));
    const percents = set.map((s) => located(printedOf(s.claim.percent), claimLocation(s.claim)));
    const shares = percentsIdentity(percents, false);
    const locations = set.map((s) => claimLocation(s.claim));
    // within the rounding of every figure: the parts at their least, the whole at its most
    if (sumIntervals(set.map((s) => intervalOf(s.part.printed))).lo.lte(intervalOf(whole.printed).hi)) ctx.observe?.(amounts);
    else {
      const sum = set.reduce((acc, s) => acc.plus(s.part.printed.value), dec('0'));
      ctx.report({
        messageId: 'partsExceed',
        data: { whole: label, wholeValue: whole.printed.value, parts: set.map((s) => s.part.printed.value).join(' + '), sum: fmt(sum) },
        locations: [...set.map((s) => s.part.location), whole.location],
        expected: whole.printed.value,
        actual: fmt(sum),
        difference: fmt(sum.minus(whole.printed.value)),
        identities: [amounts],
      });
    }
    const interval = sumIntervals(percents.map((p) => intervalOf(p.printed)));
    if (interval.lo.lte(100)) ctx.observe?.(shares);
    else {
      const sum = percents.reduce((acc, p) => acc.plus(p.printed.value), dec('0'));
      ctx.report({
        messageId: 'percentsExceed',
        data: { whole: label, percents: percents.map((p) => `${p.printed.value}%`).join(' + '), sum: fmt(sum), interval: fmtInterval(interval, 3) },
        locations,
        expected: '100',
        actual: fmt(sum),
        difference: fmt(sum.minus(100)),
        interval: fmtInterval(interval, 3),
        identities: [shares],
      });
    }
  }
}

/**
 * Shares of one whole stated together (one section, one whole) form a set. The set must sum to 100%
 * only when it is complete: the parts' amounts add up to the whole (else a part is simply unlisted,
 * and the parts of each breakdown may only not exceed the whole).
 */
export const shareSum = defineRule({
  id: 'share-sum',
  family: 'share',
  severity: 'error',
  title: { zh: '占比合计不为100%', en: 'Shares of one whole do not add up to 100%' },
  docs: {
    zh: '同一整体的各部分金额相加等于整体时，其“占X%”之和的区间（每个百分数±半个末位单位）必须包含100%；印出之和不为100但区间包含100为尾差（提示）。各部分未列全时，同一口径下互不重叠的部分（基本/项目支出、各功能分类、人员/公用经费）金额之和不得大于整体、占比之和不得超过100%（均按四舍五入区间）。',
    en: 'When the parts’ amounts add up to the whole, the interval of their printed shares (each ± half a unit of its last decimal) must contain 100%; a printed sum other than 100 whose interval contains 100 is a rounding tail (info). When some part is not stated, the parts of one breakdown that do not overlap (basic/project, the function classes, personnel/public) may add up to no more than the whole, and their shares to no more than 100% (within the rounding intervals).',
  },
  messages: {
    sum: {
      zh: '{whole}的各部分占比{percents}合计{sum}%，不是100%（区间{interval}）',
      en: 'the shares of {whole} {percents} add up to {sum}%, not 100% (interval {interval})',
    },
    partsExceed: {
      zh: '{whole}的各部分金额{parts}合计{sum}万元，大于整体{wholeValue}万元',
      en: 'the parts of {whole} {parts} add up to {sum}, more than the whole {wholeValue}',
    },
    percentsExceed: {
      zh: '{whole}的各部分占比{percents}合计{sum}%，超过100%（区间{interval}）',
      en: 'the shares of {whole} {percents} add up to {sum}%, more than 100% (interval {interval})',
    },
  },
  check(model, ctx) {
    const sets = new Map<string, ShareClaim[]>();
    for (const c of shareClaims(model)) {
      const k = `${c.section ?? ''}|${c.whole.key}`;
      const list = sets.get(k);
      if (list) list.push(c);
      else sets.set(k, [c]);
    }
    for (const set of sets.values()) {
      if (set.length < 2) continue;
      const first = set[0]!;
      const whole = operand(model, first.whole.key, first, undefined, ctx.lang);
      const parts = set.map((c) => operand(model, c.quantity.key, c, c.amountClaimId, ctx.lang));
      if (!whole || parts.some((p) => !p)) continue;
      const stated = set.map((claim, i) => ({ claim, part: parts[i]! }));
      // Complete only if the parts' amounts account for the whole.
      if (checkSum(whole.printed, parts.map((p) => p!.printed)).verdict === 'error') {
        checkWithin(ctx, first.whole.label, whole, stated);
        continue;
      }
      const percents = set.map((c) => located(printedOf(c.percent), claimLocation(c)));
      const identity = percentsIdentity(percents, true);
      const interval = sumIntervals(set.map((c) => intervalOf(printedOf(c.percent))));
      const hundred = dec('100');
      const sum = set.reduce((acc, c) => acc.plus(c.percent.value), dec('0'));
      if (sum.eq(hundred)) {
        ctx.observe?.(identity);
        continue;
      }
      const inside = interval.lo.lte(hundred) && interval.hi.gte(hundred);
      const shown = fmtInterval(interval, 3);
      ctx.report({
        messageId: 'sum',
        severity: inside ? 'info' : undefined,
        data: { whole: first.whole.label, percents: set.map((c) => `${c.percent.value}%`).join(' + '), sum: fmt(sum), interval: shown },
        locations: set.map((c) => claimLocation(c)),
        expected: '100',
        actual: fmt(sum),
        difference: fmt(sum.minus(hundred)),
        interval: shown,
        identities: [identity],
      });
    }
  },
});
