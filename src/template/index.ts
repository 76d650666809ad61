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
