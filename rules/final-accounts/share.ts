import { defineRule } from '../../src/engine/rule.js';
import { checkShare, dec, fmt, fmtInterval } from '../../src/engine/decimal.js';
import { shareIdentity } from '../../src/engine/identity.js';
import type { FinalShareClaim } from '../../src/model/final-accounts.js';
import type { Located } from '../../src/engine/query.js';
import type { Release } from '../../src/model/release.js';
import { claimLocated } from './shared.js';
import { subjectValue } from './resolve.js';

/** The whole of a share as a printed figure: the amount the paragraph states, else its table line. */
function wholeLocated(model: Release, c: FinalShareClaim): Located | undefined {
  const w = c.whole;
  if (!w) return undefined;
  if (w.amount) {
    const l = claimLocated(c, w.amount);
    return { ...l, location: { ...l.location, row: w.label } };
  }
  return w.key ? subjectValue(model, w.key, 'final') : undefined;
}

export const faShare = defineRule({
  id: 'fa-share',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算说明占比与金额不符', en: 'Final accounts: a share does not match its amounts' },
  docs: {
    zh: '“A万元，占B%”意味着 B = A ÷ 总额 × 100，须在两金额四舍五入区间内可达。总额为本段“其中”“主要用于”之前的金额，或“占……的”所指的本段金额；本段未列总额时取其所指的决算表数（如“三公”经费取公开09表决算数合计）。可达但不精确为尾差（提示）。',
    en: '“A, B% of it” means B = A / whole × 100, reachable within both amounts’ rounding intervals. The whole is the paragraph’s amount before 其中 / 主要用于, or the amount the words after 占 name; where the paragraph states none, the table line they name (the 三公 total of table 09). Reachable but not exact is a rounding tail (info).',
  },
  messages: {
    mismatch: {
      zh: '{label}{part}万元 ÷ {whole}{total}万元 = {implied}%，说明印为占{printed}%（可达区间{interval}）',
      en: '{label} {part} / {whole} {total} = {implied}%; the narrative prints {printed}% (reachable {interval})',
    },
    zeroWhole: {
      zh: '{whole}为0，{label}不能占{printed}%',
      en: '{whole} is 0, so {label} cannot be {printed}% of it',
    },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip({ zh: '不是部门决算', en: 'not a final-accounts release' });
    for (const c of model.finalAccounts.claims) {
      if (c.type !== 'share') continue;
      const whole = wholeLocated(model, c);
      if (!whole) {
        ctx.partial({ zh: `第${c.line}行“${c.subject.label}”：未找到占比的总额，未核对`, en: `line ${c.line}, “${c.subject.label}”: no whole for the share, not checked` });
        continue;
      }
      const rate = claimLocated(c, c.rate);
      const part = claimLocated(c, c.part);
      const wholeLabel = c.whole!.label;
      if (dec(whole.printed.value).isZero()) {
        ctx.report({ messageId: 'zeroWhole', data: { label: c.subject.label, whole: wholeLabel, printed: c.rate.value }, locations: [rate.location, whole.location] });
        continue;
      }
      const r = checkShare(rate.printed, part.printed, whole.printed);
      const identity = shareIdentity(rate, part, whole);
      if (r.verdict === 'exact') {
        ctx.observe?.(identity);
        continue;
      }
      const interval = r.reachable ? fmtInterval(r.reachable, c.rate.decimals + 2) : '—';
      ctx.report({
        messageId: 'mismatch',
        severity: r.verdict === 'rounding' ? 'info' : undefined,
        data: {
          label: c.subject.label,
          part: c.part.value,
          whole: wholeLabel,
          total: whole.printed.value,
          implied: r.implied ? fmt(r.implied, c.rate.decimals) : '—',
          printed: c.rate.value,
          interval,
        },
        locations: [rate.location, ...(whole.location.line !== rate.location.line ? [whole.location] : [])],
        ...(r.implied ? { expected: fmt(r.implied, c.rate.decimals) } : {}),
        actual: c.rate.value,
        interval,
        identities: [identity],
      });
    }
  },
});
