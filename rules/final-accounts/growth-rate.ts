import { defineRule } from '../../src/engine/rule.js';
import { checkGrowth, dec, fmt, fmtInterval } from '../../src/engine/decimal.js';
import { growthIdentity } from '../../src/engine/identity.js';
import type { GrowthClaim } from '../../src/model/final-accounts.js';
import { claimLocated } from './shared.js';

export const faGrowthRate = defineRule({
  id: 'fa-growth-rate',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算说明增减率与增减额不符', en: 'Final accounts: growth rate does not match the change' },
  docs: {
    zh: '决算说明“X万元，比上年（决算数）增加A万元，增长B%”：上年数 = X − A（减少时 X + A），B = A ÷ 上年数 × 100，须在各金额四舍五入区间内可达；可达但不精确为尾差（提示）。',
    en: 'A 决算 narrative’s “X, up A on last year, B%”: last year = X − A (X + A for a decrease) and B = A / last year × 100, reachable within the amounts’ rounding intervals; reachable but not exact is a rounding tail (info).',
  },
  messages: {
    mismatch: {
      zh: '{label}{current}万元，{word}{change}万元，上年应为{last}万元，增减率应为{implied}%，说明印为{printed}%（可达区间{interval}）',
      en: '{label}: {current}, {word} {change}, puts last year at {last}, so the rate is {implied}%; the narrative prints {printed}% (reachable {interval})',
    },
    noBase: {
      zh: '{label}{current}万元，{word}{change}万元，上年数不为正，无法有{printed}%的增减率',
      en: '{label}: {current} and a change of {change} ({word}) leave no positive last-year amount for {printed}%',
    },
  },
  check(model, ctx) {
    const claims = (model.finalAccounts?.claims ?? []).filter((c): c is GrowthClaim => c.type === 'growth');
    if (!model.finalAccounts) return ctx.skip({ zh: '不是部门决算', en: 'not a final-accounts release' });
    for (const c of claims) {
      if (!c.rate) continue;
      if (!c.current) {
        ctx.partial({ zh: `第${c.line}行“${c.subject.label}”：未给出本年金额，增减率未核对`, en: `line ${c.line}, “${c.subject.label}”: no current amount, growth rate not checked` });
        continue;
      }
      const rate = claimLocated(c, c.rate);
      const change = claimLocated(c, c.amount);
      const current = claimLocated(c, c.current);
      const r = checkGrowth(rate.printed, change.printed, current.printed, c.direction);
      const identity = growthIdentity(rate, change, current, c.direction);
      if (r.verdict === 'exact') {
        ctx.observe?.(identity);
        continue;
      }
      const last = fmt(dec(c.current.value).plus(dec(c.amount.value).times(c.direction === 'increase' ? -1 : 1)));
      ctx.report({
        messageId: r.reachable ? 'mismatch' : 'noBase',
        severity: r.verdict === 'rounding' ? 'info' : undefined,
        data: {
          label: c.subject.label,
          current: c.current.value,
          word: c.amountWord,
          change: c.amount.value,
          last,
          implied: r.implied ? fmt(r.implied, c.rate.decimals) : '—',
          printed: c.rate.value,
          interval: r.reachable ? fmtInterval(r.reachable, c.rate.decimals + 2) : '—',
        },
        locations: [rate.location, current.location],
        ...(r.implied ? { expected: fmt(r.implied, c.rate.decimals), difference: fmt(r.printed.minus(r.implied.toDecimalPlaces(c.rate.decimals))) } : {}),
        actual: c.rate.value,
        ...(r.reachable ? { interval: fmtInterval(r.reachable, c.rate.decimals + 2) } : {}),
        identities: [identity],
      });
    }
  },
});

const UP = /增长|增加/;
const DOWN = /下降|降低|减少/;

export const faGrowthWords = defineRule({
  id: 'fa-growth-words',
  family: 'final-accounts',
  severity: 'warning',
  title: { zh: '决算说明增减用词前后矛盾', en: 'Final accounts: growth words contradict each other' },
  docs: {
    zh: '“增加A万元，增长B%”与“减少A万元，降低B%”：增减额与增减率的用词须同向。',
    en: '“up A, growth B%” and “down A, a fall of B%”: the change and the rate must use words of the same direction.',
  },
  messages: {
    contradict: { zh: '{label}：增减额写“{amountWord}”，增减率却写“{rateWord}”', en: '{label}: the change says “{amountWord}” but the rate says “{rateWord}”' },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip({ zh: '不是部门决算', en: 'not a final-accounts release' });
    for (const c of model.finalAccounts.claims) {
      if (c.type !== 'growth' || !c.rateWord || !c.rate) continue;
      const up = c.direction === 'increase';
      if ((up && DOWN.test(c.rateWord)) || (!up && UP.test(c.rateWord)))
        ctx.report({
          messageId: 'contradict',
          data: { label: c.subject.label, amountWord: c.amountWord, rateWord: c.rateWord },
          locations: [{ line: c.rate.line, row: c.subject.label, value: c.rate.raw }],
        });
    }
  },
});
