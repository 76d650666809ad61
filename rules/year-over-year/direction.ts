import { defineRule } from '../../src/engine/rule.js';
import type { ChangeClaim, ParityClaim } from '../../src/model/narrative.js';
import { claimLocation, printedOf } from '../narrative/claims.js';
import { located, sumIdentity } from '../../src/engine/identity.js';
import { isZero, wordSign } from './words.js';

export const yoyDirection = defineRule({
  id: 'yoy-direction',
  family: 'year-over-year',
  severity: 'error',
  title: { zh: '增减用词与方向矛盾', en: 'Growth words contradict the direction' },
  docs: {
    zh: '“增加”须配“增长”，“减少”须配“下降”；同一数值既称“持平”又称有增减为错误；增减额为零（“增加0.00万元”）应表述为“持平”（警告）。',
    en: '“增加” (up) pairs with “增长”, “减少” (down) with “下降”; a quantity stated both flat and changed is an error; a change of zero (“up 0.00”) should read “flat” (warning).',
  },
  messages: {
    clash: {
      zh: '{label}增减额用“{amountWord}”，增减率用“{rateWord}”，方向矛盾',
      en: '{label}: the change says “{amountWord}” but the rate says “{rateWord}”',
    },
    zero: {
      zh: '{label}{word}{amount}万元：变化为零，应表述为“持平”',
      en: '{label}: “{word} {amount}” is no change and should read “flat” (持平)',
    },
    parity: {
      zh: '{label}第{parityLine}行称与上年持平，第{line}行却称{word}{amount}万元',
      en: '{label} is stated flat on line {parityLine} but {word} {amount} on line {line}',
    },
  },
  check(model, ctx) {
    const changes = model.narrative.claims.filter((c): c is ChangeClaim => c.type === 'change');
    const parities = model.narrative.claims.filter((c): c is ParityClaim => c.type === 'parity');
    for (const c of changes) {
      const a = wordSign(c.amountWord);
      const r = wordSign(c.rateWord);
      if ((a === 'increase' && r === 'decrease') || (a === 'decrease' && r === 'increase')) {
        ctx.report({
          messageId: 'clash',
          data: { label: c.quantity.label, amountWord: c.amountWord ?? '', rateWord: c.rateWord ?? '' },
          locations: [claimLocation(c)],
        });
      }
      // `增加/减少0万元` is template residue, reported by hygiene-template; the zero change is the same slip.
      if (c.amount && isZero(c.amount.value) && a !== 'both') {
        ctx.report({
          messageId: 'zero',
          severity: 'warning',
          data: { label: c.quantity.label, word: c.amountWord ?? '', amount: c.amount.raw },
          locations: [claimLocation(c)],
          actual: c.amount.value,
        });
        // a zero change stated flat as well holds: a correction elsewhere must not make it non-zero
        if (parities.some((p) => p.quantity.key === c.quantity.key && p.section === c.section))
          ctx.observe?.(sumIdentity(located(printedOf(c.amount), claimLocation(c, c.amount.value)), []));
        continue;
      }
      const nonZero = c.amount !== undefined || (c.rate !== undefined && !isZero(c.rate.value));
      if (!nonZero) continue;
      const flat = parities.find((p) => p.quantity.key === c.quantity.key && p.section === c.section);
      if (flat) {
        // 持平 states a change of zero: the amount, as printed, must round to nothing (the diagnosis
        // can then name it; a rate stated with it is checked by yoy-rate)
        const amount = c.amount ? located(printedOf(c.amount), claimLocation(c, c.amount.value)) : undefined;
        ctx.report({
          messageId: 'parity',
          data: { label: c.quantity.label, parityLine: flat.line, line: c.line, word: c.amountWord ?? '', amount: c.amount?.raw ?? `${c.rate?.raw ?? ''}` },
          locations: [claimLocation(flat), claimLocation(c)],
          actual: c.amount?.value ?? c.rate?.value,
          expected: '0',
          ...(amount ? { identities: [sumIdentity(amount, [])] } : {}),
        });
      }
    }
  },
});
