import { defineRule } from '../../src/engine/rule.js';
import type { ChangeClaim, ParityClaim } from '../../src/model/narrative.js';
import { budgetYear, claimLocation } from '../narrative/claims.js';
import { NO_BUDGET_YEAR } from '../skip-reasons.js';

export const yoyBaseYear = defineRule({
  id: 'yoy-base-year',
  family: 'year-over-year',
  severity: 'warning',
  title: { zh: '比较年度不是上一年', en: 'Comparison year is not the previous year' },
  docs: {
    zh: '年度对比须与预算年度的上一年比较（2026年预算比2025年）；比较其他年度多为沿用旧模板。',
    en: 'Year-over-year comparisons are with the year before the budget year (2026 against 2025); another year usually means an old template was reused.',
  },
  messages: {
    wrongYear: {
      zh: '{label}与{baseYear}年比较，预算年度为{year}年，应与{expected}年比较',
      en: '{label} is compared with {baseYear}; the budget year is {year}, so the comparison year should be {expected}',
    },
  },
  check(model, ctx) {
    const year = budgetYear(model);
    if (year === undefined) {
      ctx.skip(NO_BUDGET_YEAR);
      return;
    }
    for (const c of model.narrative.claims) {
      if (c.type !== 'change' && c.type !== 'parity') continue;
      const claim: ChangeClaim | ParityClaim = c;
      const base = claim.baseYear;
      if (!base || base.value === year - 1) continue;
      ctx.report({
        messageId: 'wrongYear',
        data: { label: c.quantity.label, baseYear: base.value, year, expected: year - 1 },
        locations: [{ ...claimLocation(c), line: base.line, value: String(base.value) }],
        expected: String(year - 1),
        actual: String(base.value),
        difference: String(base.value - (year - 1)),
      });
    }
  },
});
