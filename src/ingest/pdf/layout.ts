import { midX, midY, type Glyphs } from './geometry.js';
import { isSingleRow, type Grid } from './grid.js';
import { baselines, joinRuns, joinWrapped, median } from './text-join.js';
import { pushTo } from '../../group.js';

/** A line of running text on a page. */
export interface TextLine {
  kind: 'text';
  page: number;
  top: number;
  bottom: number;
  text: string;
  size: number;
}

/** One table row: a cell per column, '' where nothing is printed. */
export interface LaidRow {
  cells: string[];
  top: number;
}

/** A ruled table on one page, its rows top to bottom. */
export interface LaidTable {
  kind: 'table';
  page: number;
  top: number;
  bottom: number;
  /** column boundaries, to tell whether the next page continues the same table */
  xs: number[];
  /** one ruled row: a table only where it continues one from the page before */
  single?: boolean;
  rows: LaidRow[];
}

export type LaidBlock = TextLine | LaidTable;

function inside(g: Grid, run: Glyphs): boolean {
  const x = midX(run);
  const y = midY(run);
  return x >= g.left - 1 && x <= g.right + 1 && y >= g.top - 1 && y <= g.bottom + 1;
}

function bandOf(g: Grid, y: number): number {
  for (let i = 0; i + 1 < g.ys.length; i++) if (y < (g.ys[i + 1] ?? 0)) return i;
  return g.ys.length - 2;
}

/** The column a run falls in: the ruling left of it that splits its band. */
function columnOf(g: Grid, band: number, x: number): number {
  const splits = g.splits[band] ?? [];
  let col = 0;
  for (const k of splits) if ((g.xs[k] ?? 0) <= x) col = k;
  return Math.min(col, g.xs.length - 2);
}

const AMOUNT = /^[-(（]?[\d,]*\d(?:\.\d+)?[)）]?%?$/;

/**
 * A band that stacks two amounts in one column holds several rows the producer drew no ruling
 * between: a wrapped cell never puts one amount over another (a number split over two lines is one
 * baseline of digits and one starting with a point). Wrapped labels and headings stay one row.
 */
function splitBand(cols: ReadonlyMap<number, Glyphs[]>): Glyphs[][] | null {
  let centres: number[] = [];
  let stacked = 0;
  for (const list of cols.values()) {
    const amounts = baselines(list)
      .filter((l) => AMOUNT.test(joinRuns(l).replace(/\s+/g, '')) && !/^\./.test(joinRuns(l).trim()))
      .map((l) => median(l.map((g) => midY(g))));
    if (amounts.length >= 2) stacked++;
    if (amounts.length > centres.length) centres = amounts;
  }
  // rows stack amounts in every amount column; one column alone stacking digits is a number wrapped
  // in a narrow cell (`100,763.0` over `3`)
  const amountColumns = [...cols.values()].filter((list) => list.some((g) => AMOUNT.test(g.text.replace(/\s+/g, '')))).length;
  if (centres.length < 2 || (stacked < 2 && amountColumns > 1)) return null;
  const rows: Glyphs[][] = centres.map(() => []);
  for (const g of [...cols.values()].flat()) {
    const m = midY(g);
    let best = 0;
    centres.forEach((c, i) => {
      if (Math.abs(c - m) < Math.abs((centres[best] ?? 0) - m)) best = i;
    });
    rows[best]?.push(g);
  }
  return rows.filter((r) => r.length > 0);
}

function cellText(runs: readonly Glyphs[]): string {
  return joinWrapped(baselines(runs).map((l) => joinRuns(l)));
}

/** Rough advance of a character in ems: CJK and full-width forms one, the rest a half. */
function ems(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5;
  return n;
}

/**
 * A run that crosses a vertical ruling holds the text of two cells (a producer drew them in one
 * string): split it at the space nearest the ruling, the widths estimated from the characters.
 */
function splitAtRulings(g: Grid, run: Glyphs): Glyphs[] {
  const band = bandOf(g, midY(run));
  const inner = (g.splits[band] ?? []).map((k) => g.xs[k] ?? 0).filter((x) => x > run.x + run.size * 0.5 && x < run.x + run.width - run.size * 0.5);
  if (inner.length === 0 || !/\s/.test(run.text.trim())) return [run];
  const total = ems(run.text) || 1;
  const pieces: Glyphs[] = [];
  let rest = run;
  for (const rule of inner) {
    const words = [...rest.text.matchAll(/\S+/g)];
    let best = -1;
    let bestDist = Infinity;
    for (let w = 1; w < words.length; w++) {
      const at = words[w]?.index ?? 0;
      const x = rest.x + (ems(rest.text.slice(0, at)) / total) * run.width;
      if (Math.abs(x - rule) < bestDist) [best, bestDist] = [at, Math.abs(x - rule)];
    }
    if (best < 0) break;
    const headWidth = (ems(rest.text.slice(0, best)) / total) * run.width;
    pieces.push({ ...rest, text: rest.text.slice(0, best).trimEnd(), width: headWidth });
    rest = { ...rest, text: rest.text.slice(best), x: rest.x + headWidth, width: rest.width - headWidth };
  }
  pieces.push(rest);
  return pieces;
}

/**
 * A cell merged over several bands has no ruling under its upper parts: its text (centred, or
 * wrapped over the bands) belongs to the band where the cell begins.
 */
function topOfSpan(g: Grid, band: number, x: number): number {
  let b = band;
  while (b > 0) {
    const y = g.ys[b] ?? 0;
    if (g.hsegs.some((s) => Math.abs(s.at - y) <= 2 && s.a <= x + 2 && s.b >= x - 2)) break;
    b--;
  }
  return b;
}

export function layTable(g: Grid, allRuns: readonly Glyphs[], page: number): LaidTable {
  const width = g.xs.length - 1;
  const bands = new Map<number, Map<number, Glyphs[]>>();
  for (const r of allRuns.flatMap((run) => splitAtRulings(g, run))) {
    const band = topOfSpan(g, bandOf(g, midY(r)), midX(r));
    const col = columnOf(g, band, midX(r));
    const cols = bands.get(band) ?? new Map<number, Glyphs[]>();
    pushTo(cols, col, r);
    bands.set(band, cols);
  }
  const rows: LaidRow[] = [];
  for (const band of [...bands.keys()].sort((p, q) => p - q)) {
    const cols = bands.get(band);
    if (!cols) continue;
    const parts = splitBand(cols) ?? [[...cols.values()].flat()];
    for (const part of parts) {
      const cells: string[] = new Array<string>(width).fill('');
      for (const [col, list] of cols) {
        const mine = list.filter((r) => part.includes(r));
        if (mine.length) cells[col] = cellText(mine);
      }
      rows.push({ cells, top: Math.min(...part.map((r) => r.y - r.size)) });
    }
  }
  return { kind: 'table', page, top: g.top, bottom: g.bottom, xs: g.xs, rows, ...(isSingleRow(g) ? { single: true } : {}) };
}

/**
 * A page as blocks top to bottom: ruled tables read cell by cell, everything else as lines. Wide
 * gaps inside a line (an unruled table) become tabs, so that its cells stay apart.
 */
export function layPage(page: number, runs: readonly Glyphs[], allGrids: readonly Grid[], height = Infinity): LaidBlock[] {
  // A lone ruled row continues a table only from the top of the page: lower down it is a box drawn
  // around words (some producers frame runs of running text), and its words are running text.
  const full = allGrids.filter((g) => !isSingleRow(g));
  const firstTop = Math.min(
    ...full.map((g) => g.top),
    ...runs.filter((r) => midY(r) > height * 0.09 && !full.some((g) => inside(g, r))).map((r) => r.y - r.size),
  );
  const grids = allGrids.filter((g) => !isSingleRow(g) || g.top <= firstTop + 2);
  const blocks: LaidBlock[] = [];
  const free: Glyphs[] = [];
  const owned = new Map<Grid, Glyphs[]>();
  for (const r of runs) {
    const g = grids.find((grid) => inside(grid, r));
    if (g) pushTo(owned, g, r);
    else free.push(r);
  }
  for (const [g, list] of owned) blocks.push(layTable(g, list, page));
  for (const line of baselines(free)) {
    const size = median(line.map((r) => r.size));
    blocks.push({
      kind: 'text',
      page,
      top: Math.min(...line.map((r) => r.y - r.size)),
      bottom: Math.max(...line.map((r) => r.y)),
      text: joinRuns(line, size * 2),
      size,
    });
  }
  return blocks.sort((p, q) => p.top - q.top);
}
