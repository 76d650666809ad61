/**
 * What the layout is rebuilt from, in page space with y growing downwards (as read), in points.
 */

/** A run of text as the PDF positions it. */
export interface Glyphs {
  text: string;
  /** left edge */
  x: number;
  /** baseline, from the top of the page */
  y: number;
  width: number;
  /** font size */
  size: number;
}

/** A horizontal or vertical ruling line. */
export interface Segment {
  /** 'h': y is fixed and a..b runs along x; 'v': x is fixed and a..b runs along y */
  dir: 'h' | 'v';
  /** the fixed coordinate */
  at: number;
  a: number;
  b: number;
}

/** The vertical middle of a run's letters: what decides which row band it sits in. */
export function midY(g: Glyphs): number {
  return g.y - g.size * 0.35;
}

export function midX(g: Glyphs): number {
  return g.x + g.width / 2;
}

/** Sorted values merged when closer than `tol`: the same ruling drawn twice, or by two cells. */
export function clusterValues(values: readonly number[], tol: number): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - (group[group.length - 1] ?? v) > tol) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}
