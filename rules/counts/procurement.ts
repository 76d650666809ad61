import { defineRule } from '../../src/engine/rule.js';
import { checkSum, fmt, fmtInterval } from '../../src/engine/decimal.js';
import type { AmountClaim } from '../../src/model/narrative.js';
import { located, sumIdentity } from '../../src/engine/identity.js';
import { amountClaims, claimLocation, printedOf } from '../narrative/claims.js';

const PARTS = ['procurement.goods', 'procurement.works', 'procurement.services'] as const;

export const countsProcurement = defineRule({
  id: 'counts-procurement',
  family: 'counts',
  severity: 'error',
  title: { zh: '政府采购总额与分类不符', en: 'Procurement total differs from its parts' },
  docs: {
    zh: '政府采购预算总额须等于货物、工程、服务三类预算之和；差额在四舍五入区间内为尾差（提示）。',
    en: 'The government procurement total must equal goods + works + services; a difference within the rounding interval is a rounding tail (info).',
  },
  messages: {
    sum: {
      zh: '政府采购预算{total}万元，货物、工程、服务合计{sum}万元（{parts}），相差{difference}万元（区间{interval}）',
      en: 'procurement total {total}, goods + works + services = {sum} ({parts}); difference {difference} (interval {interval})',
    },
  },
  check(model, ctx) {
    const claims = amountClaims(model);
    const totals = claims.filter((c) => c.quantity.key === 'procurement.total');
    if (totals.length === 0) {
      ctx.skip({ zh: '情况说明未写明政府采购预算总额', en: 'the narrative states no government procurement total' });
      return;
    }
    for (const t of totals) {
      const parts: AmountClaim[] = [];
      for (const k of PARTS) {
        const p = claims.find((c) => c.quantity.key === k && c.section === t.section && c.line >= t.line);
        if (p) parts.push(p);
      }
      if (parts.length < PARTS.length) continue;
      const r = checkSum(printedOf(t.amount), parts.map((p) => printedOf(p.amount)));
      const identity = sumIdentity(located(printedOf(t.amount), claimLocation(t)), parts.map((p) => located(printedOf(p.amount), claimLocation(p))));
      if (r.verdict === 'exact') {
        ctx.observe?.(identity);
        continue;
      }
      const interval = fmtInterval(r.sumInterval);
      ctx.report({
        messageId: 'sum',
        severity: r.verdict === 'rounding' ? 'info' : undefined,
        data: { total: t.amount.value, sum: fmt(r.sum), parts: parts.map((p) => p.amount.value).join(' + '), difference: fmt(r.difference), interval },
        locations: [claimLocation(t), ...parts.map((p) => claimLocation(p))],
        expected: fmt(r.sum),
        actual: t.amount.value,
        difference: fmt(r.difference),
        interval,
        identities: [identity],
      });
    }
  },
});
