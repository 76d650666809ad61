import { defineRule } from '../../src/engine/rule.js';
import { checkSum, dec, fmt, fmtInterval, intervalOf, sumIntervals } from '../../src/engine/decimal.js';
import type { ShareClaim } from '../../src/model/narrative.js';
import { claimLocation, printedOf } from '../narrative/claims.js';
import { operand, shareClaims } from './amount.js';

/**
 * Shares of one whole stated together (one section, one whole) form a set. The set must sum to 100%
 * only when it is complete: the parts' amounts add up to the whole (else a part is simply unlisted).
 */
export const shareSum = defineRule({
  id: 'share-sum',
  family: 'share',
  severity: 'error',
  title: { zh: '占比合计不为100%', en: 'Shares of one whole do not add up to 100%' },
  docs: {
    zh: '同一整体的各部分金额相加等于整体时，其“占X%”之和的区间（每个百分数±半个末位单位）必须包含100%；印出之和不为100但区间包含100为尾差（提示）。',
    en: 'When the parts’ amounts add up to the whole, the interval of their printed shares (each ± half a unit of its last decimal) must contain 100%; a printed sum other than 100 whose interval contains 100 is a rounding tail (info).',
  },
  messages: {
    sum: {
      zh: '{whole}的各部分占比{percents}合计{sum}%，不是100%（区间{interval}）',
      en: 'the shares of {whole} {percents} add up to {sum}%, not 100% (interval {interval})',
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
      // Complete only if the parts' amounts account for the whole.
      if (checkSum(whole.printed, parts.map((p) => p!.printed)).verdict === 'error') continue;
      const interval = sumIntervals(set.map((c) => intervalOf(printedOf(c.percent))));
      const hundred = dec('100');
      const sum = set.reduce((acc, c) => acc.plus(c.percent.value), dec('0'));
      if (sum.eq(hundred)) continue;
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
      });
    }
  },
});
