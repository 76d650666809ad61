import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findGrids } from './grid.js';
import { layPage, type LaidBlock, type LaidTable } from './layout.js';
import { dropMargins } from './margins.js';
import { readPage } from './page-content.js';

/** A table as the document prints it, possibly over several pages. */
export interface PdfTable {
  /** the title line printed above it ('' when none is found) */
  title: string;
  /** 1-based pages it covers */
  pages: number[];
  /** rows after repeated page headers are dropped */
  rows: string[][];
  /** first text line of its rows in `lines` (1-based) */
  line: number;
}

/** What a PDF turns into: text lines for the parser, where each stands, and its tables. */
export interface PdfLayout {
  pageCount: number;
  lines: string[];
  /** page (1-based) of line n at linePages[n - 1]; 0 for the blank lines the layout adds */
  linePages: number[];
  tables: PdfTable[];
  /** glyph runs read: 0 means no text layer (a scan) */
  glyphCount: number;
}

const near = (x: number, y: number) => Math.abs(x - y) < 3;

/**
 * The next part continues a table when its rulings are the table's: the same, or some of them with
 * the same outer edges (a last row whose 合计 spans the code columns draws fewer inner rulings).
 */
function sameColumns(a: LaidTable, b: LaidTable): boolean {
  if (a.xs.length === b.xs.length && a.xs.every((x, i) => near(x, b.xs[i] ?? 0))) return true;
  return (
    b.xs.length < a.xs.length &&
    near(a.xs[0] ?? 0, b.xs[0] ?? 0) &&
    near(a.xs[a.xs.length - 1] ?? 0, b.xs[b.xs.length - 1] ?? 0) &&
    b.xs.every((x) => a.xs.some((y) => near(x, y)))
  );
}

/** A part's cells moved to the columns of the table it continues, by the x of their left ruling. */
function onColumns(a: LaidTable, b: LaidTable): LaidTable['rows'] {
  if (a.xs.length === b.xs.length) return b.rows;
  const to = b.xs.slice(0, -1).map((x) => a.xs.findIndex((y) => near(x, y)));
  return b.rows.map((r) => {
    const cells = new Array<string>(a.xs.length - 1).fill('');
    r.cells.forEach((c, k) => {
      const j = to[k] ?? -1;
      if (j >= 0) cells[j] = c;
    });
    return { ...r, cells };
  });
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c.replace(/\s+/g, '') === (b[i] ?? '').replace(/\s+/g, ''));
}

const TITLE_ROW = /表|单位[:：]|部门[:：]|编制|金额单位/;

/**
 * Rows above the headings that hold only a title, a table number or the unit (producers that
 * export whole sheets rule them in): they are text, as a title printed above the table is.
 */
function liftTitleRows(blocks: LaidBlock[]): LaidBlock[] {
  const out: LaidBlock[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') {
      out.push(b);
      continue;
    }
    let k = 0;
    while (k < b.rows.length - 1) {
      const filled = (b.rows[k]?.cells ?? []).filter((c) => c.trim() !== '');
      if (filled.length === 0 || filled.length > 2 || !TITLE_ROW.test(filled.join('')) || filled.some((c) => /\d\.\d/.test(c))) break;
      const top = b.rows[k]?.top ?? b.top;
      out.push({ kind: 'text', page: b.page, top, bottom: top + 1, text: filled.join(' '), size: 0 });
      k++;
    }
    out.push(k ? { ...b, rows: b.rows.slice(k) } : b);
  }
  return out;
}

const compactText = (s: string) => s.replace(/\s+/g, '');

/** What may stand between two parts of one table: a title, number or unit line the page repeats, or 续表. */
function isRepeatedCaption(b: LaidBlock, before: ReadonlySet<string>): boolean {
  return b.kind === 'text' && (before.has(compactText(b.text)) || /^[（(]?续表?[)）]?$|^续\s*表/.test(compactText(b.text)));
}

/**
 * A table that opens the next page with the same columns as the one that closed this page is its
 * continuation: one table, and the header rows it repeats are dropped, and so are the title lines
 * repeated above it.
 */
function mergeAcrossPages(pages: LaidBlock[][]): LaidBlock[] {
  const out: LaidBlock[] = [];
  for (let blocks of pages) {
    const last = out[out.length - 1];
    if (last?.kind === 'table') {
      // the captions printed above the table where it began
      const start = out.lastIndexOf(last);
      const captions = new Set(out.slice(Math.max(0, start - 6), start).flatMap((b) => (b.kind === 'text' ? [compactText(b.text)] : [])));
      let lead = 0;
      while (lead < blocks.length && isRepeatedCaption(blocks[lead] as LaidBlock, captions)) lead++;
      const next = blocks[lead];
      if (lead > 0 && next?.kind === 'table' && sameColumns(last, next)) blocks = blocks.slice(lead);
    }
    blocks.forEach((b, i) => {
      const prev = out[out.length - 1];
      if (i === 0 && b.kind === 'table' && prev?.kind === 'table' && prev.page !== b.page && sameColumns(prev, b)) {
        let skip = 0;
        while (skip < b.rows.length && skip < prev.rows.length && sameRow(b.rows[skip]?.cells ?? [], prev.rows[skip]?.cells ?? [])) skip++;
        // a page that repeats every row it has is not a repeated header but a repeated table
        if (skip === b.rows.length) skip = 0;
        const rows = onColumns(prev, b).slice(skip);
        const merged = prev as LaidTable & { rowPages?: number[] };
        merged.rowPages = [...(merged.rowPages ?? prev.rows.map(() => prev.page)), ...rows.map(() => b.page)];
        merged.rows = [...prev.rows, ...rows];
        return;
      }
      if (b.kind === 'table' && b.single) {
        // a ruled box that continues nothing is text drawn in a frame
        const text = b.rows.map((r) => r.cells.filter((c) => c !== '').join(' ')).join('');
        out.push({ kind: 'text', page: b.page, top: b.top, bottom: b.bottom, text, size: 0 });
      } else out.push(b.kind === 'table' ? { ...b, rows: [...b.rows] } : b);
    });
  }
  return out;
}

const TITLE_LOOKBACK = 6;

/** The nearest line above a table that names it (…表, …表（续）), skipping unit and department lines. */
function titleAbove(lines: readonly string[], before: number): string {
  for (let n = before - 1; n >= 1 && n >= before - TITLE_LOOKBACK; n--) {
    const t = (lines[n - 1] ?? '').trim();
    if (t === '') continue;
    if (/^(?:编制|部门|单位)(?:名称|部门)?[:：]|单位[:：]/.test(t)) continue;
    if (t.includes('\t')) break;
    if (/表(?:\s*[（(][^）)]*[）)])?$/.test(t) || /情况表|明细表|总表/.test(t)) {
      // a number line (公开01表, 表1) under or over the name: the name is the title
      if (/^(?:[^\d]{0,4}\s*\d{1,2}\s*表|表\s*\d{1,2})$/.test(t.replace(/\s+/g, ''))) {
        const near = [lines[n - 2], lines[n - 3], lines[n], lines[n + 1]].map((l) => (l ?? '').trim()).find((l) => /表/.test(l) && !/^(?:[^\d]{0,4}\d{1,2}表|表\d{1,2})$/.test(l.replace(/\s+/g, '')) && !l.includes('\t'));
        if (near) return near;
      }
      return t;
    }
  }
  return '';
}

export async function layoutDocument(doc: PDFDocumentProxy): Promise<PdfLayout> {
  const pages: Array<{ height: number; blocks: LaidBlock[] }> = [];
  let glyphCount = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await readPage(page);
    glyphCount += content.glyphs.length;
    pages.push({ height: content.height, blocks: layPage(p, content.glyphs, findGrids(content.segments), content.height) });
    page.cleanup();
  }
  const blocks = mergeAcrossPages(dropMargins(pages).map(liftTitleRows));
  const lines: string[] = [];
  const linePages: number[] = [];
  const tables: PdfTable[] = [];
  const push = (text: string, page: number) => {
    lines.push(text);
    linePages.push(page);
  };
  let prevBottom = -Infinity;
  let prevPage = 0;
  for (const b of blocks) {
    if (b.kind === 'text') {
      // a gap taller than a line is a paragraph break: the text parser reads blank lines as such
      if (prevPage === b.page && b.top - prevBottom > b.size * 0.8) push('', 0);
      push(b.text, b.page);
      prevBottom = b.bottom;
      prevPage = b.page;
      continue;
    }
    if (lines.length && lines[lines.length - 1] !== '') push('', 0);
    const rowPages = (b as LaidTable & { rowPages?: number[] }).rowPages ?? b.rows.map(() => b.page);
    const first = lines.length + 1;
    b.rows.forEach((r, i) => push(r.cells.join('\t'), rowPages[i] ?? b.page));
    tables.push({ title: titleAbove(lines, first), pages: [...new Set(rowPages)], rows: b.rows.map((r) => r.cells), line: first });
    push('', 0);
    prevBottom = Infinity;
    prevPage = 0;
  }
  return { pageCount: doc.numPages, lines, linePages, tables, glyphCount };
}
