import type { Release } from '../model/release.js';
import type { Location } from '../model/report.js';
import type { Cell, Row, RowRole, Table, TableKind } from '../model/table.js';
import { KIND_NAME } from '../template/names.js';
import type { Printed } from './decimal.js';
import type { Lang } from './rule.js';
import { ownString } from './own-string.js';

/**
 * Lookups shared by the table rules: find tables, rows and cells, and turn a cell into a printed
 * value with its location. Rules use certain cells only: an ambiguous cell (a degraded extract whose
 * column could not be decided) never feeds a verdict.
 */

/** A printed amount together with where it stands. */
export interface Located {
  printed: Printed;
  location: Location;
  /** a subtotal printed blank, read as the sum of its parts: those parts (identities use them, not the sum) */
  parts?: Located[];
}

/** What a cell offers to a rule. An empty cell is a true zero; an unusable one stops the check. */
export type CellRead =
  | { state: 'value'; located: Located }
  | { state: 'empty'; location: Location }
  | { state: 'unusable'; location: Location };

const USABLE_STATUS = new Set(['parsed', 'recovered']);

/** Tables of a kind whose rows were read (parsed or recovered), in document order. */
export function tablesOf(model: Release, kind: TableKind): Table[] {
  return model.tables.filter((t) => t.kind === kind && USABLE_STATUS.has(t.status));
}

/** The first table of a kind whose rows were read. */
export function tableOf(model: Release, kind: TableKind): Table | undefined {
  return tablesOf(model, kind)[0];
}

/** The first table of a kind whatever its status (empty and unrecovered included). */
export function anyTableOf(model: Release, kind: TableKind): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

/** How a table is named in findings: kind name and printed number, e.g. "部门支出总体情况表 (03)". */
export function tableName(table: Table, lang: Lang = 'zh'): string {
  // parsing gives a table its template's usual number when the release prints none
  const number = table.number;
  // every location of every cell a rule reads names its table: one string per kind, number and language
  let byNumber = TABLE_NAMES[lang].get(table.kind);
  if (!byNumber) TABLE_NAMES[lang].set(table.kind, (byNumber = new Map()));
  let named = byNumber.get(number);
  if (named === undefined) {
    const name = KIND_NAME[table.kind][lang];
    named = number ? `${name} (${number})` : name;
    if (byNumber.size < 100) byNumber.set(number === undefined ? number : ownString(number), (named = ownString(named)));
  }
  return named;
}

const TABLE_NAMES: Record<Lang, Map<TableKind, Map<string | undefined, string>>> = { zh: new Map(), en: new Map() };

/**
 * Column facts derived once per column list: rules ask for a column's label and presence for every
 * cell they read, and deriving the label compares it with every other column's (regexes included).
 * Keyed by the columns array, which parsing builds once per table and never changes.
 */
interface ColumnFacts {
  keys: ReadonlySet<string>;
  labels: Map<string, string>;
}

const COLUMN_FACTS = new WeakMap<Table['columns'], ColumnFacts>();

function columnFacts(table: Table): ColumnFacts {
  let facts = COLUMN_FACTS.get(table.columns);
  if (!facts) {
    facts = { keys: new Set(table.columns.map((c) => c.key)), labels: new Map() };
    COLUMN_FACTS.set(table.columns, facts);
  }
  return facts;
}

export function hasColumn(table: Table, key: string): boolean {
  return columnFacts(table).keys.has(key);
}

function printedWords(label: string): string {
  // Degraded extracts describe a reconstructed column in parentheses: the printed words come first.
  return label.replace(/\s*\([^)]*[A-Za-z][^)]*\)\s*$/, '').replace(/\s+/g, '');
}

/**
 * The printed header words of a column, falling back to its canonical key. A label two columns
 * share (基本支出 小计, 项目支出 小计), or a generic one (小计, 其中：…), is prefixed with its parent header
 * so that it names one column.
 */
export function columnLabel(table: Table, key: string): string {
  const { labels } = columnFacts(table);
  let label = labels.get(key);
  if (label === undefined) {
    label = deriveColumnLabel(table, key);
    labels.set(key, label);
  }
  return label;
}

function deriveColumnLabel(table: Table, key: string): string {
  const col = table.columns.find((c) => c.key === key);
  if (!col) return key;
  const label = printedWords(col.label);
  if (!label) return key;
  // 小计 / 其中 name nothing without the header above them.
  const shared = /^(小计|合计|其中)/.test(label) || table.columns.some((c) => c.key !== key && printedWords(c.label) === label);
  const parent = col.path.length > 1 ? printedWords(col.path[col.path.length - 2]!) : '';
  return shared && parent && !label.startsWith(parent) ? `${parent}${label}` : label;
}

export function cellOf(row: Row, key: string): Cell | undefined {
  return row.cells.find((c) => c.column === key);
}

/** A row's name for messages: its label, with the code in front when it has one. */
export function rowName(row: Row): string {
  const code = row.functionCode?.code ?? row.econ?.dept?.code ?? row.orgCode ?? row.project?.code;
  // every location of every cell a rule reads names its row: derive the name once per row
  const known = ROW_NAMES.get(row);
  if (known && known.label === row.label && known.code === code && known.line === row.line) return known.name;
  const label = row.label.trim();
  const name = code && !label.startsWith(code) ? (label ? `${code} ${label}` : code) : label || `#${row.line}`;
  ROW_NAMES.set(row, { label: row.label, code, line: row.line, name });
  return name;
}

const ROW_NAMES = new WeakMap<Row, { label: string; code: string | undefined; line: number; name: string }>();

export function locationOf(table: Table, row: Row, key: string, lang: Lang, cell?: Cell): Location {
  const loc: Location = {
    line: cell?.line ?? row.line,
    table: tableName(table, lang),
    row: rowName(row),
    column: columnLabel(table, key),
  };
  if (cell && cell.status === 'value' && cell.value !== null) loc.value = cell.value;
  return loc;
}

export function printedOf(cell: Cell): Printed | undefined {
  if (cell.status !== 'value' || cell.value === null) return undefined;
  return { value: cell.value, decimals: cell.decimals ?? decimalsOf(cell.value) };
}

function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Read one cell of a row for a rule. A missing cell or a blank one is `empty` (no money); a text
 * cell in an amount column or an ambiguous one is `unusable`.
 */
export function readCell(table: Table, row: Row, key: string, lang: Lang): CellRead {
  const cell = cellOf(row, key);
  const location = locationOf(table, row, key, lang, cell);
  if (!cell || cell.status === 'empty') return { state: 'empty', location };
  if (cell.certainty === 'ambiguous' || cell.status === 'text') return { state: 'unusable', location };
  const printed = printedOf(cell);
  if (!printed) return { state: 'unusable', location };
  return { state: 'value', located: { printed, location } };
}

/** A certain printed value, or undefined when the cell is blank, ambiguous or text. */
export function valueAt(table: Table, row: Row, key: string, lang: Lang): Located | undefined {
  const r = readCell(table, row, key, lang);
  return r.state === 'value' ? r.located : undefined;
}

/** The first certain value cell of a row, whatever its column (loose layouts such as 11's budget block). */
export function firstValue(table: Table, row: Row, lang: Lang): Located | undefined {
  for (const cell of row.cells) {
    if (cell.certainty === 'ambiguous') continue;
    const printed = printedOf(cell);
    if (printed) return { printed, location: locationOf(table, row, cell.column, lang, cell) };
  }
  return undefined;
}

/** A blank cell read as the zero it stands for, with the decimals the table prints. */
export function zeroAt(location: Location, decimals = 2): Located {
  return { printed: { value: '0', decimals }, location };
}

export function rowsWithRole(table: Table, role: RowRole): Row[] {
  return table.rows.filter((r) => r.role === role);
}

/** The grand-total row (合计/总计) of a table with one. */
export function totalRow(table: Table): Row | undefined {
  return table.rows.find((r) => r.role === 'total');
}

/**
 * A row label reduced to its words: no spaces, no ordinal (一、 （一） 1.), no trailing colon,
 * so that `收入合计：` and `收 入 合 计` compare equal.
 */
export function normLabel(label: string): string {
  let norm = NORM_LABELS.get(label);
  if (norm === undefined) {
    norm = label
      .replace(/[\s\u3000]/g, '')
      .replace(/^[（(]?[一二三四五六七八九十百零〇\d]+[）)]?[、.．]?/, '')
      .replace(/[：:]+$/, '');
    if (NORM_LABELS.size >= 20_000) NORM_LABELS.clear();
    // own copies: a label cut from a release's text would keep that text alive in the cache
    norm = ownString(norm);
    NORM_LABELS.set(ownString(label), norm);
  }
  return norm;
}

/** Rules look rows up by label again and again; labels repeat across rows, tables and releases. */
const NORM_LABELS = new Map<string, string>();

/** Rows of a side (01/04 halves) or all rows when the table has no sides. */
export function sideRows(table: Table, side?: 'income' | 'expenditure'): Row[] {
  return side ? table.rows.filter((r) => r.side === side) : table.rows;
}

export function findRow(table: Table, pattern: RegExp, side?: 'income' | 'expenditure'): Row | undefined {
  return sideRows(table, side).find((r) => pattern.test(normLabel(r.label)));
}

/** A `其中：` line: part of the line above, never an addend of a total. */
export function isOfWhich(row: Row): boolean {
  return row.ofWhich || /^其中/.test(row.label.replace(/[\s\u3000]/g, ''));
}

/** Does the table hold any printed non-zero amount? */
export function tableHasData(table: Table): boolean {
  return table.rows.some((r) =>
    r.cells.some((c) => c.status === 'value' && c.value !== null && !/^-?0+(\.0+)?$/.test(c.value)),
  );
}

/** Amount-column keys the table's rows actually use, in column order. */
export function amountKeys(table: Table): string[] {
  const used = new Set<string>();
  for (const r of table.rows) for (const c of r.cells) if (c.status === 'value') used.add(c.column);
  return table.columns.map((c) => c.key).filter((k) => used.has(k));
}

/** Compare names printed in two tables: spaces inside names (`工作 经费`) are extraction noise. */
export function sameName(a: string, b: string): boolean {
  return a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '');
}
