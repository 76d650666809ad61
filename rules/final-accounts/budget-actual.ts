import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { checkSame, checkShare, dec, fmt, fmtInterval } from '../../src/engine/decimal.js';
import { sameIdentity, shareIdentity } from '../../src/engine/identity.js';
import type { Release } from '../../src/model/release.js';
import type { BudgetActualClaim, FinalClaim } from '../../src/model/final-accounts.js';
import type { SourceAmount } from '../../src/model/primitives.js';
import type { Located } from '../../src/engine/query.js';
import { claimLocated } from './shared.js';
import { subjectValue } from './resolve.js';

function budgetActualClaims(model: Release): BudgetActualClaim[] {
  return (model.finalAccounts?.claims ?? []).filter((c): c is BudgetActualClaim => c.type === 'budget-actual');
}

/** The budget a claim compares with: stated in the sentence, else the table's 预算数 (公开09表). */
export function budgetOf(model: Release, c: BudgetActualClaim): Located | undefined {
  if (c.budget) return claimLocated(c, c.budget);
  return c.subject.key ? subjectValue(model, c.subject.key, 'budget') : undefined;
}

const NOT_FINAL = { zh: '不是部门决算', en: 'not a final-accounts release' };

export const faCompletionRate = defineRule({
  id: 'fa-completion-rate',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '完成预算百分比与决算数、预算数不符', en: 'Completion rate does not match actual and budget' },
  docs: {
    zh: '“完成（年初）预算的Y%”意味着 Y = 决算数 ÷ 预算数 × 100，须在两金额四舍五入区间内可达；预算数未在句中给出时取公开09表的预算数。可达但不精确为尾差（提示）。',
    en: '“Y% of the (initial) budget” means Y = actual / budget × 100, reachable within both amounts’ rounding intervals; a budget the sentence does not state is taken from table 09’s 预算数. Reachable but not exact is a rounding tail (info).',
  },
  messages: {
    mismatch: {
      zh: '{label}：决算{actual}万元 ÷ 预算{budget}万元 = {implied}%，说明印为完成{printed}%（可达区间{interval}）',
      en: '{label}: actual {actual} / budget {budget} = {implied}%; the narrative prints {printed}% (reachable {interval})',
    },
    zeroBudget: {
      zh: '{label}：预算数为0，不能有完成{printed}%的比率',
      en: '{label}: the budget is 0, so there is no completion rate of {printed}%',
    },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    for (const c of budgetActualClaims(model)) {
      if (!c.rate || !c.actual) continue;
      const budget = budgetOf(model, c);
      if (!budget) {
        ctx.partial({ zh: `第${c.line}行“${c.subject.label}”：预算数未给出，完成率未核对`, en: `line ${c.line}, “${c.subject.label}”: no budget, completion rate not checked` });
        continue;
      }
      const rate = claimLocated(c, c.rate);
      const actual = claimLocated(c, c.actual);
      if (dec(budget.printed.value).isZero()) {
        ctx.report({ messageId: 'zeroBudget', data: { label: c.subject.label, printed: c.rate.value }, locations: [rate.location, budget.location] });
        continue;
      }
      const r = checkShare(rate.printed, actual.printed, budget.printed);
      const identity = shareIdentity(rate, actual, budget);
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
          actual: actual.printed.value,
          budget: budget.printed.value,
          implied: r.implied ? fmt(r.implied, c.rate.decimals) : '—',
          printed: c.rate.value,
          interval,
        },
        locations: [rate.location, ...(budget.location.line !== rate.location.line ? [budget.location] : [])],
        ...(r.implied ? { expected: fmt(r.implied, c.rate.decimals) } : {}),
        actual: c.rate.value,
        interval,
        identities: [identity],
      });
    }
  },
});

const WORD_OF_SIGN = (diff: number): '大于' | '小于' | '等于' => (diff > 0 ? '大于' : diff < 0 ? '小于' : '等于');

export const faComparisonWord = defineRule({
  id: 'fa-comparison-word',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '“决算数大于/小于/等于预算数”与数字不符', en: '“Actual above/below/equal to budget” contradicts the numbers' },
  docs: {
    zh: '说明写“决算数大于（小于、等于）预算数”时，该项决算数须确实大于（小于、等于）其预算数。',
    en: 'Where the narrative says the actual is above (below, equal to) the budget, the item’s actual must be so.',
  },
  messages: {
    contradict: {
      zh: '{label}：决算{actual}万元，预算{budget}万元，决算数{truth}预算数，说明却写“决算数{word}预算数”',
      en: '{label}: actual {actual}, budget {budget}: the actual is {truth} the budget, but the narrative says “{word}”',
    },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    for (const c of budgetActualClaims(model)) {
      if (!c.word || !c.actual) continue;
      const budget = budgetOf(model, c);
      if (!budget) continue;
      const cmp = dec(c.actual.value).comparedTo(dec(budget.printed.value));
      const truth = WORD_OF_SIGN(cmp);
      if (truth === c.word.value) continue;
      ctx.report({
        messageId: 'contradict',
        data: {
          label: c.subject.label,
          actual: c.actual.value,
          budget: budget.printed.value,
          truth: ctx.lang === 'zh' ? truth : truth === '大于' ? 'above' : truth === '小于' ? 'below' : 'equal to',
          word: c.word.value,
        },
        locations: [{ line: c.word.line, row: c.subject.label, value: c.word.value }, claimLocated(c, c.actual).location],
      });
    }
  },
});

export const faDeviationReason = defineRule({
  id: 'fa-deviation-reason',
  family: 'final-accounts',
  severity: 'warning',
  title: { zh: '决算数与预算数有差异却未说明原因', en: 'A deviation from the budget without a reason' },
  docs: {
    zh: '说明给出某项预算数与决算数且两者不等时，须写明“决算数大于（小于）预算数的主要原因是……”。',
    en: 'Where the narrative states an item’s budget and actual and they differ, it must say “the actual is above (below) the budget mainly because …”.',
  },
  messages: {
    noReason: {
      zh: '{label}：预算{budget}万元，决算{actual}万元，未说明差异的主要原因',
      en: '{label}: budget {budget}, actual {actual}, and no reason is given for the difference',
    },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    const claims = budgetActualClaims(model);
    for (const c of claims) {
      if (!c.budget || !c.actual) continue;
      if (dec(c.budget.value).eq(dec(c.actual.value))) continue;
      // a total followed by its items (其中：1. … 2. …) is explained by the items' reasons
      if (c.subject.key === 'general.total' && claims.some((x) => x.section === c.section && x.line > c.line && x.subject.key?.startsWith('general.item.'))) continue;
      if (c.reason && c.reason.text.replace(/[，。,.\s]/g, '') !== '') continue;
      ctx.report({
        messageId: 'noReason',
        data: { label: c.subject.label, budget: c.budget.value, actual: c.actual.value },
        locations: [claimLocated(c, c.actual).location],
      });
    }
  },
});

function sameCheck(ctx: RuleContext, label: string, stated: Located, table: Located, what: string): void {
  const r = checkSame(stated.printed, table.printed);
  const identity = sameIdentity(stated, table);
  if (r.verdict === 'exact') {
    ctx.observe?.(identity);
    return;
  }
  ctx.report({
    messageId: 'differs',
    severity: r.verdict === 'rounding' ? 'info' : undefined,
    data: { label, what, stated: stated.printed.value, table: table.printed.value, where: table.location.table ?? '' },
    locations: [stated.location, table.location],
    expected: table.printed.value,
    actual: stated.printed.value,
    difference: fmt(r.difference),
    identities: [identity],
  });
}

/**
 * Every amount a claim states with the table line its subject names: the actual of a budget-actual,
 * the current amount of a growth, a share's part and its stated whole. A class (`一般公共服务（类）支出`)
 * in a share is left out: the paragraph alone says whether it means all funds (01) or fiscal money (05).
 */
function statedAmounts(claims: readonly FinalClaim[]): Array<{ c: FinalClaim; key: string; stated: SourceAmount; label: string }> {
  const out: Array<{ c: FinalClaim; key: string; stated: SourceAmount; label: string }> = [];
  for (const c of claims) {
    const key = c.subject.key;
    if (c.type === 'share') {
      if (key && !key.startsWith('class.')) out.push({ c, key, stated: c.part, label: c.subject.label });
      const w = c.whole;
      if (w?.amount && w.key && !w.key.startsWith('class.')) out.push({ c, key: w.key, stated: w.amount, label: w.label });
      continue;
    }
    const stated = c.type === 'budget-actual' ? c.actual : c.current;
    if (key && stated) out.push({ c, key, stated, label: c.subject.label });
  }
  return out;
}

export const faNarrativeTable = defineRule({
  id: 'fa-narrative-table',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算说明金额与决算表不符', en: 'Final accounts narrative amount differs from the tables' },
  docs: {
    zh: '说明中每项决算数（及“三公”经费预算数）须等于附表所列：总计取公开01/04表，各项支出取公开05表，“三公”经费取公开09表，机关运行经费取公开06表公用经费合计。说明省略末尾零（13733.8即13,733.80）。',
    en: 'Every actual the narrative states (and the 三公 budget) must equal its table: totals in tables 01/04, items in 05, 三公 in 09, 机关运行经费 in 06’s 公用经费合计. The narrative drops trailing zeros (13733.8 is 13,733.80).',
  },
  messages: {
    differs: {
      zh: '{label}：说明{what}为{stated}万元，{where}为{table}万元',
      en: '{label}: the narrative’s {what} is {stated}, {where} prints {table}',
    },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    const seen = new Set<string>();
    for (const { c, key, stated, label } of statedAmounts(model.finalAccounts.claims)) {
      if (seen.has(`${stated.line}:${stated.raw}:${key}`)) continue;
      seen.add(`${stated.line}:${stated.raw}:${key}`);
      const table = subjectValue(model, key, 'final');
      if (!table) {
        ctx.partial({ zh: `第${c.line}行“${label}”：附表未列该项`, en: `line ${c.line}, “${label}”: no table prints it` });
        continue;
      }
      // the narrative drops trailing zeros: 13733.8 is the table's 13,733.80 read to its decimals
      const own = claimLocated(c, stated);
      const s = { ...own, location: { ...own.location, row: label } };
      const widened = { ...s, printed: { value: dec(s.printed.value).toFixed(table.printed.decimals), decimals: table.printed.decimals } };
      sameCheck(ctx, label, dec(s.printed.value).eq(dec(widened.printed.value)) ? widened : s, table, ctx.lang === 'zh' ? '决算数' : 'actual');
      if (c.type === 'budget-actual' && c.budget && key.startsWith('threePublic')) {
        const tb = subjectValue(model, key, 'budget');
        if (tb) {
          const b = claimLocated(c, c.budget);
          sameCheck(ctx, c.subject.label, { ...b, printed: { value: dec(b.printed.value).toFixed(tb.printed.decimals), decimals: tb.printed.decimals } }, tb, ctx.lang === 'zh' ? '预算数' : 'budget');
        }
      }
    }
  },
});
