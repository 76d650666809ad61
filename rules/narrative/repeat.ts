import { defineRule } from '../../src/engine/rule.js';
import { checkSame, fmt, fmtInterval, intervalOf } from '../../src/engine/decimal.js';
import { UNRESOLVED_KEY, type AmountClaim, type CountClaim } from '../../src/model/narrative.js';
import { claimLocation, printedOf } from './claims.js';

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export const narrativeRepeat = defineRule({
  id: 'narrative-repeat',
  family: 'narrative',
  severity: 'error',
  title: { zh: '说明中同一数值前后不一致', en: 'The narrative states one quantity twice, differently' },
  docs: {
    zh: '情况说明多处提到同一数值（如支出合计在第三、五部分，基本支出在第三、六部分，车辆数）时，各处必须一致。',
    en: 'When the narrative states one quantity in several places (the expenditure total in sections 3 and 5, basic spending in 3 and 6, vehicle counts), every statement must agree.',
  },
  messages: {
    amount: {
      zh: '{label}在第{firstLine}行为{first}万元，在第{line}行为{value}万元，相差{difference}万元',
      en: '{label} is {first} on line {firstLine} and {value} on line {line}; difference {difference}',
    },
    count: {
      zh: '{label}在第{firstLine}行为{first}，在第{line}行为{value}',
      en: '{label} is {first} on line {firstLine} and {value} on line {line}',
    },
  },
  check(model, ctx) {
    // claims whose quantity was not named are no one quantity: coverage lists them, none is compared
    const named = model.narrative.claims.filter((c) => c.quantity.key !== UNRESOLVED_KEY);
    const amounts = named.filter((c): c is AmountClaim => c.type === 'amount');
    for (const list of groupBy(amounts, (c) => c.quantity.key).values()) {
      const first = list[0]!;
      for (const c of list.slice(1)) {
        const r = checkSame(printedOf(first.amount), printedOf(c.amount));
        if (r.verdict === 'exact') continue;
        ctx.report({
          messageId: 'amount',
          severity: r.verdict === 'rounding' ? 'info' : undefined,
          data: { label: c.quantity.label, first: first.amount.raw, firstLine: first.line, value: c.amount.raw, line: c.line, difference: fmt(r.difference.neg()) },
          locations: [claimLocation(first), claimLocation(c)],
          expected: first.amount.value,
          actual: c.amount.value,
          difference: fmt(r.difference.neg()),
          interval: fmtInterval(intervalOf(printedOf(first.amount))),
        });
      }
    }
    const counts = named.filter((c): c is CountClaim => c.type === 'count');
    for (const list of groupBy(counts, (c) => c.quantity.key).values()) {
      const first = list[0]!;
      for (const c of list.slice(1)) {
        if (parseInt(c.value, 10) === parseInt(first.value, 10)) continue;
        ctx.report({
          messageId: 'count',
          data: { label: c.quantity.label, first: first.value, firstLine: first.line, value: c.value, line: c.line },
          locations: [claimLocation(first), claimLocation(c)],
          expected: first.value,
          actual: c.value,
          difference: String(parseInt(c.value, 10) - parseInt(first.value, 10)),
        });
      }
    }
  },
});
