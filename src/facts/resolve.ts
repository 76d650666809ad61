import { inUnit, type AmountUnit, type Printed } from '../engine/decimal.js';
import { tableName } from '../engine/query.js';
import type { Lang } from '../engine/rule.js';
import type { Fact } from '../model/facts.js';
import type { Release } from '../model/release.js';
import type { Location } from '../model/report.js';
import type { Table } from '../model/table.js';
import { templateOf } from '../template/index.js';
import type { QuantityDef } from '../template/schema.js';
import { factsOf, type FactIndex } from './index.js';

/**
 * Where the tables print a quantity the narrative names, as a lookup of facts by the quantity's
 * scope. A quantity is printed either in one cell (`cell`) or, for a function class a table only
 * breaks down into 项, as the sum of those lines (`sum`).
 */
export type Resolved =
  | { kind: 'cell'; printed: Printed; location: Location }
  | { kind: 'sum'; parts: Printed[]; locations: Location[]; table: string; /** what the parts are, for messages */ label: string };

export interface Resolution {
  values: Resolved[];
  /** why nothing was found, when `values` is empty: no table value corresponds to the quantity at all
   * (vehicles, procurement), its table is printed empty, the table that prints it was not read, or
   * the quantity's scope (its fund) could not be decided */
  reason?: 'never-printed' | 'table-empty' | 'table-not-read' | 'scope-undecided';
  /** tables that would print the quantity but are printed empty: the quantity is then zero */
  emptyTables: Table[];
}

function inUnitOf(p: Printed, unit: AmountUnit): Printed {
  return inUnit(p, '万元', unit);
}

function cell(ix: FactIndex, f: Fact, lang: Lang, unit: AmountUnit): Resolved {
  return { kind: 'cell', printed: inUnitOf(ix.printed(f), unit), location: { ...ix.location(f, lang), value: f.state === 'value' ? f.printed : '' } };
}

/** One figure per table: the first matching line of each table, in document order. */
function perTable(facts: readonly Fact[]): Fact[] {
  const seen = new Set<number>();
  return facts.filter((f) => !seen.has(f.tableIndex) && seen.add(f.tableIndex));
}

function resolveDef(ix: FactIndex, def: QuantityDef, lang: Lang, unit: AmountUnit): Resolved[] {
  const q = { ...def.scope, tableKind: def.tables };
  if (def.classification) {
    const out: Resolved[] = [];
    for (const a of ix.classAmounts(q, def.classification.code)) {
      if (a.kind === 'fact') out.push(cell(ix, a.fact, lang, unit));
      else {
        const table = ix.model.tables[a.tableIndex]!;
        out.push({
          kind: 'sum',
          parts: a.parts.map((p) => inUnitOf(ix.printed(p), unit)),
          locations: a.parts.map((p) => ({ ...ix.location(p, lang), value: p.state === 'value' ? p.printed : '' })),
          table: tableName(table, lang),
          label: lang === 'zh' ? `${a.code} 类各项` : `the items of class ${a.code}`,
        });
      }
    }
    return out;
  }
  if (def.parts) return sumOfParts(ix, def, lang, unit);
  const found = perTable(ix.find({ ...q, unusable: true })).filter((f) => f.state !== 'unusable');
  if (found.length > 0 || def.scope.split !== 'basic.public') return found.map((f) => cell(ix, f, lang, unit));
  return basicPublicOfParts(ix, lang, unit);
}

/** A quantity printed as the sum of lines (a fund's income and its carryover); blank lines add nothing. */
function sumOfParts(ix: FactIndex, def: QuantityDef, lang: Lang, unit: AmountUnit): Resolved[] {
  const out: Resolved[] = [];
  for (const t of ix.readTables(def.tables)) {
    const index = ix.model.tables.indexOf(t);
    const found = def.parts!.map((p) => ix.find({ ...def.scope, ...p, unusable: true }).find((f) => f.tableIndex === index));
    const present = found.filter((f): f is Fact => f !== undefined);
    if (present.length === 0 || present.some((f) => f.state === 'unusable')) continue;
    const printed = present.filter((f) => f.state === 'value');
    if (printed.length <= 1) {
      out.push(cell(ix, printed[0] ?? present[0]!, lang, unit));
      continue;
    }
    const locations = printed.map((p) => ({ ...ix.location(p, lang), value: p.printed }));
    out.push({
      kind: 'sum',
      parts: printed.map((p) => inUnitOf(ix.printed(p), unit)),
      locations,
      table: tableName(t, lang),
      label: printed.map((p) => ix.rowOf(p).label.trim()).join(' + '),
    });
  }
  return out;
}

/** 公用经费 where 06 was not read: 05's basic 商品和服务支出 + 资本性支出 on its total row (the same money). */
function basicPublicOfParts(ix: FactIndex, lang: Lang, unit: AmountUnit): Resolved[] {
  const out: Resolved[] = [];
  for (const t of ix.readTables(['general-budget-expenditure'])) {
    const index = ix.model.tables.indexOf(t);
    const parts = ix
      .find({ tableKind: 'general-budget-expenditure', split: ['basic.goods', 'basic.capital'], unusable: true })
      .filter((f) => f.tableIndex === index);
    if (parts.some((p) => p.state === 'unusable')) continue;
    const printed = parts.filter((p) => p.state === 'value');
    if (printed.length === 0) continue;
    const locations = printed.map((p) => ix.location(p, lang));
    out.push({
      kind: 'sum',
      parts: printed.map((p) => inUnitOf(ix.printed(p), unit)),
      locations,
      table: tableName(t, lang),
      label: locations.map((l) => l.column ?? '').join(' + '),
    });
  }
  return out;
}

/**
 * Every place the tables print the quantity `key` names. Quantities no table prints (vehicles,
 * procurement, transfer payments) resolve to nothing, with the reason; so does a quantity whose
 * scope is unknown: rules list such claims as not checked instead of comparing them with a wrong
 * figure.
 */
export function resolveQuantity(model: Release, key: string, lang: Lang = 'zh', unit: AmountUnit = '万元'): Resolution {
  const def = templateOf(model).quantityDef(key);
  if (!def) return { values: [], reason: /\.class\./.test(key) ? 'scope-undecided' : 'never-printed', emptyTables: [] };
  if (def.neverPrinted) return { values: [], reason: 'never-printed', emptyTables: [] };
  const ix = factsOf(model);
  const values = resolveDef(ix, def, lang, unit);
  const emptyTables = ix.emptyTables(def.tables);
  if (values.length > 0) return { values, emptyTables };
  return { values, reason: emptyTables.length > 0 ? 'table-empty' : 'table-not-read', emptyTables };
}
