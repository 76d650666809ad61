import type { TableKind } from '../model/table.js';
import { HENAN } from './henan.js';
import type { ColumnDef, LineDef, SectionDef, TableDef, TemplateProfile } from './schema.js';

export type { ColumnDef, LineDef, ScopePart, SectionDef, TableDef, TemplateProfile } from './schema.js';

/** The profile in force. Only the Henan template exists today; other regions add theirs beside it. */
export const PROFILE: TemplateProfile = HENAN;

const REGEX = new Map<string, RegExp>();

/** A profile pattern, compiled once. */
export function pattern(source: string): RegExp {
  let re = REGEX.get(source);
  if (!re) {
    re = new RegExp(source);
    REGEX.set(source, re);
  }
  return re;
}

const BY_KIND = new Map<TableKind, TableDef>(PROFILE.tables.map((t) => [t.kind, t]));

export function tableDef(kind: TableKind): TableDef | undefined {
  return BY_KIND.get(kind);
}

export function columnDef(kind: TableKind, key: string): ColumnDef | undefined {
  const def = BY_KIND.get(kind);
  const own = def?.columns.find((c) => c.key === key);
  return own ?? (def?.widerColumnsOf ? BY_KIND.get(def.widerColumnsOf)?.columns.find((c) => c.key === key) : undefined);
}

/** The template's printed number of a kind (预算01表 → "01"). */
export function tableNumber(kind: TableKind): string | undefined {
  return BY_KIND.get(kind)?.number;
}

/** Title patterns in the order they are tried. */
export function titlePatterns(): ReadonlyArray<readonly [RegExp, TableKind]> {
  return PROFILE.recognition.titles.map((t) => [pattern(t.pattern), t.kind] as const);
}

/** The line of a side-by-side summary a label names, if any. */
export function summaryLine(kind: TableKind, side: 'income' | 'expenditure', label: string, ofWhich: boolean): LineDef | undefined {
  return BY_KIND.get(kind)?.lines.find((l) => l.side === side && l.ofWhich === ofWhich && pattern(l.label).test(label));
}

/** What a narrative section speaks of: by its heading, else by its ordinal. */
export function sectionDef(ordinal: number, title?: string): SectionDef | undefined {
  const own = PROFILE.narrative.sections.find((s) => s.ordinal === ordinal);
  if (title === undefined || (own && pattern(own.heading).test(title))) return own;
  return PROFILE.narrative.sections.find((s) => pattern(s.heading).test(title)) ?? own;
}

/** The lines closing each block of a summary's half (本年收入合计, 上年结转, 收入总计), by their words. */
export function summaryBlocks(kind: TableKind): { current: RegExp; carryover: RegExp; grand: RegExp } | undefined {
  const b = BY_KIND.get(kind)?.summaryBlocks;
  return b && { current: pattern(b.current), carryover: pattern(b.carryover), grand: pattern(b.grand) };
}

/** The named lines of a hand-typed block (11's 预算情况), each with the words that find it. */
export function blockLines(kind: TableKind): ReadonlyMap<string, RegExp> {
  return new Map(Object.entries(BY_KIND.get(kind)?.blockLines ?? {}).map(([k, p]) => [k, pattern(p)] as const));
}

const NEVER = /(?!)/;

/** The words of a note saying a table holds no data, and of the rounding-tail note (never an empty note). */
export function noteWords(): { empty: RegExp; roundingTail: RegExp } {
  const n = PROFILE.notes;
  return n ? { empty: pattern(n.empty), roundingTail: pattern(n.roundingTail) } : { empty: NEVER, roundingTail: NEVER };
}

const TOPICS = new WeakMap<TemplateProfile, ReadonlyMap<TableKind, RegExp>>();

/** What a note saying a table is empty must speak of, per table kind. */
export function tableTopics(): ReadonlyMap<TableKind, RegExp> {
  let topics = TOPICS.get(PROFILE);
  if (!topics) TOPICS.set(PROFILE, (topics = new Map(Object.entries(PROFILE.notes?.topics ?? {}).map(([k, p]) => [k as TableKind, pattern(p!)] as const))));
  return topics;
}

/** The note saying what a table reports (its first group the topic), and each kind's topic words. */
export function reportNote(): { note: RegExp; topics: ReadonlyMap<TableKind, RegExp> } {
  const n = PROFILE.notes;
  return {
    note: n ? pattern(n.reports) : NEVER,
    topics: new Map(Object.entries(n?.reportTopics ?? {}).map(([k, p]) => [k as TableKind, pattern(p!)] as const)),
  };
}

/** The key of the column a table prints a split in (06's 人员经费 → `personnel`), for naming it. */
export function columnOfSplit(kind: TableKind, split: string): string | undefined {
  return BY_KIND.get(kind)?.columns.find((c) => c.scope.split === split)?.key;
}

/** The key of the column a table prints a measure in (08's 公务接待费 → `reception`). */
export function columnOfMeasure(kind: TableKind, measure: string): string | undefined {
  return BY_KIND.get(kind)?.columns.find((c) => c.scope.measure === measure)?.key;
}
