import { textWidth } from './wrap.js';

/**
 * A boxed terminal table (the box-drawing layout table libraries print), measured once per cell.
 * The terminal report of a batch renders tens of thousands of cells; a general table library
 * measures each cell's width several times over (ANSI stripping, wrapping, truncation) and was the
 * slowest stage of a whole audit. Cells here are short single lines whose colours come from chalk,
 * so measuring is: strip the SGR codes, count CJK as two columns.
 */

export type Align = 'left' | 'right';

export interface BoxOptions {
  aligns?: readonly Align[];
  /** a ├─┼─┤ rule under the head (the default box); left out, the head runs straight into the rows */
  headRule?: boolean;
}

// Select Graphic Rendition sequences only: the codes chalk writes for colour and weight.
const SGR = /\u001b\[[0-9;]*m/g;

function visibleWidth(text: string): number {
  return textWidth(text.includes('\u001b') ? text.replace(SGR, '') : text);
}

function line(widths: readonly number[], left: string, mid: string, right: string): string {
  return left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
}

/** Render head and rows; a cell with line breaks takes as many printed lines as it has. */
export function boxTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, opts: BoxOptions = {}): string {
  const all = [head, ...rows].map((r) => r.map((cell) => cell.split('\n')));
  const columns = Math.max(...all.map((r) => r.length));
  const widths: number[] = new Array<number>(columns).fill(0);
  const measured = all.map((r) =>
    r.map((cell, i) =>
      cell.map((text) => {
        const w = visibleWidth(text);
        if (w > widths[i]!) widths[i] = w;
        return w;
      }),
    ),
  );
  const out = [line(widths, '┌', '┬', '┐')];
  all.forEach((r, k) => {
    const height = Math.max(1, ...r.map((cell) => cell.length));
    for (let h = 0; h < height; h++) {
      let text = '│';
      for (let i = 0; i < columns; i++) {
        const cell = r[i]?.[h] ?? '';
        const gap = ' '.repeat(widths[i]! - (measured[k]![i]?.[h] ?? 0));
        text += ' ' + (opts.aligns?.[i] === 'right' ? gap + cell : cell + gap) + ' │';
      }
      out.push(text);
    }
    if (k === 0 && opts.headRule && all.length > 1) out.push(line(widths, '├', '┼', '┤'));
  });
  out.push(line(widths, '└', '┴', '┘'));
  return out.join('\n');
}
