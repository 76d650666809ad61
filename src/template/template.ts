import type { ClaimScope } from '../model/facts.js';
import type { TableKind } from '../model/table.js';
import { compactTitle } from './titles.js';
import { SUMMARY_BLOCKS } from './summary-blocks.js';
import type { Capability, ColumnDef, LineDef, QuantityDef, SectionDef, TableDef, TemplateProfile } from './schema.js';

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

/** A header word of a column, compiled: what the table readers match header cells against. */
export interface ColumnWord {
  key: string;
  word: RegExp;
  label: string;
  group?: string;
}

/** A pattern that matches nothing: a profile without the words. */
const NEVER = /(?!)/;
const SUMMARY_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(['income-expenditure-summary', 'fiscal-summary']);

const CLASS_KEY = /^(\w+)\.class\.(\d{3})$/;

/**
 * One profile with its look-ups: what parsing, fact extraction and the rules ask a template. Every
 * release carries the id of its own (release.template); nothing reads a profile from a global.
 */
export class Template {
  readonly id: string;
  /** the printed number of each kind (预算01表 → "01") */
  readonly numbers: Partial<Record<TableKind, string>>;
  /** the canonical column keys of each kind, in printed order */
  readonly columnKeys: Partial<Record<TableKind, readonly string[]>>;
  private readonly byKind: Map<TableKind, TableDef>;
  private readonly words: Partial<Record<TableKind, ColumnWord[]>>;
  private readonly titles: ReadonlyArray<readonly [RegExp, TableKind]>;
  private readonly numberLine: RegExp;
  private readonly capabilities: ReadonlySet<Capability>;

  constructor(readonly profile: TemplateProfile) {
    this.id = profile.id;
    this.byKind = new Map(profile.tables.map((t) => [t.kind, t]));
    this.numbers = Object.fromEntries(profile.tables.filter((t) => t.number).map((t) => [t.kind, t.number!]));
    const withColumns = profile.tables.filter((t) => t.columns.length > 0);
    this.columnKeys = Object.fromEntries(withColumns.map((t) => [t.kind, t.columns.map((c) => c.key)]));
    this.words = Object.fromEntries(
      withColumns.map((t) => [t.kind, t.columns.map((c) => ({ key: c.key, word: pattern(c.word), label: c.label, ...(c.group ? { group: c.group } : {}) }))]),
    );
    this.titles = profile.recognition.titles.map((t) => [pattern(t.pattern), t.kind] as const);
    this.numberLine = new RegExp(`^\\s*${profile.recognition.tableNumber}\\s*$`);
    this.capabilities = new Set(profile.capabilities);
  }

  get name(): { zh: string; en: string } {
    return this.profile.name;
  }

  has(capability: Capability): boolean {
    return this.capabilities.has(capability);
  }

  tableDef(kind: TableKind): TableDef | undefined {
    return this.byKind.get(kind);
  }

  columnDef(kind: TableKind, key: string): ColumnDef | undefined {
    const def = this.byKind.get(kind);
    const own = def?.columns.find((c) => c.key === key);
    return own ?? (def?.widerColumnsOf ? this.byKind.get(def.widerColumnsOf)?.columns.find((c) => c.key === key) : undefined);
  }

  columnWords(kind: TableKind): ColumnWord[] | undefined {
    return this.words[kind];
  }

  /** The template's printed number of a kind (预算01表 → "01"). */
  tableNumber(kind: TableKind): string | undefined {
    return this.numbers[kind];
  }

  /** The kind a table number names (the inverse of tableNumber). */
  kindOfNumber(number: string): TableKind | undefined {
    return (Object.entries(this.numbers) as Array<[TableKind, string]>).find(([, n]) => n === number)?.[0];
  }

  /** Label columns before the first amount in the template's layout of a kind. */
  labelColumns(kind: TableKind): number | undefined {
    return this.byKind.get(kind)?.labelColumns;
  }

  /** The number of a printed number line (`预算03表` alone on its line), if the line is one. */
  numberOfLine(line: string): string | undefined {
    const m = this.numberLine.exec(line);
    return m ? (m[1] ?? '').padStart(2, '0') : undefined;
  }

  /**
   * Identify a table by what its title means, not by its printed number: the patterns are tried in
   * the profile's order, the first that matches the compacted title wins.
   */
  classifyTitle(title: string): TableKind | null {
    const t = compactTitle(title);
    if (!/表$|表[(（]/.test(t) && !/表\d*$/.test(t)) return null;
    for (const [re, kind] of this.titles) if (re.test(t)) return kind;
    return null;
  }

  /** The line of a side-by-side summary a label names, if any. */
  summaryLine(kind: TableKind, side: 'income' | 'expenditure', label: string, ofWhich: boolean): LineDef | undefined {
    return this.byKind.get(kind)?.lines.find((l) => l.side === side && l.ofWhich === ofWhich && pattern(l.label).test(label));
  }

  /** What a narrative section speaks of: by its heading, else by its ordinal. */
  sectionDef(ordinal: number, title?: string): SectionDef | undefined {
    const sections = this.profile.narrative.sections;
    const own = sections.find((s) => s.ordinal === ordinal);
    if (title === undefined || (own && pattern(own.heading).test(title))) return own;
    return sections.find((s) => pattern(s.heading).test(title)) ?? own;
  }

  /** The definition of a narrative quantity key: its scope, the tables that print it, its class. */
  quantityDef(key: string): QuantityDef | undefined {
    const cls = CLASS_KEY.exec(key);
    if (cls) {
      const def = this.profile.narrative.classScopes[cls[1]!];
      return def && { ...def, classification: { code: cls[2]!, level: '类' } };
    }
    return this.profile.narrative.quantities[key];
  }

  /** The lines closing each block of a summary's half (本年收入合计, 上年结转, 收入总计), by their words. */
  summaryBlocks(kind: TableKind): { current: RegExp; carryover: RegExp; grand: RegExp; beside: RegExp } | undefined {
    const def = this.byKind.get(kind);
    // a summary whose profile names no closing words is read with the words every template seen uses
    const b = def?.summaryBlocks ?? (def && SUMMARY_KINDS.has(kind) ? SUMMARY_BLOCKS : undefined);
    return b && { current: pattern(b.current), carryover: pattern(b.carryover), grand: pattern(b.grand), beside: b.beside ? pattern(b.beside) : NEVER };
  }

  /** The named lines of a hand-typed block (11's 预算情况), each with the words that find it. */
  blockLines(kind: TableKind): ReadonlyMap<string, RegExp> {
    return new Map(Object.entries(this.byKind.get(kind)?.blockLines ?? {}).map(([k, p]) => [k, pattern(p)] as const));
  }

  /** The words of a note saying a table holds no data, and of the rounding-tail note (never an empty note). */
  private kindPhrase?: RegExp;

  /** The kind phrase of titles (global, for matchAll) and the owner words the prose may use per owner. */
  ownerWords(): { kindPhrase: RegExp; self: TemplateProfile['owner']['self'] } {
    const o = this.profile.owner;
    // matchAll copies a global pattern, so one compiled per template is safe to share
    this.kindPhrase ??= new RegExp(o.kindPhrase, 'g');
    return { kindPhrase: this.kindPhrase, self: o.self };
  }

  noteWords(): { empty: RegExp; roundingTail: RegExp } {
    const n = this.profile.notes;
    return n ? { empty: pattern(n.empty), roundingTail: pattern(n.roundingTail) } : { empty: NEVER, roundingTail: NEVER };
  }

  /** What a note saying a table is empty must speak of, per table kind. */
  tableTopics(): ReadonlyMap<TableKind, RegExp> {
    this.topics ??= new Map(Object.entries(this.profile.notes?.topics ?? {}).map(([k, p]) => [k as TableKind, pattern(p!)] as const));
    return this.topics;
  }

  private topics: ReadonlyMap<TableKind, RegExp> | undefined;

  /** The note saying what a table reports (its first group the topic), and each kind's topic words. */
  reportNote(): { note: RegExp; topics: ReadonlyMap<TableKind, RegExp> } {
    const n = this.profile.notes;
    return {
      note: n ? pattern(n.reports) : NEVER,
      topics: new Map(Object.entries(n?.reportTopics ?? {}).map(([k, p]) => [k as TableKind, pattern(p!)] as const)),
    };
  }

  /** The key of the column a table prints a split in (06's 人员经费 → `personnel`), for naming it. */
  /** The splits an economic line may take in a table of this template, when the template books it
   * beyond its class's column (undefined: its class's column only). */
  economicSplits(kind: TableKind, code: string): readonly string[] | undefined {
    return this.byKind.get(kind)?.economicSplits[code];
  }

  columnOfSplit(kind: TableKind, split: string): string | undefined {
    return this.byKind.get(kind)?.columns.find((c) => c.scope.split === split)?.key;
  }

  /** The key of the column a table prints a measure in (08's 公务接待费 → `reception`). */
  columnOfMeasure(kind: TableKind, measure: string): string | undefined {
    return this.byKind.get(kind)?.columns.find((c) => c.scope.measure === measure)?.key;
  }

  /** The scope a claim about `key` carries: the scope its figure has in the tables (none if unknown). */
  scopeOfKey(key: string): ClaimScope | undefined {
    const def = this.quantityDef(key);
    if (!def || def.neverPrinted) return undefined;
    return { ...def.scope, stage: 'budget', ...(def.classification ? { classification: def.classification } : {}) };
  }
}

const TEMPLATES = new WeakMap<TemplateProfile, Template>();

/** The look-ups of a profile, built once per profile. */
export function templateFor(profile: TemplateProfile): Template {
  let t = TEMPLATES.get(profile);
  if (!t) {
    t = new Template(profile);
    TEMPLATES.set(profile, t);
  }
  return t;
}
