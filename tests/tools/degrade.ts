/**
 * Turn a clean tab-separated release into text laid out like seed 002's degraded extract: cells
 * separated by spaces with empty cells gone, long names wrapped mid-word at a width onto lines of
 * their own, header words stacked a few characters a line, blank lines between lines, page numbers
 * alone on a line and the header repeated after a page break. Deterministic for a given seed.
 *
 * Usage: npx vite-node tests/tools/degrade.ts -- <in.txt> [seed]   (or import degradeText)
 */

export interface DegradeOptions {
  seed: number;
  /** names longer than this many characters are wrapped (default: 9–14, from the seed) */
  width?: number;
  /** a page break after this many data rows on average (default 6) */
  pageEvery?: number;
}

/** mulberry32: a small seeded generator, so that a variant is the same on every run */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const SUMMARY_LABEL = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|其中[：:]|本年收入|本年支出|上年结转|年终结转|收入总计|支出总计|收入合计|支出合计)/;

function chunks(s: string, width: number): string[] {
  const out: string[] = [];
  const chars = [...s];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

function isDataRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.some((c) => AMOUNT.test(c)) || /^(合计|总计)$/.test(filled[0] ?? '') || /^\d{3,}$/.test(filled[0] ?? '');
}

export function degradeText(text: string, opts: DegradeOptions): string {
  const rand = rng(opts.seed);
  const width = opts.width ?? 9 + Math.floor(rand() * 6);
  const pageEvery = opts.pageEvery ?? 6;
  const src = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let page = 3 + Math.floor(rand() * 10);
  const emit = (line: string) => {
    out.push(line);
    if (rand() < 0.5) out.push('');
  };
  let header: string[] = [];
  let inBody = false;
  let rowsOnPage = 0;
  for (const line of src) {
    if (!line.includes('\t')) {
      if (line.trim() && !/^\s*$/.test(line)) {
        header = [];
        inBody = false;
      }
      out.push(line);
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    const filled = cells.filter(Boolean);
    if (filled.length === 0) continue;
    if (!inBody && !isDataRow(cells)) {
      // header words stacked a few characters a line, as a PDF's narrow header cells extract
      const stacked: string[] = [];
      for (const c of filled) for (const piece of chunks(c.replace(/\s+/g, ''), 2 + Math.floor(rand() * 3))) stacked.push(piece);
      header.push(...stacked);
      for (const s of stacked) emit(s);
      continue;
    }
    inBody = true;
    const summary = filled.some((c) => SUMMARY_LABEL.test(c));
    const wraps = (c: string) => !AMOUNT.test(c) && !/^[\d\s]+$/.test(c) && [...c].length > width;
    const long = filled.some(wraps);
    if (summary || !long) emit(filled.join(' '));
    else {
      let amounts: string[] = [];
      const flush = () => {
        if (amounts.length) emit(amounts.join(' '));
        amounts = [];
      };
      // leading codes (201 03 99, 301 02) stay together on one line, as in seed 002
      let lead = 0;
      while (lead < filled.length && /^\d{2,3}$/.test(filled[lead] ?? '')) lead++;
      if (lead > 1) emit(filled.slice(0, lead).join(' '));
      for (const c of lead > 1 ? filled.slice(lead) : filled) {
        if (AMOUNT.test(c)) amounts.push(c);
        else {
          flush();
          for (const piece of wraps(c) ? chunks(c, width) : [c]) emit(piece);
        }
      }
      flush();
    }
    rowsOnPage++;
    if (rowsOnPage >= pageEvery && rand() < 0.6) {
      rowsOnPage = 0;
      out.push('', String(page++), '');
      if (!summary && header.length > 0 && rand() < 0.5) for (const h of header) emit(h);
    }
  }
  return out.join('\n');
}

// Run as a script (vite-node drops the script's own path from argv), not when imported by a test.
const invoked = !process.env.VITEST && /(vite-node|degrade\.ts)$/.test(process.argv[1] ?? '');
if (invoked) {
  const { readFileSync } = await import('node:fs');
  const [file, seed] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file) {
    process.stderr.write('usage: degrade <in.txt> [seed]\n');
    process.exit(2);
  }
  process.stdout.write(degradeText(readFileSync(file, 'utf8'), { seed: parseInt(seed ?? '1', 10) }));
}
