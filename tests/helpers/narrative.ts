import { HENAN_NUMBER } from '../../src/parse/tables/kinds.js';
import type { Release, Meta, Toc, Coverage } from '../../src/model/release.js';
import type { Claim, Section } from '../../src/model/narrative.js';
import type { Row, Table, TableKind, Cell } from '../../src/model/table.js';
import type { Finding } from '../../src/model/report.js';
import type { Rule, Lang } from '../../src/engine/rule.js';
import { runRules, type RunResult } from '../../src/engine/runner.js';

/** Hand-made release models for rule tests: only what a test states is present. */
export class ModelBuilder {
  private claims: Claim[] = [];
  private tables: Table[] = [];
  private sections: Section[] = [];
  private n = 0;
  meta: Meta = { cover: true };
  toc: Toc | undefined;
  coverage: Coverage = { tables: [], missingTables: [], illegible: [], unclaimedSentences: [], unresolvedClaims: [] };
  narrativeLine: number | undefined;

  private id(line: number): string {
    return `c${line}-${++this.n}`;
  }

  private src(value: string, line: number) {
    const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
    return { value, raw: value, decimals, unit: '万元' as const, line };
  }

  private pct(value: string, line: number) {
    const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
    return { value, raw: `${value}%`, decimals, line };
  }

  /** an amount claim; returns its id */
  amount(key: string, value: string, line: number, section?: number, text = ''): string {
    const id = this.id(line);
    this.claims.push({ id, type: 'amount', quantity: { key, label: key }, section, line, text, amount: this.src(value, line) });
    return id;
  }

  share(key: string, wholeKey: string, percent: string, line: number, opts: { section?: number; amountClaimId?: string } = {}): string {
    const id = this.id(line);
    this.claims.push({
      id,
      type: 'share',
      quantity: { key, label: key },
      whole: { key: wholeKey, label: wholeKey },
      percent: this.pct(percent, line),
      section: opts.section,
      amountClaimId: opts.amountClaimId,
      line,
      text: '',
    });
    return id;
  }

  change(
    key: string,
    line: number,
    opts: {
      direction: 'increase' | 'decrease';
      amount?: string;
      rate?: string;
      amountWord?: string;
      rateWord?: string;
      baseYear?: number;
      currentClaimId?: string;
      section?: number;
      text?: string;
    },
  ): string {
    const id = this.id(line);
    this.claims.push({
      id,
      type: 'change',
      quantity: { key, label: key },
      direction: opts.direction,
      amountWord: opts.amountWord ?? (opts.direction === 'increase' ? '增加' : '减少'),
      rateWord: opts.rate === undefined ? undefined : (opts.rateWord ?? (opts.direction === 'increase' ? '增长' : '下降')),
      amount: opts.amount === undefined ? undefined : this.src(opts.amount, line),
      rate: opts.rate === undefined ? undefined : this.pct(opts.rate, line),
      baseYear: opts.baseYear === undefined ? undefined : { value: opts.baseYear, line },
      currentClaimId: opts.currentClaimId,
      section: opts.section,
      line,
      text: opts.text ?? '',
    });
    return id;
  }

  parity(key: string, line: number, opts: { baseYear?: number; section?: number } = {}): string {
    const id = this.id(line);
    this.claims.push({
      id,
      type: 'parity',
      quantity: { key, label: key },
      baseYear: opts.baseYear === undefined ? undefined : { value: opts.baseYear, line },
      section: opts.section,
      line,
      text: '',
    });
    return id;
  }

  count(key: string, value: string, line: number, section = 9): string {
    const id = this.id(line);
    this.claims.push({ id, type: 'count', quantity: { key, label: key }, value, unitWord: '辆', section, line, text: '' });
    return id;
  }

  section(ordinal: number, title: string, line: number, endLine: number): this {
    this.sections.push({ ordinal, title, line, endLine, sentences: [] });
    return this;
  }

  /** a table; rows are [label, line, role, {column: value|''}, extra row fields] */
  table(
    kind: TableKind,
    titleLine: number,
    rows: Array<{ label: string; line: number; role?: Row['role']; side?: Row['side']; cells: Record<string, string>; extra?: Partial<Row> }>,
    extra: Partial<Table> = {},
  ): this {
    this.tables.push({
      kind,
      // as parsing does: a table that prints no number has its template's (these models are Henan's)
      number: HENAN_NUMBER[kind],
      title: extra.title ?? kind,
      titleLine,
      endLine: titleLine + rows.length + 5,
      unit: '万元',
      status: 'parsed',
      columns: [],
      header: [],
      notes: [],
      ...extra,
      rows: rows.map((r) => ({
        line: r.line,
        role: r.role ?? 'item',
        side: r.side,
        label: r.label,
        ofWhich: false,
        cells: Object.entries(r.cells).map(
          ([column, v]): Cell => ({
            column,
            raw: v,
            status: v === '' ? 'empty' : 'value',
            value: v === '' ? null : v,
            decimals: v === '' ? null : (v.split('.')[1]?.length ?? 0),
            line: r.line,
            certainty: 'certain',
          }),
        ),
        ...r.extra,
      })),
    });
    return this;
  }

  build(): Release {
    return {
      schemaVersion: 1,
      source: { path: 'hand-made.txt', encoding: 'UTF-8', sha256: '0'.repeat(64), bytes: 0, lines: 0 },
      meta: this.meta,
      toc: this.toc,
      tables: this.tables,
      narrative: { line: this.narrativeLine, sections: this.sections, claims: this.claims },
      coverage: this.coverage,
    };
  }
}

export function model(): ModelBuilder {
  return new ModelBuilder();
}

/** Run one rule on a model; `lines` is the text the rule may scan (line n is lines[n - 1]). */
export function run(rule: Rule, m: Release, lines: readonly string[] = [], lang: Lang = 'zh'): RunResult {
  return runRules(m, lines, [rule], { lang });
}

export function only(result: RunResult): Finding {
  if (result.findings.length !== 1) throw new Error(`expected one finding, got ${result.findings.length}: ${JSON.stringify(result.findings, null, 1)}`);
  return result.findings[0]!;
}

/** text lines with given content at given 1-based line numbers */
export function textLines(entries: Record<number, string>, length = Math.max(...Object.keys(entries).map((k) => parseInt(k, 10)))): string[] {
  const out: string[] = Array.from({ length }, () => '');
  for (const [k, v] of Object.entries(entries)) out[parseInt(k, 10) - 1] = v;
  return out;
}
