import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { extractFacts } from '../../src/facts/index.js';
import { ingestPdfBytes } from '../../src/ingest/pdf/index.js';
import type { Fact } from '../../src/model/facts.js';
import type { Release } from '../../src/model/release.js';
import type { TableKind } from '../../src/model/table.js';
import { parseRelease } from '../../src/parse/index.js';
import { templateOf } from '../../src/template/index.js';
import type { Golden, GoldenCell } from '../helpers/golden-pdf.js';

const REAL = new URL('../../fixtures/real/', import.meta.url).pathname;

export interface RealDoc {
  model: Release;
  facts: Fact[];
}

const cache = new Map<string, Promise<RealDoc>>();

/** A real release read as the CLI reads it: PDF → layout lines → model (its template detected) → facts. */
export function realDoc(file: string): Promise<RealDoc> {
  let p = cache.get(file);
  if (!p) {
    p = ingestPdfBytes(file, readFileSync(REAL + file)).then((input) => {
      const model = parseRelease(input);
      return { model, facts: extractFacts(model) };
    });
    cache.set(file, p);
  }
  return p;
}

type GoldenWithUnits = Omit<Golden, 'tables'> & { tables: Array<Golden['tables'][number] & { unit: string | null }> };

export function golden(name: string): GoldenWithUnits {
  return JSON.parse(readFileSync(`${REAL}${name}.golden.json`, 'utf8'));
}

/** A printed amount as the model keeps it: separators gone. */
export const printed = (value: string) => value.replace(/,/g, '');

type ScopeExpect = Partial<Pick<Fact, 'side' | 'fund' | 'flow' | 'split' | 'measure' | 'stage' | 'row' | 'economic' | 'orgCode' | 'project'>> & {
  /** the 功能分类 code of the fact */
  classification?: string;
};

/**
 * What one hand-read cell of the golden file is in the canonical model: the kind of its table and
 * either the fact it makes (its scope, and its value in 万元 when the table prints 元) or, when the
 * template prints it in a column or line with no canonical scope, why it makes none (the column key).
 */
export type CellExpectation =
  | { kind: TableKind; scope: ScopeExpect; value?: string }
  | { kind: TableKind; noFact: { column: string; why: string } };

function matches(f: Fact, s: ScopeExpect): boolean {
  for (const [k, v] of Object.entries(s)) {
    if (k === 'classification') {
      if (f.classification?.code !== v) return false;
    } else if ((f as Record<string, unknown>)[k] !== v) return false;
  }
  return true;
}

/** Each golden cell, checked against its expectation (one per cell, in the golden file's order). */
export function checkCells(doc: RealDoc, cells: readonly GoldenCell[], expectations: readonly CellExpectation[]): void {
  expect(expectations.length, 'one expectation per hand-read cell').toBe(cells.length);
  cells.forEach((c, i) => {
    const e = expectations[i]!;
    const where = `${c.table} ${c.rowCode ?? ''} ${c.row} ${c.column.join('/')} = ${c.value}`;
    const tableIndexes = doc.model.tables.flatMap((t, ti) => (t.kind === e.kind ? [ti] : []));
    expect.soft(tableIndexes.length, `${where}: a ${e.kind} table`).toBeGreaterThan(0);
    if ('noFact' in e) {
      const cellsRead = tableIndexes.flatMap((ti) =>
        doc.model.tables[ti]!.rows.flatMap((r) => r.cells.filter((x) => x.column === e.noFact.column && x.value === printed(c.value))),
      );
      expect.soft(cellsRead.length, `${where}: read in column ${e.noFact.column}`).toBeGreaterThan(0);
      const made = doc.facts.filter((f) => tableIndexes.includes(f.tableIndex) && cellsRead.some((x) => x.line === f.source.line && x.column === f.source.column && x.value === f.printed));
      expect.soft(made, `${where}: no fact (${e.noFact.why})`).toEqual([]);
      return;
    }
    const hits = doc.facts.filter((f) => tableIndexes.includes(f.tableIndex) && f.printed === printed(c.value) && f.state === 'value' && matches(f, e.scope));
    expect.soft(hits.length, `${where}: a fact of scope ${JSON.stringify(e.scope)}`).toBeGreaterThan(0);
    for (const h of hits) expect.soft(h.value, `${where}: in 万元`).toBe(e.value ?? printed(c.value));
  });
}

/** The tables read, as [kind, title] pairs in printed order. */
export function tableKinds(model: Release): Array<[TableKind, string]> {
  return model.tables.map((t) => [t.kind, t.title.replace(/[\s\u3000]+/g, '')]);
}

/**
 * Amount cells in columns the template gives no key (`col<N>`): an amount column the profile does not
 * map.
 */
export function unmappedAmountColumns(model: Release): string[] {
  const out = new Set<string>();
  const template = templateOf(model);
  for (const t of model.tables) {
    // indicator grids of the performance tables print target values (10, 95), not money; a kind the
    // template gives no columns (政府采购, 其他) is reported by its title and its lines make no facts
    if (t.kind === 'performance-overall' || t.kind === 'performance-projects' || !template.tableDef(t.kind)) continue;
    for (const r of t.rows) for (const c of r.cells) if (/^col\d+$/.test(c.column) && c.status === 'value') out.add(`${t.kind}:${c.column}`);
  }
  return [...out];
}

export interface FamilySpec {
  /** the golden file's name (fixtures/real/<name>.golden.json) */
  name: string;
  /** the PDF holding the tables (Beijing prints them in a file of their own) */
  file: string;
  /** the template the release is detected as */
  template: string;
  /** the canonical kind of each printed table, in the golden file's order */
  kinds: readonly TableKind[];
  /** one per hand-read cell of the golden file */
  cells: readonly CellExpectation[];
}

/** The three checks every family gets: its template detected, each table's kind and unit, each hand-read cell's fact. */
export function familyChecks(spec: FamilySpec) {
  const g = golden(spec.name);
  const tables = g.tables.filter((t) => !t.file || t.file === spec.file);
  const cells = g.cells.filter((c) => !c.file || c.file === spec.file);
  return {
    async detection() {
      const { model } = await realDoc(spec.file);
      expect(model.template?.id).toBe(spec.template);
    },
    async tables() {
      const { model } = await realDoc(spec.file);
      expect(spec.kinds.length, 'one kind per printed table').toBe(tables.length);
      expect(model.tables.length, `tables read: ${tableKinds(model).map((k) => k.join(' ')).join(' | ')}`).toBe(tables.length);
      tables.forEach((t, i) => {
        const read = model.tables[i];
        const title = t.title.replace(/[\s\u3000]+/g, '');
        expect.soft(read?.title.replace(/[\s\u3000]+/g, '') ?? '', `${t.number} title`).toContain(title);
        expect.soft(read?.kind, `${t.number} ${t.title}: kind`).toBe(spec.kinds[i]);
        if (t.unit) expect.soft(read?.unit, `${t.number} ${t.title}: unit`).toBe(t.unit);
      });
      expect(unmappedAmountColumns(model), 'amount columns without a canonical key').toEqual([]);
    },
    async cells() {
      checkCells(await realDoc(spec.file), cells, spec.cells);
    },
  };
}
