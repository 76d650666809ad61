import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import type { Location } from '../../src/model/report.js';
import type { FinalClaim } from '../../src/model/final-accounts.js';
import type { SourceAmount } from '../../src/model/primitives.js';
import type { Percent } from '../../src/model/narrative.js';
import type { Located } from '../../src/engine/query.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { checkSum, fmt, fmtInterval } from '../../src/engine/decimal.js';
import { sumIdentity } from '../../src/engine/identity.js';
import { finalProfileById } from '../../src/template/final-accounts.js';

/** Table and claim lookups of the 决算 rules: by the profile's table numbers and canonical keys. */

export const BLANK_DECIMALS = 20;

export function isFinal(model: Release): boolean {
  return model.finalAccounts !== undefined;
}

export function profileOf(model: Release) {
  return model.finalAccounts ? finalProfileById(model.finalAccounts.profile) : undefined;
}

export function finalTable(model: Release, number: string): Table | undefined {
  return model.tables.find((t) => t.number === number && t.status !== 'unrecovered');
}

export function tableName(t: Table): string {
  return `${t.title}（公开${t.number ?? ''}表）`;
}

/**
 * A cell as a located printed figure. A blank cell of a printed line is a true zero (the template
 * leaves zero blank); a text cell proves nothing and yields undefined.
 */
export function cellOf(t: Table, row: Row, key: string): Located | undefined {
  const c = row.cells.find((x) => x.column === key);
  if (!c || c.status === 'text') return undefined;
  const column = t.columns.find((x) => x.key === key);
  const location: Location = { line: c.line, table: tableName(t), row: row.label, column: column ? column.path.join(' ') : key, value: c.raw || '0' };
  // a blank is an exact zero, not a rounded one: it widens no rounding interval (20 decimals ≈ none)
  if (c.status === 'empty' || c.value === null) return { printed: { value: '0', decimals: BLANK_DECIMALS }, location };
  return { printed: { value: c.value, decimals: c.decimals ?? 2 }, location };
}

export function claimLocated(c: FinalClaim, a: SourceAmount | Percent): Located {
  // the template prints "0万元" for none at all: a bare 0 is exact, not 0 ± 0.5
  const decimals = a.decimals === 0 && /^0$/.test(a.value) ? BLANK_DECIMALS : a.decimals;
  return { printed: { value: a.value, decimals }, location: { line: a.line, row: c.subject.label, value: a.raw } };
}

/** The row of a summary (01, 04) the profile names `key` on `side`. */
export function summaryRow(model: Release, t: Table, side: 'income' | 'expenditure', key: string): Row | undefined {
  const def = profileOf(model)?.tables.find((d) => d.number === t.number);
  const line = def?.lines.find((l) => l.side === side && l.key === key);
  if (!line) return undefined;
  const re = new RegExp(line.label);
  return t.rows.find((r) => r.side === side && re.test(r.label));
}

export function byCode(t: Table, code: string): Row | undefined {
  return t.rows.find((r) => r.functionCode?.code === code);
}

export function totalRow(t: Table): Row | undefined {
  return t.rows.find((r) => r.role === 'total' && r.label === '合计');
}

/**
 * Check total = Σ parts and report: an error beyond the rounding interval, an info note for a tail.
 * `what` names the identity in both languages.
 */
export function reportSum(
  ctx: RuleContext,
  messageId: string,
  total: Located,
  parts: readonly Located[],
  what: { zh: string; en: string },
): void {
  const r = checkSum(total.printed, parts.map((p) => p.printed));
  const identity = sumIdentity(total, parts);
  if (r.verdict === 'exact') {
    ctx.observe?.(identity);
    return;
  }
  ctx.report({
    messageId,
    severity: r.verdict === 'rounding' ? 'info' : undefined,
    data: {
      what: ctx.lang === 'zh' ? what.zh : what.en,
      total: total.printed.value,
      sum: fmt(r.sum),
      difference: fmt(r.difference),
      parts: parts.map((p) => p.printed.value).join(' + '),
    },
    locations: [total.location, ...parts.filter((p) => p.printed.value !== '0').map((p) => p.location)],
    expected: fmt(r.sum),
    actual: total.printed.value,
    difference: fmt(r.difference),
    interval: fmtInterval(r.sumInterval),
    identities: [identity],
  });
}
