import { clusterValues, midY, type Glyphs } from './geometry.js';

const LATIN_END = /[A-Za-z0-9%)]$/;
const LATIN_START = /^[A-Za-z(]/;

/** Runs on one baseline, left to right, joined with the spacing their gaps show. */
export function joinRuns(runs: readonly Glyphs[], tabGap?: number): string {
  const sorted = [...runs].sort((p, q) => p.x - q.x);
  let out = '';
  let end = -Infinity;
  for (const g of sorted) {
    const gap = g.x - end;
    if (out !== '') {
      if (tabGap !== undefined && gap > tabGap) out += '\t';
      else if (gap > g.size * 0.25) out += ' ';
    }
    out += g.text;
    end = Math.max(end, g.x + g.width);
  }
  return out;
}

/** Runs grouped into baselines, top to bottom. */
export function baselines(runs: readonly Glyphs[]): Glyphs[][] {
  if (runs.length === 0) return [];
  const size = median(runs.map((g) => g.size));
  const ys = clusterValues(runs.map((g) => midY(g)), size * 0.45);
  const lines: Glyphs[][] = ys.map(() => []);
  for (const g of runs) {
    const m = midY(g);
    let best = 0;
    ys.forEach((y, i) => {
      if (Math.abs(y - m) < Math.abs((ys[best] ?? 0) - m)) best = i;
    });
    lines[best]?.push(g);
  }
  return lines.filter((l) => l.length > 0);
}

/**
 * A cell's lines joined: a wrap inside Chinese text or inside a number (`14,770` / `.62`) joins
 * with nothing, as it was before the wrap; only two Latin words keep a space.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    if (out !== '' && LATIN_END.test(out) && LATIN_START.test(p) && !/^\d/.test(p)) out += ' ';
    out += p;
  }
  return out;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((p, q) => p - q);
  return s[Math.floor(s.length / 2)] ?? 0;
}
