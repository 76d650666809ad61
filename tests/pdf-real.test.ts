import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfLayout, type PdfTable } from '../src/ingest/pdf/index.js';
import { cellAt, dataRows, squash, type Golden, type GoldenTable } from './helpers/golden-pdf.js';

const REAL = new URL('../fixtures/real/', import.meta.url).pathname;
const NAMES = ['bj-sjj-2026-ys', 'cq-zfbgt-2026-ys', 'cs-xfj-2026-ys', 'fz-cangshan-sthj-2026-dwys', 'gj-xfj-2024-js', 'gz-xfj-2026-ys', 'hz-qxj-2026-ys', 'sh-putuo-wanli-2025-ys', 'suz-sjj-2026-ys', 'sz-jgj-2026-ys', 'xa-tjj-2026-ys'];

const layouts = new Map<string, Promise<PdfLayout>>();
function layoutOf(file: string): Promise<PdfLayout> {
  let p = layouts.get(file);
  if (!p) layouts.set(file, (p = layoutPdf(file, readFileSync(REAL + file))));
  return p;
}

/** The reader's title names the golden table: its title, or (for a title line the layout split) its number. */
function named(t: PdfTable, g: GoldenTable): boolean {
  const read = squash(t.title);
  return read !== '' && (read.includes(squash(g.title)) || squash(g.title).includes(read) || read.includes(squash(g.number)));
}

/**
 * The tables the reader found for a golden table: on its pages, named by its title or number; an
 * untitled table there is a part the producer printed without repeating the caption (a goal table's
 * next project block).
 */
function matching(tables: readonly PdfTable[], g: GoldenTable): PdfTable[] {
  const title = squash(g.title);
  const number = squash(g.number);
  return tables.filter(
    (t) => t.pages.some((p) => g.pages.includes(p)) && (squash(t.title).includes(title) || (t.title !== '' && title.includes(squash(t.title))) || squash(t.title).includes(number) || t.title === ''),
  );
}

describe('real releases: every printed table, with its pages and rows, and hand-read cells', () => {
  for (const name of NAMES) {
    const golden = JSON.parse(readFileSync(`${REAL}${name}.golden.json`, 'utf8')) as Golden;
    const fileOf = (f?: string) => f ?? golden.file ?? '';

    it(`${name}: every table is found on its pages with its data rows`, async () => {
      for (const g of golden.tables) {
        const layout = await layoutOf(fileOf(g.file));
        const found = matching(layout.tables, g);
        const where = `${g.number} ${g.title} p.${g.pages.join(',')}`;
        expect.soft(found.length, `${where}: not found`).toBeGreaterThan(0);
        if (found.length === 0) continue;
        expect.soft(found.some((t) => named(t, g)), `${where}: title (read ${found.map((t) => JSON.stringify(t.title)).join(', ')})`).toBe(true);
        expect.soft([...new Set(found.flatMap((t) => t.pages))].sort((a, b) => a - b), `${where}: pages`).toEqual(g.pages);
        if (g.dataRows !== null) {
          expect.soft(found.length, `${where}: one table`).toBe(1);
          expect.soft(dataRows(found[0]!), `${where}: data rows`).toBe(g.dataRows);
        }
      }
    });

    it(`${name}: a dozen cells read as printed`, async () => {
      expect(golden.cells.length).toBeGreaterThanOrEqual(12);
      for (const c of golden.cells) {
        const layout = await layoutOf(fileOf(c.file));
        const g = golden.tables.find((t) => t.number === c.table && (!c.file || t.file === c.file));
        const candidates = g ? matching(layout.tables, g).filter((t) => t.pages.includes(c.page)) : [];
        const hits = candidates.map((t) => cellAt(t, c));
        const ok = hits.some((h) => h.value !== undefined && squash(h.value) === squash(c.value));
        expect.soft(ok, `${c.table} p.${c.page} ${c.rowCode ?? ''} ${c.row} ${c.column.join('/')} = ${c.value}: ${hits.map((h) => h.why ?? h.value).join(' | ') || 'no table'}`).toBe(true);
      }
    });
  }
});
