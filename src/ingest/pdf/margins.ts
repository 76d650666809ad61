import type { LaidBlock, TextLine } from './layout.js';

/** A page number alone: `12`, `- 12 -`, `第 3 页`, `第3页 共20页`, `3/20`. */
export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^[-–—]?\d{1,4}[-–—]?$/.test(t) || /^第\d{1,4}页(?:[,，]?共\d{1,4}页)?$/.test(t) || /^\d{1,4}\/\d{1,4}$/.test(t);
}

/** Share of the page height at top and bottom where running headers and footers stand. */
const MARGIN = 0.09;

function inMargin(b: TextLine, height: number): boolean {
  return b.bottom < height * MARGIN || b.top > height * (1 - MARGIN);
}

/**
 * Page numbers and running headers/footers removed: a line in the top or bottom margin that is a
 * page number, or whose words recur in the same margin on most pages.
 */
export function dropMargins(pages: ReadonlyArray<{ height: number; blocks: LaidBlock[] }>): LaidBlock[][] {
  const recurring = new Map<string, number>();
  const key = (b: TextLine, h: number) => `${b.top < h / 2 ? 'top' : 'bottom'}:${b.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  for (const p of pages) {
    const seen = new Set<string>();
    for (const b of p.blocks) if (b.kind === 'text' && inMargin(b, p.height)) seen.add(key(b, p.height));
    for (const k of seen) recurring.set(k, (recurring.get(k) ?? 0) + 1);
  }
  const often = Math.max(3, Math.ceil(pages.length / 2));
  return pages.map((p) =>
    p.blocks.filter(
      (b) =>
        b.kind !== 'text' ||
        !inMargin(b, p.height) ||
        !(isPageNumber(b.text) || (pages.length >= 3 && (recurring.get(key(b, p.height)) ?? 0) >= often)),
    ),
  );
}
