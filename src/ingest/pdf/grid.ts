import { clusterValues, type Segment } from './geometry.js';

/** A ruled table on one page: its column and row boundaries and, per row band, where cells split. */
export interface Grid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** x of every vertical ruling, left to right */
  xs: number[];
  /** y of every horizontal ruling, top to bottom */
  ys: number[];
  /** per band (ys[i]..ys[i+1]): indexes into xs where a ruling splits the band */
  splits: number[][];
  /** the horizontal rulings, to tell a cell that spans several bands (no ruling under it) */
  hsegs: Segment[];
}

/** One ruled row: the last row of a table pushed onto a new page, or a box drawn around text. */
export function isSingleRow(g: Grid): boolean {
  return g.ys.length < 3;
}

const TOL = 2;

/** Collinear pieces (a border drawn cell by cell) joined into one line. */
function joinCollinear(segs: readonly Segment[]): Segment[] {
  const byLine = new Map<string, Segment[]>();
  for (const s of segs) {
    const key = `${s.dir}${Math.round(s.at)}`;
    const list = byLine.get(key) ?? [];
    list.push(s);
    byLine.set(key, list);
  }
  const out: Segment[] = [];
  for (const list of byLine.values()) {
    list.sort((p, q) => p.a - q.a);
    let cur: Segment | undefined;
    for (const s of list) {
      if (cur && s.a <= cur.b + TOL) cur.b = Math.max(cur.b, s.b);
      else {
        if (cur) out.push(cur);
        cur = { ...s };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL;
}

/** Groups of rulings that cross each other: one group is one table. */
function components(segs: readonly Segment[]): Segment[][] {
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const hs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'h');
  const vs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'v');
  for (const [h, i] of hs) for (const [v, j] of vs) if (touches(h, v)) parent[find(i)] = find(j);
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(s);
    groups.set(r, g);
  });
  return [...groups.values()];
}

/** Ruled tables of a page, top to bottom. Borders too short to bound a cell are noise (underlines). */
export function findGrids(segments: readonly Segment[]): Grid[] {
  const segs = joinCollinear(segments.filter((s) => s.b - s.a > 3));
  const grids: Grid[] = [];
  for (const group of components(segs)) {
    const h = group.filter((s) => s.dir === 'h');
    const v = group.filter((s) => s.dir === 'v');
    if (h.length < 2 || v.length < 2) continue;
    const xs = clusterValues(v.map((s) => s.at), TOL);
    const ys = clusterValues(h.map((s) => s.at), TOL);
    // a box around a word is not a table; a single ruled row is one only where it continues a table
    if (xs.length < 3 || ys.length < 2) continue;
    const splits: number[][] = [];
    for (let i = 0; i + 1 < ys.length; i++) {
      const top = ys[i] ?? 0;
      const bottom = ys[i + 1] ?? 0;
      const mid = (top + bottom) / 2;
      const at: number[] = [];
      xs.forEach((x, k) => {
        if (v.some((s) => Math.abs(s.at - x) <= TOL && s.a <= mid + TOL && s.b >= mid - TOL)) at.push(k);
      });
      splits.push(at);
    }
    grids.push({ left: xs[0] ?? 0, right: xs[xs.length - 1] ?? 0, top: ys[0] ?? 0, bottom: ys[ys.length - 1] ?? 0, xs, ys, splits, hsegs: h });
  }
  return grids.sort((p, q) => p.top - q.top);
}
