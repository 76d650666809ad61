import { dec } from '../../src/engine/decimal.js';
import { columnLabel, normLabel, tableName } from '../../src/engine/query.js';
import type { Lang } from '../../src/engine/rule.js';
import type { FactIndex, FactQuery } from '../../src/facts/index.js';
import type { Fact, Fund } from '../../src/model/facts.js';
import type { Figure } from './shared.js';

/** Figures for the cross-table rules, asked of the facts by scope. */

/** The fact's figure labelled for messages ("部门支出总体情况表 (03) 合计"). */
export function figureOf(ix: FactIndex, f: Fact, lang: Lang): Figure {
  const table = ix.table(f);
  const label = normLabel(ix.rowOf(f).label) || columnLabel(table, f.source.column);
  return { label: `${tableName(table, lang)} ${label}`, located: ix.located(f, lang) };
}

/** The first printed figure of a scope (blank or unusable cells give none). */
export function figure(ix: FactIndex, q: FactQuery, lang: Lang): Figure | undefined {
  const f = ix.first(q);
  return f && f.state === 'value' ? figureOf(ix, f, lang) : undefined;
}

const FISCAL_FUNDS: ReadonlySet<Fund> = new Set(['all', 'fiscal', 'general', 'general.fiscal', 'govFund', 'stateCapital']);
const GENERAL_FUNDS: ReadonlySet<Fund> = new Set(['all', 'fiscal', 'general', 'general.fiscal']);

/**
 * Does the summary (01) say that all money is of one kind? `fiscal`: income from 一般公共预算 /
 * 政府性基金 / 国有资本经营 only and no carryover; `general`: 一般公共预算 only. Undefined when 01 gives
 * no income lines.
 */
export function incomeIsOnly(ix: FactIndex, only: 'fiscal' | 'general'): boolean | undefined {
  const lines = ix.find({ tableKind: 'income-expenditure-summary', side: 'income', flow: ['current', 'carryover'], unusable: true });
  const parts = lines.filter((f) => f.fund !== 'all' || f.flow === 'carryover');
  if (!parts.some((f) => f.flow === 'current')) return undefined;
  const allowed = only === 'fiscal' ? FISCAL_FUNDS : GENERAL_FUNDS;
  const nonZero = (f: Fact) => f.state === 'unusable' || (f.state === 'value' && !dec(f.value).isZero());
  return parts.every((f) => !nonZero(f) || (f.flow === 'current' && allowed.has(f.fund)));
}
