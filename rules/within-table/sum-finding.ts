import { checkSame, checkSum, fmt, fmtInterval, intervalOf, type Verdict } from '../../src/engine/decimal.js';
import type { Located } from '../../src/engine/query.js';
import type { RuleContext, Text } from '../../src/engine/rule.js';
import type { Location } from '../../src/model/report.js';
import { sameIdentity, sumIdentity } from '../../src/engine/identity.js';

/**
 * Turning a verdict of src/engine/decimal.ts into a finding, shared by the table rules so that every
 * sum and every repeated figure is reported the same way: all parts with their values, the total,
 * the difference and the interval the decision used. An exact match reports nothing; a rounding tail
 * is an info note; anything else keeps the rule's severity.
 */

export const SUM_MESSAGES: Record<'sum' | 'sumRounding', Text> = {
  sum: {
    zh: '{where}：{totalLabel} 印为 {total}，而 {parts} 之和为 {sum}，相差 {difference}（各项真值之和的区间 {interval}，与 {totalLabel} 的区间不相交）',
    en: '{where}: {totalLabel} is printed as {total}, but {parts} add up to {sum}, a difference of {difference} (the true sum lies in {interval}, which the total cannot reach)',
  },
  sumRounding: {
    zh: '{where}：{totalLabel} 印为 {total}，{parts} 之和为 {sum}，相差 {difference}，在四舍五入尾差范围内（各项真值之和的区间 {interval}）',
    en: '{where}: {totalLabel} is printed as {total} and {parts} add up to {sum}; the difference {difference} is a rounding tail (the true sum lies in {interval})',
  },
};

export const SAME_MESSAGES: Record<'same' | 'sameRounding', Text> = {
  same: {
    zh: '{where}：{aLabel} 为 {a}，{bLabel} 为 {b}，同一数额两处不一致，相差 {difference}（{aLabel} 的区间 {interval}）',
    en: '{where}: {aLabel} is {a} but {bLabel} is {b}; the same amount printed twice differs by {difference} (interval of the first: {interval})',
  },
  sameRounding: {
    zh: '{where}：{aLabel} 为 {a}，{bLabel} 为 {b}，仅因保留位数不同而不同（{aLabel} 的区间 {interval}）',
    en: '{where}: {aLabel} is {a} and {bLabel} is {b}; they differ only by the decimals printed (interval of the first: {interval})',
  },
};

export interface Part {
  label: string;
  /** absent when the cell is blank: no money, nothing to add */
  located?: Located;
}

export interface SumInput {
  where: string;
  totalLabel: string;
  total: Located;
  parts: readonly Part[];
}

function maxDecimals(items: readonly Located[]): number {
  return items.reduce((m, l) => Math.max(m, l.printed.decimals), 0);
}

function blank(ctx: RuleContext): string {
  return ctx.lang === 'zh' ? '空白' : 'blank';
}

/** Check a printed total against its printed parts and report what is not exact. */
export function reportSum(ctx: RuleContext, input: SumInput): Verdict {
  const valued = input.parts.filter((p): p is Part & { located: Located } => p.located !== undefined);
  const printedParts = valued.map((p) => p.located.printed);
  const r = checkSum(input.total.printed, printedParts);
  const identity = sumIdentity(input.total, valued.map((p) => p.located));
  if (r.verdict === 'exact') {
    ctx.observe?.(identity);
    return r.verdict;
  }
  const decimals = maxDecimals([input.total, ...valued.map((p) => p.located)]);
  const none = ctx.lang === 'zh' ? '（各项均为空）' : '(all parts blank)';
  const parts = valued.length ? valued.map((p) => `${p.label} ${p.located.printed.value}`).join(' + ') : none;
  ctx.report({
    messageId: r.verdict === 'rounding' ? 'sumRounding' : 'sum',
    severity: r.verdict === 'rounding' ? 'info' : undefined,
    data: {
      where: input.where,
      totalLabel: input.totalLabel,
      total: input.total.location.value === undefined ? blank(ctx) : input.total.printed.value,
      parts,
      sum: fmt(r.sum, decimals),
      difference: fmt(r.difference, decimals),
      interval: fmtInterval(r.sumInterval, decimals + 1),
    },
    locations: [input.total.location, ...valued.map((p) => p.located.location)],
    expected: fmt(r.sum, decimals),
    actual: input.total.printed.value,
    difference: fmt(r.difference, decimals),
    interval: fmtInterval(r.sumInterval, decimals + 1),
    identities: [identity],
  });
  return r.verdict;
}

export interface SameInput {
  where: string;
  a: { label: string; located: Located };
  b: { label: string; located: Located };
}

/** The same quantity printed in two places must print identically. `a` is the reference. */
export function reportSame(ctx: RuleContext, input: SameInput): Verdict {
  const { a, b } = input;
  const r = checkSame(b.located.printed, a.located.printed);
  const identity = sameIdentity(a.located, b.located);
  if (r.verdict === 'exact') {
    ctx.observe?.(identity);
    return r.verdict;
  }
  const decimals = maxDecimals([a.located, b.located]);
  const interval = fmtInterval(intervalOf(a.located.printed), decimals + 1);
  ctx.report({
    messageId: r.verdict === 'rounding' ? 'sameRounding' : 'same',
    severity: r.verdict === 'rounding' ? 'info' : undefined,
    data: {
      where: input.where,
      aLabel: a.label,
      a: a.located.printed.value,
      bLabel: b.label,
      b: b.located.printed.value,
      difference: fmt(r.difference, decimals),
      interval,
    },
    locations: [a.located.location, b.located.location],
    expected: a.located.printed.value,
    actual: b.located.printed.value,
    difference: fmt(r.difference, decimals),
    interval,
    identities: [identity],
  });
  return r.verdict;
}

/** `where` text of a finding: table, then row, then column, joined the way the language reads. */
export function where(ctx: RuleContext, ...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p).join(ctx.lang === 'zh' ? ' · ' : ' / ');
}

export type { Location };
