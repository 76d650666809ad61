import { checkSum, fmt, fmtInterval, type Dec, type SumCheck } from '../../src/engine/decimal.js';
import type { Located } from '../../src/engine/query.js';
import type { RuleContext, Text } from '../../src/engine/rule.js';
import type { Location } from '../../src/model/report.js';
import type { Part } from './sum-finding.js';
import { sumIdentity } from '../../src/engine/identity.js';

/**
 * Several sums that share one root cause — the same pair of rows checked column by column, or the
 * column identities of one row — become a single finding that lists every failing sum with its
 * printed total, the sum of its parts and the difference. A wrong row printed in seven columns is
 * one mistake, and the reader should see it once.
 */

export const GROUP_MESSAGES: Record<'sums' | 'sumsRounding', Text> = {
  sums: {
    zh: '{where}：{subject}，{count} 处不符：{details}',
    en: '{where}: {subject}; {count} sum(s) do not hold: {details}',
  },
  sumsRounding: {
    zh: '{where}：{subject}，{count} 处仅差四舍五入尾差：{details}',
    en: '{where}: {subject}; {count} sum(s) differ by a rounding tail only: {details}',
  },
};

export interface GroupedSum {
  /** what the total is called in this sum: a column label (row pairs) or the whole column (identities) */
  label: string;
  total: Located;
  parts: readonly Part[];
  /** list each part with its value in the details (column identities); row pairs name their rows once */
  showParts: boolean;
}

export interface GroupInput {
  where: string;
  subject: string;
  sums: readonly GroupedSum[];
}

interface Failed {
  sum: GroupedSum;
  check: SumCheck;
  decimals: number;
}

function decimalsOf(s: GroupedSum): number {
  return [s.total, ...s.parts.flatMap((p) => (p.located ? [p.located] : []))].reduce(
    (m, l) => Math.max(m, l.printed.decimals),
    0,
  );
}

function valued(parts: readonly Part[]): Array<Part & { located: Located }> {
  return parts.filter((p): p is Part & { located: Located } => p.located !== undefined);
}

function detail(ctx: RuleContext, f: Failed): string {
  const zh = ctx.lang === 'zh';
  const blank = zh ? '空白' : 'blank';
  const implied = zh ? `空白，按其组成为 ${f.sum.total.printed.value}` : `blank, ${f.sum.total.printed.value} by its parts`;
  const unprinted = f.sum.total.location.value === undefined;
  const total = !unprinted ? f.sum.total.printed.value : f.sum.total.printed.value === '0' ? blank : implied;
  const sum = fmt(f.check.sum, f.decimals);
  const diff = fmt(f.check.difference, f.decimals);
  const shown = valued(f.sum.parts);
  const parts = shown.length > 0 ? shown.map((p) => `${p.label} ${p.located.printed.value}`).join(' + ') : zh ? '各项均为空' : 'all parts blank';
  if (f.sum.showParts)
    return zh
      ? `${f.sum.label} 印为 ${total}，而 ${parts} 之和为 ${sum}，相差 ${diff}`
      : `${f.sum.label} is printed as ${total} but ${parts} add up to ${sum}, a difference of ${diff}`;
  return zh
    ? `${f.sum.label} 印为 ${total}，各行之和 ${sum}，相差 ${diff}`
    : `${f.sum.label} printed ${total}, rows add up to ${sum}, difference ${diff}`;
}

function locationsOf(failed: readonly Failed[]): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const f of failed) {
    for (const l of [f.sum.total.location, ...valued(f.sum.parts).map((p) => p.located.location)]) {
      const k = `${l.line}|${l.row ?? ''}|${l.column ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(l);
    }
  }
  return out;
}

function largest(failed: readonly Failed[]): Failed {
  return failed.reduce((a, b) => (b.check.difference.abs().gt(a.check.difference.abs()) ? b : a));
}

/**
 * Check every sum of a group and report what fails as one finding: errors when any sum is off by
 * more than rounding (the rounding tails of the same group are then left out: they are not the
 * mistake), else one info note listing the rounding tails. Returns whether an error was found.
 */
export function reportGroup(ctx: RuleContext, input: GroupInput): boolean {
  const checked: Failed[] = input.sums.map((s) => ({
    sum: s,
    check: checkSum(s.total.printed, valued(s.parts).map((p) => p.located.printed)),
    decimals: decimalsOf(s),
  }));
  const errors = checked.filter((c) => c.check.verdict === 'error');
  const tails = checked.filter((c) => c.check.verdict === 'rounding');
  const failed = errors.length > 0 ? errors : tails;
  const identity = (c: Failed) => sumIdentity(c.sum.total, valued(c.sum.parts).map((p) => p.located));
  for (const c of checked) if (!failed.includes(c)) ctx.observe?.(identity(c));
  if (failed.length === 0) return false;
  const main = largest(failed);
  const separator = ctx.lang === 'zh' ? '；' : '; ';
  const interval = fmtInterval(main.check.sumInterval, main.decimals + 1);
  ctx.report({
    messageId: errors.length > 0 ? 'sums' : 'sumsRounding',
    severity: errors.length > 0 ? undefined : 'info',
    data: {
      where: input.where,
      subject: input.subject,
      count: failed.length,
      details: failed.map((f) => detail(ctx, f)).join(separator),
    },
    locations: locationsOf(failed),
    expected: fmt(main.check.sum, main.decimals),
    actual: main.sum.total.printed.value,
    difference: fmt(main.check.difference, main.decimals),
    interval,
    identities: failed.map(identity),
  });
  return errors.length > 0;
}

/** The sum of valued parts, for a subtotal printed blank. */
export function sumOfParts(parts: readonly Part[]): { sum: Dec; decimals: number } {
  const shown = valued(parts);
  const check = checkSum({ value: '0', decimals: 0 }, shown.map((p) => p.located.printed));
  return { sum: check.sum, decimals: shown.reduce((m, p) => Math.max(m, p.located.printed.decimals), 0) };
}

/** Does a sum fail beyond rounding? */
export function sumFails(s: GroupedSum): boolean {
  return checkSum(s.total.printed, valued(s.parts).map((p) => p.located.printed)).verdict === 'error';
}
