import type { Span } from '../../model/primitives.js';

/**
 * The narrative of a 决算 as units of prose: a PDF breaks a sentence over lines (and spaces the
 * characters of some lines out: `公 务 用 车`), so a unit joins its lines without spaces and keeps,
 * for every character, the line it came from.
 */

const HEADING = /^([一二三四五六七八九十]+)、(.*)$/;
const SUB_HEADING = /^（([一二三四五六七八九十]+)）/;
const ITEM = /^\d+[.．](?!\d)/;

export interface TextUnit {
  /** 一…十一 of the section the unit stands in */
  section?: number;
  sectionTitle?: string;
  text: string;
  /** line of text[i] */
  lineAt: number[];
  line: number;
}

export interface Sentence {
  text: string;
  line: number;
  /** line of each character */
  lineAt: number[];
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function chineseOrdinal(s: string): number | undefined {
  if (s === '十') return 10;
  const m = /^(十)?([一二三四五六七八九])?$|^([一二三四五六七八九])十([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  if (m[3]) return NUMERALS[m[3]]! * 10 + (m[4] ? NUMERALS[m[4]]! : 0);
  return (m[1] ? 10 : 0) + (m[2] ? NUMERALS[m[2]]! : 0) || undefined;
}

export function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Lines from..to as units: a heading, a sub-heading or a numbered item opens a new one. */
export function readUnits(lines: readonly string[], from: number, to: number): { units: TextUnit[]; headings: Span[] } {
  const units: TextUnit[] = [];
  const headings: Span[] = [];
  let section: number | undefined;
  let sectionTitle: string | undefined;
  let cur: TextUnit | undefined;
  const open = (line: number) => {
    if (cur && cur.text) units.push(cur);
    cur = { ...(section ? { section } : {}), ...(sectionTitle ? { sectionTitle } : {}), text: '', lineAt: [], line };
  };
  for (let n = from; n <= to; n++) {
    const t = squeeze(lines[n - 1] ?? '');
    if (t === '') continue;
    // figure captions and page numbers are not prose
    if (/^图\d/.test(t) || /^\d{1,3}$/.test(t)) continue;
    const h = HEADING.exec(t);
    if (h && chineseOrdinal(h[1]!) !== undefined) {
      section = chineseOrdinal(h[1]!);
      sectionTitle = h[2]!;
      headings.push({ line: n, text: t });
      open(n);
      cur = undefined;
      continue;
    }
    if (SUB_HEADING.test(t) || ITEM.test(t) || !cur) open(n);
    // one entry per UTF-16 unit, as regular-expression indices count
    cur!.text += t;
    for (let i = 0; i < t.length; i++) cur!.lineAt.push(n);
  }
  open(to);
  return { units, headings };
}

/** A unit's sentences, split after 。 and ；. */
export function sentencesOf(u: TextUnit): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const chars = u.text;
  const push = (end: number) => {
    const text = chars.slice(start, end);
    if (text.replace(/[。；;]/g, '') !== '') out.push({ text, line: u.lineAt[start]!, lineAt: u.lineAt.slice(start, end) });
    start = end;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '。' || c === '；' || c === ';') push(i + 1);
  }
  if (start < chars.length) push(chars.length);
  return out;
}
