import { HENAN_TEMPLATE } from '../src/template/index.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../src/parse/narrative/index.js';
import type { Claim } from '../src/model/narrative.js';

/**
 * Degraded extracts wrap paragraphs at any width, put blank lines between the pieces and page
 * numbers between the lines (seed 002). Wrapping the clean narratives of 000, 001, 003 and 004 that
 * way must leave every claim as it was: same type, quantity, figures, base year and whole.
 */
const SEEDS = ['000_52f5b89fd5e0ecf0', '001_d3fb4ee6849ee809', '003_5c2b6dad15e272f5', '004_089b4ec93cddaf3a'];
const load = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8').split(/\r\n|\r|\n/);

function signature(c: Claim): string {
  const figures =
    c.type === 'amount' ? c.amount.value
    : c.type === 'share' ? `${c.percent.value}% of ${c.whole.key}`
    : c.type === 'change' ? `${c.direction} ${c.amountWord ?? ''}${c.amount?.value ?? ''} ${c.rateWord ?? ''}${c.rate?.value ?? ''} ${c.baseYear?.value ?? ''}`
    : c.type === 'parity' ? `${c.baseYear?.value ?? ''}`
    : `${c.value}${c.unitWord}`;
  return `${c.section} ${c.type} ${c.quantity.key} ${figures}`;
}

/**
 * Cut a paragraph into pieces of about `width` characters, never inside a number (an extract keeps
 * a number whole) and never leaving a piece that is a number alone, which would read as a page number.
 */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while ([...rest].length > width) {
    let cut = width;
    while (cut > 1 && /[\d.,]/.test(rest[cut] ?? '') && /[\d.,]/.test(rest[cut - 1] ?? '')) cut--;
    if (cut <= 1) cut = width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.filter((p) => p.trim() !== '' && !/^\s*[\d.,\s]+\s*$/.test(p)).length === out.length ? out : [line];
}

function degrade(lines: string[], width: number, blank: boolean, pageEvery: number): string[] {
  const { narrative } = parseNarrative(lines, HENAN_TEMPLATE);
  const headings = new Set(narrative.sections.map((s) => s.line));
  const first = narrative.sections[0]?.line ?? 0;
  const last = narrative.sections[narrative.sections.length - 1]?.endLine ?? 0;
  const out: string[] = [];
  let page = 2;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (n <= first || n > last || headings.has(n) || !line.trim()) {
      out.push(line);
      return;
    }
    wrap(line, width).forEach((piece, k) => {
      out.push(piece);
      if (blank) out.push('');
      if ((k + 1) % pageEvery === 0) out.push(String(page++));
    });
  });
  return out;
}

describe('narrative claims survive 002-style wrapping', () => {
  for (const name of SEEDS) {
    const lines = load(name);
    const clean = parseNarrative(lines, HENAN_TEMPLATE).narrative.claims.map(signature);

    it(`${name}: same claims at any width, with blank lines and page numbers`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 6, max: 40 }), fc.boolean(), fc.integer({ min: 2, max: 9 }), (width, blank, pageEvery) => {
          const wrapped = parseNarrative(degrade(lines, width, blank, pageEvery), HENAN_TEMPLATE);
          expect(wrapped.narrative.claims.map(signature)).toEqual(clean);
          expect(wrapped.unclaimedSentences).toEqual([]);
        }),
        { numRuns: 40, seed: 2026 },
      );
    });
  }
});
