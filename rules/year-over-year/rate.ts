import { defineRule } from '../../src/engine/rule.js';
import { checkGrowth, dec, fmt, fmtInterval, type Printed } from '../../src/engine/decimal.js';
import { resolveQuantity } from '../../src/facts/resolve.js';
import type { Lang, Text } from '../../src/engine/rule.js';
import type { ChangeClaim } from '../../src/model/narrative.js';
import type { Location } from '../../src/model/report.js';
import { claimLocation, currentAmountOf, printedOf } from '../narrative/claims.js';
import { isZero } from './words.js';
import { growthIdentity, located } from '../../src/engine/identity.js';

export const yoyRate = defineRule({
  id: 'yoy-rate',
  family: 'year-over-year',
  severity: 'error',
  title: { zh: '增减率与增减额不符', en: 'Growth rate does not match the change' },
  docs: {
    zh: '“比上年增加A万元，增长B%”意味着上年数 = 本年数 − A，B = A ÷（本年数 − A）× 100；减少时上年数 = 本年数 + A。B须在各金额四舍五入区间内可达，精确不等但可达为尾差（提示）。',
    en: '“up A, B%” means last year = current − A and B = A / (current − A) × 100; for a decrease last year = current + A. B must be reachable within the amounts’ rounding intervals; reachable but not exact is a rounding tail (info).',
  },
  messages: {
    mismatch: {
      zh: '{label}本年{current}万元，{word}{change}万元，上年应为{last}万元，增减率应为{implied}%，说明印为{printed}%（可达区间{interval}）',
      en: '{label}: current {current}, change {change} ({word}) puts last year at {last}, so the rate is {implied}%; the narrative prints {printed}% (reachable {interval})',
    },
    noBase: {
      zh: '{label}本年{current}万元，{word}{change}万元，上年数不为正，无法有{printed}%的增减率',
      en: '{label}: current {current} and a change of {change} ({word}) leave no positive last-year amount for a rate of {printed}%',
    },
  },
  check(model, ctx) {
    const skipped: Text[] = [];
    for (const c of model.narrative.claims) {
      if (c.type !== 'change' || !c.amount || !c.rate) continue;
      if (isZero(c.amount.value) && isZero(c.rate.value)) continue;
      const current = currentOf(model, c, ctx.lang);
      if (!current) {
        skipped.push({
          zh: `第${c.line}行“${c.quantity.label}”：说明和附表均未给出本年金额`,
          en: `line ${c.line}, “${c.quantity.label}”: neither the narrative nor the tables give the current amount`,
        });
        continue;
      }
      const r = checkGrowth(printedOf(c.rate), printedOf(c.amount), current.printed, c.direction);
      const identity = growthIdentity(
        located(printedOf(c.rate), claimLocation(c, c.rate.value)),
        located(printedOf(c.amount), claimLocation(c, c.amount.value)),
        current,
        c.direction,
      );
      if (r.verdict === 'exact') {
        ctx.observe?.(identity);
        continue;
      }
      const sign = c.direction === 'increase' ? -1 : 1;
      const last = fmt(dec(current.printed.value).plus(dec(c.amount.value).times(sign)));
      const data = {
        label: c.quantity.label,
        current: current.printed.value,
        change: c.amount.raw,
        word: c.amountWord ?? c.direction,
        last,
        implied: r.implied ? fmt(r.implied, c.rate.decimals) : '—',
        printed: c.rate.value,
        interval: r.reachable ? fmtInterval(r.reachable, c.rate.decimals + 2) : '—',
      };
      ctx.report({
        messageId: r.reachable ? 'mismatch' : 'noBase',
        severity: r.verdict === 'rounding' ? 'info' : undefined,
        data,
        locations: [claimLocation(c, c.rate.value), current.location],
        expected: r.implied ? fmt(r.implied, c.rate.decimals) : undefined,
        actual: c.rate.value,
        difference: r.implied ? fmt(r.printed.minus(r.implied.toDecimalPlaces(c.rate.decimals))) : undefined,
        interval: r.reachable ? data.interval : undefined,
        identities: [identity],
      });
    }
    if (skipped.length > 0)
      ctx.partial({
        zh: `以下增减率缺少本年金额，未能核对：${skipped.map((s) => s.zh).join('；')}`,
        en: `growth rates not checked for want of a current amount: ${skipped.map((s) => s.en).join('; ')}`,
      });
  },
});

function currentOf(model: Parameters<typeof currentAmountOf>[0], c: ChangeClaim, lang: Lang): { printed: Printed; location: Location } | undefined {
  const stated = currentAmountOf(model, c);
  if (stated) {
    const printed = printedOf(stated.amount);
    // the template prints "0万元" for none at all: a bare 0 is exact, not 0 ± 0.5
    const none = isZero(printed.value) && stated.amount.decimals === 0 && c.amount ? { ...printed, decimals: Math.max(c.amount.decimals, 2) } : printed;
    return { printed: none, location: claimLocation(stated) };
  }
  const cell = resolveQuantity(model, c.quantity.key, lang).values.find((v) => v.kind === 'cell');
  if (cell?.kind === 'cell') return { printed: cell.printed, location: cell.location };
  return undefined;
}
