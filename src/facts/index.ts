import type { Printed } from '../engine/decimal.js';
import { columnLabel, rowName, tableName, type Located } from '../engine/query.js';
import type { Lang } from '../engine/rule.js';
import type { Classification, Fact, FactRow, FactScope } from '../model/facts.js';
import type { Release } from '../model/release.js';
import type { Location } from '../model/report.js';
import type { Row, Table, TableKind } from '../model/table.js';
import { extractFacts } from './extract.js';
import { pushTo } from '../group.js';

export { extractFacts } from './extract.js';

/**
 * A question for the fact index. Scope fields left out match anything, except the line coordinates
 * (classification, economic code, project): left out, they match only lines that have none, so that
 * "all spending" never returns a class line. `row` defaults to the grand line for such questions.
 */
type OneOrMore<T> = { [K in keyof T]?: T[K] | readonly T[K][] };

export interface FactQuery extends OneOrMore<Omit<FactScope, 'classification' | 'economic'>> {
  tableKind?: TableKind | readonly TableKind[];
  row?: FactRow | readonly FactRow[];
  classification?: Classification | 'any';
  economic?: string | 'any';
  project?: string | 'any';
  /** include ambiguous or text cells (state `unusable`) */
  unusable?: boolean;
}

/** A 类 the tables print on one line, or only as the sum of its 项 (or 款) lines. */
export type ClassAmount =
  | { kind: 'fact'; fact: Fact }
  | { kind: 'sum'; parts: Fact[]; tableIndex: number; code: string };

function matches<T>(want: T | readonly T[] | undefined, have: T): boolean {
  if (want === undefined) return true;
  return Array.isArray(want) ? (want as readonly T[]).includes(have) : want === have;
}

export class FactIndex {
  readonly facts: readonly Fact[];

  constructor(readonly model: Release) {
    this.facts = extractFacts(model);
  }

  find(q: FactQuery): Fact[] {
    const lineLess = q.classification === undefined && q.economic === undefined && q.project === undefined;
    const row = q.row ?? (lineLess ? 'total' : undefined);
    // Most questions name one kind of line (the grand line above all): scan that line's facts only.
    const pool = typeof row === 'string' ? this.byRow().get(row) ?? [] : this.facts;
    return pool.filter(
      (f) =>
        (q.unusable || f.state !== 'unusable') &&
        matches(q.tableKind, f.tableKind) &&
        matches(row, f.row) &&
        matches(q.side, f.side) &&
        matches(q.fund, f.fund) &&
        matches(q.flow, f.flow) &&
        matches(q.split, f.split) &&
        matches(q.measure ?? 'amount', f.measure) &&
        matches(q.stage ?? 'budget', f.stage) &&
        (q.classification === 'any' ? true : q.classification === undefined ? !f.classification : f.classification?.code === q.classification.code) &&
        (q.economic === 'any' ? true : q.economic === undefined ? !f.economic : f.economic === q.economic) &&
        (q.project === 'any' ? true : q.project === undefined ? !f.project : f.project === q.project),
    );
  }

  /** The facts of each kind of line, in document order: rules ask about a few lines of a thousand facts. */
  private byRow(): Map<FactRow, Fact[]> {
    if (!this.rowFacts) {
      this.rowFacts = new Map();
      for (const f of this.facts) {
        const list = this.rowFacts.get(f.row);
        if (list) list.push(f);
        else this.rowFacts.set(f.row, [f]);
      }
    }
    return this.rowFacts;
  }

  private rowFacts: Map<FactRow, Fact[]> | undefined;

  /** The first matching fact, usable or not: rules tell an unusable cell from an absent one. */
  first(q: FactQuery): Fact | undefined {
    return this.find({ ...q, unusable: true })[0];
  }

  /**
   * A function class in each table that prints it within the scope: the printed 类 line, or the sum
   * of the class's deepest printed lines (项, else 款) where no 类 line is printed.
   */
  classAmounts(q: Omit<FactQuery, 'classification'>, code: string): ClassAmount[] {
    const lines = this.find({ ...q, classification: 'any', row: 'item', unusable: true }).filter((f) => f.classification!.code.startsWith(code));
    const byTable = new Map<number, Fact[]>();
    for (const f of lines) pushTo(byTable, f.tableIndex, f);
    const out: ClassAmount[] = [];
    for (const [tableIndex, list] of byTable) {
      const own = list.find((f) => f.classification!.code === code);
      if (own) {
        if (own.state !== 'unusable') out.push({ kind: 'fact', fact: own });
        continue;
      }
      const deepest = list.some((f) => f.classification!.level === '项') ? '项' : '款';
      const parts = list.filter((f) => f.classification!.level === deepest);
      if (parts.length > 0 && parts.every((p) => p.state !== 'unusable')) out.push({ kind: 'sum', parts, tableIndex, code });
    }
    return out;
  }

  /** The amount in 万元 with the decimals that decide its rounding interval. */
  printed(f: Fact): Printed {
    return { value: f.value, decimals: f.decimals };
  }

  table(f: Fact): Table {
    return this.model.tables[f.tableIndex]!;
  }

  /** Where the fact stands, named for messages the way the release prints it. */
  location(f: Fact, lang: Lang): Location {
    const table = this.table(f);
    const row = table.rows[f.rowIndex]!;
    const loc: Location = { line: f.source.line, table: tableName(table, lang), row: rowName(row), column: columnLabel(table, f.source.column) };
    if (f.state === 'value') loc.value = f.printed;
    return loc;
  }

  /** The fact read from one cell (table, row and column), for rules that pair lines by name (projects). */
  atCell(table: Table, row: Row, column: string): Fact | undefined {
    if (!this.byCell) {
      this.byCell = new Map();
      for (const f of this.facts) this.byCell.set(`${f.tableIndex}|${f.rowIndex}|${f.source.column}`, f);
    }
    return this.byCell.get(`${this.model.tables.indexOf(table)}|${table.rows.indexOf(row)}|${column}`);
  }

  private byCell: Map<string, Fact> | undefined;

  /** The fact as rules report figures: its 万元 amount and where it stands. */
  located(f: Fact, lang: Lang): Located {
    return { printed: this.printed(f), location: this.location(f, lang) };
  }

  /** The row the fact was read from, for names in messages. */
  rowOf(f: Fact): Row {
    return this.table(f).rows[f.rowIndex]!;
  }

  /** Tables of a kind printed without data: what they would print is zero. */
  emptyTables(kinds: readonly TableKind[]): Table[] {
    return this.model.tables.filter((t) => kinds.includes(t.kind) && t.status === 'empty');
  }

  /** Tables of a kind whose rows were read. */
  readTables(kinds: readonly TableKind[]): Table[] {
    return this.model.tables.filter((t) => kinds.includes(t.kind) && (t.status === 'parsed' || t.status === 'recovered'));
  }
}

const CACHE = new WeakMap<Release, FactIndex>();

/** The fact index of a release, built once. */
export function factsOf(model: Release): FactIndex {
  let index = CACHE.get(model);
  if (!index) {
    index = new FactIndex(model);
    CACHE.set(model, index);
  }
  return index;
}
