import type { Release } from '../../src/model/release.js';

/**
 * The narrative (第二部分) as one text with a map back to lines. Extracts break sentences across
 * lines (seed 002), so patterns are matched on the joined text; a blank line ends a paragraph.
 */
export interface NarrativeText {
  text: string;
  /** lineAt[i] is the line of text[i] */
  lineAt: number[];
}

/** First and last line of 第二部分: from the model, else the last 第二部分 heading up to 第三部分. */
export function narrativeRange(model: Release, lines: readonly string[]): { start: number; end: number } | undefined {
  let start = model.narrative.line;
  if (start === undefined) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (/^[\s#*]*第二部分/.test(lines[i]!)) {
        start = i + 1;
        break;
      }
    }
  }
  if (start === undefined) return undefined;
  let end = model.narrative.sections.reduce((m, s) => Math.max(m, s.endLine), 0);
  if (end <= start) {
    end = lines.length;
    for (let i = start; i < lines.length; i++) {
      if (/^[\s#*]*(第三部分|附件)/.test(lines[i]!)) {
        end = i;
        break;
      }
    }
  }
  return { start, end };
}

/**
 * An extract that prints a blank line after every line of text (Hangzhou's PDF layout): there a
 * single blank line is no paragraph break. Decided over the range: nearly every text line is
 * followed by exactly one blank line.
 */
function doubleSpaced(range: { start: number; end: number }, blank: (n: number) => boolean): boolean {
  let text = 0;
  let single = 0;
  for (let n = range.start; n < range.end; n++) {
    if (blank(n)) continue;
    text++;
    if (blank(n + 1) && !blank(n + 2)) single++;
  }
  return text >= 10 && single * 10 >= text * 9;
}

const OPENING = '（(《“';
const CLOSING = '）)》”';

/** The depth of open brackets and quotes after `piece`, from `depth` (a paragraph break starts again at 0). */
function parenDepth(depth: number, piece: string): number {
  if (piece === '\n') return 0;
  let d = depth;
  for (const ch of piece) {
    if (OPENING.includes(ch)) d++;
    else if (CLOSING.includes(ch) && d > 0) d--;
  }
  return d;
}

export function narrativeText(model: Release, lines: readonly string[]): NarrativeText | undefined {
  const range = narrativeRange(model, lines);
  if (!range) return undefined;
  let text = '';
  const lineAt: number[] = [];
  const blank = (n: number) => (lines[n - 1] ?? '').trim() === '';
  const spaced = doubleSpaced(range, blank);
  let depth = 0;
  for (let n = range.start; n <= range.end; n++) {
    // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces followed by text
    const line = (lines[n - 1] ?? '').trimEnd();
    // In a double-spaced extract a single blank line stands between the lines of one paragraph; so
    // does one inside an open bracket or quote (`（详见…政府采购` · blank · `表）。`, a gap of the layout).
    if (blank(n) && !blank(n - 1) && !blank(n + 1) && (spaced || depth > 0)) continue;
    // A blank line ends the paragraph: a sentence boundary that does not match any pattern.
    const piece = line.trim() === '' ? '\n' : line;
    depth = parenDepth(depth, piece);
    text += piece;
    for (let i = 0; i < piece.length; i++) lineAt.push(n);
  }
  return { text, lineAt };
}

export interface Match {
  index: number;
  text: string;
  line: number;
}

export function matchAll(nt: NarrativeText, re: RegExp): Match[] {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const out: Match[] = [];
  for (const m of nt.text.matchAll(new RegExp(re.source, flags))) {
    out.push({ index: m.index, text: m[0], line: nt.lineAt[m.index] ?? 1 });
  }
  return out;
}
