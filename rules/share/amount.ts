import { defineRule } from '../../src/engine/rule.js';
import { checkShare, fmt, fmtInterval, type Printed } from '../../src/engine/decimal.js';
import { resolveQuantity } from '../../src/facts/resolve.js';
import type { Lang, Text } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { UNRESOLVED_KEY, type ShareClaim } from '../../src/model/narrative.js';
import type { Location } from '../../src/model/report.js';
import { claimById, claimLocation, printedOf, statedAmount } from '../narrative/claims.js';
import { located, shareIdentity } from '../../src/engine/identity.js';

interface Operand {
  printed: Printed;
  location: Location;
}

/** An amount for a share: stated in the narrative (the clause's own amount first), else a table cell. */
export function operand(model: Release, key: string, from: ShareClaim, linkedId?: string, lang: Lang = 'zh'): Operand | undefined {
  const linked = claimById(model, linkedId);
  if (linked?.type === 'amount') return { printed: printedOf(linked.amount), location: claimLocation(linked) };
  const stated = statedAmount(model, key, from);
  if (stated) return { printed: printedOf(stated.amount), location: claimLocation(stated) };
  const cell = resolveQuantity(model, key, lang).values.find((v) => v.kind === 'cell');
  if (cell?.kind === 'cell') return { printed: cell.printed, location: cell.location };
  return undefined;
}

export function shareClaims(model: Release): ShareClaim[] {
  return model.narrative.claims.filter((c): c is ShareClaim => c.type === 'share');
}

export const shareAmount = defineRule({
  id: 'share-amount',
  family: 'share',
  severity: 'error',
  title: { zh: '占比与金额不符', en: 'Share does not match the amounts' },
  docs: {
    zh: '“占X%”须是所述金额与其整体之比按两位小数四舍五入的结果；在金额的四舍五入区间内可达为尾差（提示），否则为错误。',
    en: 'A printed “X%” must be the rounding of the part over the whole; reachable only within the amounts’ rounding intervals it is a rounding tail (info), otherwise an error.',
  },
  messages: {
    mismatch: {
      zh: '{label}{part}万元占{whole}万元（{wholeLabel}）应为{implied}%，说明印为{printed}%（可达区间{interval}）',
      en: '{label} {part} of {whole} ({wholeLabel}) is {implied}%, the narrative prints {printed}% (reachable {interval})',
    },
  },
  check(model, ctx) {
    const skipped: Text[] = [];
    for (const c of shareClaims(model)) {
      // a share of an unnamed part has no amount of its own to take (coverage lists it as unresolved)
      if (c.quantity.key === UNRESOLVED_KEY) {
        skipped.push({ zh: `第${c.line}行${c.percent.raw}%：未能确定是哪一项的占比`, en: `line ${c.line}, ${c.percent.raw}%: the part it is a share of is not named` });
        continue;
      }
      const part = operand(model, c.quantity.key, c, c.amountClaimId, ctx.lang);
      const whole = operand(model, c.whole.key, c, undefined, ctx.lang);
      if (!part || !whole) {
        const missing = !part ? c.quantity.label : c.whole.label;
        skipped.push({
          zh: `第${c.line}行“${c.quantity.label}”占“${c.whole.label}”${c.percent.raw}：说明和附表均未给出“${missing}”的金额`,
          en: `line ${c.line}, “${c.quantity.label}” as ${c.percent.raw} of “${c.whole.label}”: neither the narrative nor the tables give the amount of “${missing}”`,
        });
        continue;
      }
      const r = checkShare(printedOf(c.percent), part.printed, whole.printed);
      const identity = shareIdentity(located(printedOf(c.percent), claimLocation(c)), part, whole);
      if (r.verdict === 'exact') {
        ctx.observe?.(identity);
        continue;
      }
      const implied = r.implied ? fmt(r.implied, c.percent.decimals) : '—';
      const interval = r.reachable ? fmtInterval(r.reachable, c.percent.decimals + 2) : '—';
      ctx.report({
        messageId: 'mismatch',
        severity: r.verdict === 'rounding' ? 'info' : undefined,
        data: {
          label: c.quantity.label,
          part: part.printed.value,
          whole: whole.printed.value,
          wholeLabel: c.whole.label,
          implied,
          printed: c.percent.value,
          interval,
        },
        locations: [claimLocation(c), part.location, whole.location],
        expected: r.implied ? implied : undefined,
        actual: c.percent.value,
        difference: r.implied ? fmt(r.printed.minus(r.implied.toDecimalPlaces(c.percent.decimals))) : undefined,
        interval,
        identities: [identity],
      });
    }
    if (skipped.length > 0)
      ctx.partial({
        zh: `以下占比缺少金额，未能核对：${skipped.map((s) => s.zh).join('；')}`,
        en: `shares not checked for want of an amount: ${skipped.map((s) => s.en).join('; ')}`,
      });
  },
});
