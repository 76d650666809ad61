import { D, dec } from '../engine/decimal.js';
import { readCell } from '../engine/query.js';
import { resolveQuantity } from '../engine/resolve.js';
import type { Lang } from '../engine/rule.js';
import type { Release } from '../model/release.js';
import type { ReleaseSummary, SummaryAmount } from '../model/release-summary.js';
import { amountClaims, currentAmountOf } from '../../rules/narrative/claims.js';

/** The totals every release summary carries, whatever its narrative compares. */
const TOTAL_KEYS = [
  'income.total',
  'expenditure.total',
  'income.current',
  'expenditure.current',
  'expenditure.basic',
  'expenditure.project',
  'general.expenditure',
  'threePublic.total',
] as const;

/** A quantity's printed amount: a table's value first (or the sum of its items), else the narrative's figure. */
function amountOf(model: Release, key: string, lang: Lang): SummaryAmount | undefined {
  const { values } = resolveQuantity(model, key, lang);
  const cell = values.find((v) => v.kind === 'cell');
  if (cell?.kind === 'cell') return { value: cell.printed.value, decimals: cell.printed.decimals, line: cell.location.line };
  const sum = values.find((v) => v.kind === 'sum');
  if (sum?.kind === 'sum' && sum.parts.length > 0)
    return {
      value: sum.parts.reduce((s, p) => s.plus(dec(p.value)), new D(0)).toFixed(),
      decimals: Math.max(...sum.parts.map((p) => p.decimals)),
      line: sum.locations[0]!.line,
    };
  const stated = amountClaims(model).find((c) => c.quantity.key === key);
  return stated ? { value: stated.amount.value, decimals: stated.amount.decimals, line: stated.amount.line } : undefined;
}

/**
 * What checks across the releases of one run need of a release (src/batch/cross-release.ts): built in
 * the worker, so that only this crosses the thread boundary, never the model.
 */
export function summarize(model: Release, lang: Lang): ReleaseSummary {
  const yoyClaims = model.narrative.claims.filter((c) => c.type === 'change' || c.type === 'parity');
  const totals: ReleaseSummary['totals'] = {};
  for (const key of new Set<string>([...TOTAL_KEYS, ...yoyClaims.map((c) => c.quantity.key)])) {
    const a = amountOf(model, key, lang);
    if (a) totals[key] = a;
  }
  // a 决算: its 年初预算数 of general-budget fiscal spending, as the narrative states it (no table of the
  // central template prints it), for the check against the budget release of its year
  const initial = model.finalAccounts?.claims.find((c) => c.type === 'budget-actual' && c.subject.key === 'general.total' && c.basis === 'initial-budget');
  if (initial?.type === 'budget-actual' && initial.budget)
    totals['budget.initial.general'] = { value: initial.budget.value, decimals: initial.budget.decimals, line: initial.budget.line };
  const units: ReleaseSummary['units'] = [];
  const expenditure = model.tables.find((t) => t.kind === 'expenditure' && (t.status === 'parsed' || t.status === 'recovered'));
  for (const row of expenditure?.rows ?? []) {
    if (row.role !== 'department' && row.role !== 'unit') continue;
    const r = readCell(expenditure!, row, 'total', lang);
    if (r.state !== 'value') continue;
    units.push({
      ...(row.orgCode ? { code: row.orgCode } : {}),
      name: row.label.replace(/^\s*\d+\s*/, '').trim(),
      role: row.role,
      total: { value: r.located.printed.value, decimals: r.located.printed.decimals, line: row.line },
    });
  }
  const yoy: ReleaseSummary['yoy'] = yoyClaims.map((c) => {
    const stated = currentAmountOf(model, c as Parameters<typeof currentAmountOf>[1]);
    return {
      key: c.quantity.key,
      label: c.quantity.label,
      line: c.line,
      ...(c.baseYear ? { baseYear: c.baseYear.value } : {}),
      direction: c.type === 'parity' ? 'flat' : c.direction,
      ...(c.type === 'change' && c.amount ? { change: { value: c.amount.value, decimals: c.amount.decimals, line: c.amount.line } } : {}),
      ...(stated ? { current: { value: stated.amount.value, decimals: stated.amount.decimals, line: stated.amount.line } } : {}),
    };
  });
  // the template read, then what the cover says of region and kind
  const template = [model.template?.name[lang], model.meta.region?.text, model.meta.kind?.value].filter(Boolean).join(' ') || undefined;
  return {
    ...(model.meta.department ? { department: model.meta.department.text } : {}),
    ...(model.meta.year ? { year: model.meta.year.value } : {}),
    ...(model.meta.kind ? { kind: model.meta.kind.value } : {}),
    ...(template ? { template } : {}),
    totals,
    units,
    yoy,
  };
}
