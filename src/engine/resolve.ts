import type { Release } from '../model/release.js';
import type { Cell, Row, Table, TableKind } from '../model/table.js';
import type { Location } from '../model/report.js';
import { inUnit, type AmountUnit, type Printed } from './decimal.js';
import { columnLabel, rowName, tableName } from './query.js';
import type { Lang } from './rule.js';

/**
 * Where the tables print a quantity the narrative names. A quantity is printed either in one cell
 * (`cell`) or, for a function class that only 05 breaks down, as the sum of the class's item rows
 * (`sum`): the first compares with checkSame, the second with checkSum.
 */
export type Resolved =
  | { kind: 'cell'; printed: Printed; location: Location }
  | { kind: 'sum'; parts: Printed[]; locations: Location[]; table: string; /** what the parts are, for messages */ label: string };

export interface Resolution {
  values: Resolved[];
  /** why nothing was found, when `values` is empty: no table value corresponds to the quantity at all
   * (vehicles, procurement), its table is printed empty, or the table that prints it was not read */
  reason?: 'never-printed' | 'table-empty' | 'table-not-read';
  /** tables that would print the quantity but are printed empty: the quantity is then zero */
  emptyTables: Table[];
}

/** Labels compare by words: ordinals, `其中：`, spaces and punctuation removed. */
export function normLabel(label: string): string {
  return label
    .replace(/[\s\u3000*#]/g, '')
    .replace(/^(?:[（(][一二三四五六七八九十百零〇]+[)）]|[一二三四五六七八九十百零〇]+[、.．])/, '')
    .replace(/^其中[:：]/, '')
    .replace(/[:：，,。（）()“”"]/g, '');
}

/**
 * One resolution under way: the language of location names, the unit the caller states the quantity
 * in (table values are converted to it: 元 tables beside a 万元 narrative), and the kinds consulted, so
 * that an empty table of that kind can be named.
 */
interface Scope {
  model: Release;
  lang: Lang;
  unit: AmountUnit;
  consulted: Set<TableKind>;
}

function tablesOf(s: Scope, kind: TableKind): Table[] {
  s.consulted.add(kind);
  return s.model.tables.filter((t) => t.kind === kind && (t.status === 'parsed' || t.status === 'recovered'));
}

function cellOf(row: Row, columns: readonly string[]): Cell | undefined {
  for (const c of columns) {
    const cell = row.cells.find((x) => x.column === c);
    if (cell) return cell;
  }
  return undefined;
}

/**
 * A cell as a printed figure. An empty cell in a row that is printed stands for zero (the tables
 * leave zero lines blank); a text or ambiguous cell proves nothing and is left out.
 */
function printedOf(s: Scope, t: Table, row: Row, cell: Cell): { printed: Printed; location: Location } | undefined {
  if (cell.certainty === 'ambiguous') return undefined;
  if (cell.status === 'text') return undefined;
  const location: Location = {
    line: cell.line,
    table: tableName(t, s.lang),
    row: rowName(row),
    column: columnLabel(t, cell.column),
    value: cell.value ?? '',
  };
  if (cell.status === 'empty' || cell.value === null) return { printed: { value: '0', decimals: 2 }, location };
  return { printed: inUnit({ value: cell.value, decimals: cell.decimals ?? 2 }, t.unit, s.unit), location };
}

type RowMatch = (row: Row) => boolean;

function fromRow(s: Scope, kind: TableKind, match: RowMatch, columns: readonly string[]): Resolved[] {
  const out: Resolved[] = [];
  for (const t of tablesOf(s, kind)) {
    const row = t.rows.find(match);
    if (!row) continue;
    const cell = cellOf(row, columns);
    if (!cell) continue;
    const p = printedOf(s, t, row, cell);
    if (p) out.push({ kind: 'cell', ...p });
  }
  return out;
}

const isTotal: RowMatch = (r) => r.role === 'total';
/** 08 prints a single line; some parsers call it the total, others an item. */
const firstDataRow: RowMatch = (r) => r.role === 'total' || r.role === 'item' || r.role === 'department';

function side(s: 'income' | 'expenditure', re: RegExp, opts: { ofWhich?: boolean } = {}): RowMatch {
  return (r) =>
    (r.side === undefined || r.side === s) && (opts.ofWhich ?? false) === (r.ofWhich ?? false) && re.test(normLabel(r.label));
}

const AMOUNT = ['amount', 'total'] as const;

/** 01's income lines by label, paired with 02's funding column. */
const INCOME_LINES: Record<string, { re: RegExp; column: string }> = {
  'income.general': { re: /^一般公共预算/, column: 'general' },
  'income.govFund': { re: /^政府性基金/, column: 'govFund' },
  'income.stateCapital': { re: /^国有资本经营/, column: 'stateCapital' },
  'income.specialAccount': { re: /财政专户/, column: 'specialAccount' },
  'income.business': { re: /^事业收入/, column: 'business' },
  'income.operating': { re: /^事业单位经营收入/, column: 'operating' },
  'income.superior': { re: /^上级补助/, column: 'superior' },
  'income.affiliated': { re: /^附属单位上缴/, column: 'affiliated' },
  'income.other': { re: /^其他收入/, column: 'other' },
  'income.carryover': { re: /^上年结转/, column: 'carryover' },
};

/** 08's columns by quantity key. */
const THREE_PUBLIC: Record<string, string> = {
  'threePublic.total': 'total',
  'threePublic.abroad': 'abroad',
  'threePublic.vehicle': 'vehicle',
  'threePublic.vehicle.purchase': 'vehicle.purchase',
  'threePublic.vehicle.operation': 'vehicle.operation',
  'threePublic.reception': 'reception',
};

/** A function class: 01 and 04 print it on one line; 05 only as the sum of its item rows. */
function resolveClass(s: Scope, code: string): Resolved[] {
  const byCode: RowMatch = (r) => r.side !== 'income' && r.classCode === code && !(r.ofWhich ?? false);
  const out = [
    ...fromRow(s, 'income-expenditure-summary', byCode, AMOUNT),
    ...fromRow(s, 'fiscal-summary', byCode, ['general', 'total', 'amount']),
  ];
  for (const t of tablesOf(s, 'general-budget-expenditure')) {
    const rows = t.rows.filter((r) => r.functionCode?.class === code);
    if (rows.length === 0) continue;
    // A printed 类 subtotal is the figure itself; otherwise only the deepest rows are addends.
    const classRow = rows.find((r) => r.functionCode?.code === code);
    if (classRow) {
      const cell = cellOf(classRow, ['total']);
      const p = cell && printedOf(s, t, classRow, cell);
      if (p) out.push({ kind: 'cell', ...p });
      continue;
    }
    const leaves = rows.filter((r) => r.functionCode?.xiang !== undefined);
    const parts: Printed[] = [];
    const locations: Location[] = [];
    let complete = leaves.length > 0;
    for (const r of leaves) {
      const cell = cellOf(r, ['total']);
      const p = cell && printedOf(s, t, r, cell);
      if (!p) {
        complete = false;
        break;
      }
      parts.push(p.printed);
      locations.push(p.location);
    }
    if (complete) out.push({ kind: 'sum', parts, locations, table: tableName(t, s.lang), label: s.lang === 'zh' ? `${code} 类各项` : `the items of class ${code}` });
  }
  return out;
}

function basicPublicOf05(s: Scope): Resolved[] {
  const out: Resolved[] = [];
  for (const t of tablesOf(s, 'general-budget-expenditure')) {
    const row = t.rows.find(isTotal);
    if (!row) continue;
    const cells = ['basic.goods', 'basic.capital'].map((k) => row.cells.find((c) => c.column === k));
    if (cells.some((c) => c !== undefined && (c.certainty === 'ambiguous' || c.status === 'text'))) continue;
    const found = cells.flatMap((c) => (c && c.status === 'value' && c.value !== null ? [printedOf(s, t, row, c)!] : []));
    if (found.length === 0) continue;
    out.push({
      kind: 'sum',
      parts: found.map((p) => p.printed),
      locations: found.map((p) => p.location),
      table: tableName(t, s.lang),
      label: found.map((p) => p.location.column ?? '').join(' + '),
    });
  }
  return out;
}

/**
 * Every place the tables print the quantity `key` names (see src/model/quantities.ts).
 * Quantities no table prints (vehicles, procurement, transfer payments) resolve to nothing, with
 * the reason: rules skip such claims visibly instead of passing them.
 */
export function resolveQuantity(model: Release, key: string, language: Lang = 'zh', inUnitOf: AmountUnit = '万元'): Resolution {
  const scope: Scope = { model, lang: language, unit: inUnitOf, consulted: new Set() };
  const values = resolveValues(scope, key);
  const emptyTables = model.tables.filter((t) => scope.consulted.has(t.kind) && t.status === 'empty');
  if (values === null) return { values: [], reason: 'never-printed', emptyTables };
  if (values.length > 0) return { values, emptyTables };
  return { values, reason: emptyTables.length > 0 ? 'table-empty' : 'table-not-read', emptyTables };
}

function resolveValues(s: Scope, key: string): Resolved[] | null {
  const cls = /^general\.class\.(\d{3})$/.exec(key);
  if (cls) return resolveClass(s, cls[1]!);
  const income = INCOME_LINES[key];
  if (income) {
    return [
      ...fromRow(s, 'income-expenditure-summary', side('income', income.re), AMOUNT),
      ...fromRow(s, 'income', isTotal, [income.column]),
    ];
  }
  const tp = THREE_PUBLIC[key];
  if (tp) return fromRow(s, 'three-public', firstDataRow, [tp]);
  switch (key) {
    case 'income.total':
      return fromRow(s, 'income-expenditure-summary', side('income', /^收入总计/), AMOUNT);
    case 'expenditure.total':
      return fromRow(s, 'income-expenditure-summary', side('expenditure', /^支出总计/), AMOUNT);
    case 'income.current':
      return [
        ...fromRow(s, 'income-expenditure-summary', side('income', /^本年收入合计|^收入合计$/), AMOUNT),
        ...fromRow(s, 'income', isTotal, ['current']),
      ];
    case 'expenditure.current':
      return [
        ...fromRow(s, 'income-expenditure-summary', side('expenditure', /^本年支出合计|^支出合计$/), AMOUNT),
        ...fromRow(s, 'expenditure', isTotal, ['total']),
      ];
    case 'expenditure.basic':
      return fromRow(s, 'expenditure', isTotal, ['basic']);
    case 'expenditure.project':
      return fromRow(s, 'expenditure', isTotal, ['project']);
    case 'fiscal.total':
      return fromRow(s, 'fiscal-summary', side('income', /^收入总计|^收入合计/), AMOUNT);
    case 'fiscal.general':
      return fromRow(s, 'fiscal-summary', side('income', /^一般公共预算/), AMOUNT);
    case 'fiscal.govFund':
      return fromRow(s, 'fiscal-summary', side('income', /^政府性基金/), AMOUNT);
    case 'fiscal.stateCapital':
      return fromRow(s, 'fiscal-summary', side('income', /^国有资本经营/), AMOUNT);
    case 'general.expenditure':
      return fromRow(s, 'general-budget-expenditure', isTotal, ['total']);
    case 'general.basic':
      return [
        ...fromRow(s, 'general-budget-expenditure', isTotal, ['basic']),
        ...fromRow(s, 'general-budget-basic', isTotal, ['total']),
      ];
    case 'general.project':
      return fromRow(s, 'general-budget-expenditure', isTotal, ['project']);
    case 'general.basic.personnel':
      return fromRow(s, 'general-budget-basic', isTotal, ['personnel']);
    case 'general.basic.public':
    case 'operatingFunds':
      // 机构运转经费 is the basic spending on goods and services: 06's 公用经费 total, or, when 06
      // was not read, 05's basic 商品和服务支出 + 资本性支出 on its total row (the same money).
      {
        const direct = fromRow(s, 'general-budget-basic', isTotal, ['public']);
        return direct.length > 0 ? direct : basicPublicOf05(s);
      }
    case 'govFund.expenditure':
      return fromRow(s, 'gov-fund-expenditure', isTotal, ['total']);
    // 国有资本经营预算支出 is function class 223 (国有资本经营预算) of the classification
    case 'stateCapital.expenditure':
      return resolveClass(s, '223');
    default:
      return null;
  }
}
