import { defineRule } from '../../src/engine/rule.js';
import type { CountClaim } from '../../src/model/narrative.js';
import { claimLocation } from '../narrative/claims.js';

const KINDS = ['vehicles.official', 'vehicles.enforcement', 'vehicles.special', 'vehicles.other'] as const;

export const countsVehicles = defineRule({
  id: 'counts-vehicles',
  family: 'counts',
  severity: 'error',
  title: { zh: '车辆总数与分类数不符', en: 'Vehicle total differs from the kinds' },
  docs: {
    zh: '国有资产占用情况中“共有车辆N辆”须等于一般公务用车、一般执法执勤用车、特种专业技术用车、其他用车之和；只列出部分类别时，各类之和不得超过总数。',
    en: 'In the state assets paragraph the vehicle total must equal official + enforcement + special + other vehicles; when only some kinds are listed, their sum must not exceed the total.',
  },
  messages: {
    sum: {
      zh: '共有车辆{total}辆，各类合计{sum}辆（{parts}）',
      en: '{total} vehicles in all, but the kinds add up to {sum} ({parts})',
    },
  },
  check(model, ctx) {
    const counts = model.narrative.claims.filter((c): c is CountClaim => c.type === 'count');
    const totals = counts.filter((c) => c.quantity.key === 'vehicles.total');
    if (totals.length === 0) {
      ctx.skip({ zh: '情况说明未写明车辆总数（“共有车辆X辆”）', en: 'the narrative states no vehicle total (“共有车辆X辆”)' });
      return;
    }
    for (const t of totals) {
      // The kinds listed after this total, in its section, before the next total.
      const next = totals.find((x) => x.line > t.line)?.line ?? Infinity;
      const parts: CountClaim[] = [];
      for (const k of KINDS) {
        const p = counts.find((c) => c.quantity.key === k && c.section === t.section && c.line >= t.line && c.line < next);
        if (p) parts.push(p);
      }
      if (parts.length === 0) continue;
      const total = parseInt(t.value, 10);
      const sum = parts.reduce((acc, p) => acc + parseInt(p.value, 10), 0);
      const complete = parts.length === KINDS.length;
      if (sum === total || (!complete && sum < total)) continue;
      ctx.report({
        messageId: 'sum',
        data: { total, sum, parts: parts.map((p) => `${p.quantity.label} ${p.value}`).join(' + ') },
        locations: [claimLocation(t), ...parts.map((p) => claimLocation(p))],
        expected: String(sum),
        actual: String(total),
        difference: String(total - sum),
      });
    }
  },
});
