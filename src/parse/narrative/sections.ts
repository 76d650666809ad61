import { asciiDigits } from '../number.js';
import { chineseOrdinal, compact, isPageMark, stripMarkdown } from '../text.js';

/** A section's body as one text: wrapped lines joined, every character knowing its line. */
export interface SectionText {
  ordinal: number;
  title: string;
  line: number;
  endLine: number;
  /** the body as printed, lines joined; `\n` where a break is certain (sub-headings, list items) */
  text: string;
  /** `text` with full-width digits and punctuation made ASCII, character for character */
  norm: string;
  /** line of each character of `text` */
  lineOf: number[];
}

const HEADING_RE = /^([一二三四五六七八九])、(.{2,80})$/;
const PAREN_HEADING_RE = /^[(（]([一二三四五六七八九十]|十[一二])[)）](.{2,80})$/;
const EXTENDED_HEADING_RE = /^([一二三四五六七八九十]|十[一二三四五六七八九]|二十)、(.{2,80})$/;

export type SectionForm = 'ordinal' | 'paren' | 'ordinal-extended';

const HEADING_FORMS: Record<SectionForm, RegExp> = { ordinal: HEADING_RE, paren: PAREN_HEADING_RE, 'ordinal-extended': EXTENDED_HEADING_RE };
const SUB_ITEM_RE = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d))/;

const HEADING_WORDS = /说明|情况/;
const WORDS_CACHE = new Map<string, RegExp>();
const headingWords = (words: string | undefined): RegExp => {
  if (words === undefined) return HEADING_WORDS;
  let re = WORDS_CACHE.get(words);
  if (!re) WORDS_CACHE.set(words, (re = new RegExp(words)));
  return re;
};

/** How a template numbers and words its section headings (src/template `narrative`). */
export interface HeadingStyle {
  form?: SectionForm | undefined;
  words?: string | undefined;
}

function sectionHeading(line: string, style: HeadingStyle = {}): { ordinal: number; title: string } | null {
  const c = compact(line);
  const m = HEADING_FORMS[style.form ?? 'ordinal'].exec(c);
  if (!m || c.includes('。') || !headingWords(style.words).test(c)) return null;
  const ordinal = chineseOrdinal(m[1] ?? '');
  const title = stripMarkdown(line).replace(/^[一二三四五六七八九十]{1,2}、\s*|^\s*[(（][一二三四五六七八九十]{1,2}[)）]\s*/, '').trim();
  return ordinal ? { ordinal, title } : null;
}

/** Where a template's narrative part stands, where it is not 第二部分 … 第三部分 (src/template `narrative`). */
export interface NarrativePart {
  part?: string | undefined;
  end?: string | undefined;
  sectionForm?: SectionForm | undefined;
  headingWords?: string | undefined;
}

/**
 * The narrative block: from its part heading (the one followed by a section, not the TOC's) to
 * 第三部分 or the attachments. A template naming its own part heading lists it in the TOC too, with
 * the TOC's section lines right below: the last heading followed by a section is the body's.
 */
export function findNarrative(lines: readonly string[], own: NarrativePart = {}): { line?: number; start: number; end: number } | null {
  let line: number | undefined;
  let start = -1;
  const partRe = own.part ? new RegExp(own.part) : /^第二部分/;
  // a template naming its own end (Shaanxi's narrative runs on through 第三部分) replaces the default one
  const endRe = own.end ? new RegExp(own.end) : /^(?:第三部分|附件)/;
  for (let i = 0; i < lines.length && (start < 0 || own.part); i++) {
    if (!partRe.test(compact(lines[i] ?? ''))) continue;
    for (let j = i + 1; j < lines.length && j < i + 20; j++) {
      const c = compact(lines[j] ?? '');
      if (/^第[一三]部分/.test(c)) break;
      if (sectionHeading(lines[j] ?? '', { form: own.sectionForm, words: own.headingWords })) {
        line = i + 1;
        start = i + 1;
        break;
      }
    }
  }
  if (start < 0) {
    // No part heading (a truncated extract): the narrative starts at its first section.
    const first = lines.findIndex((l) => sectionHeading(l)?.ordinal === 1 && compact(l).includes('收入支出'));
    if (first < 0) return null;
    start = first;
  }
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (endRe.test(compact(lines[i] ?? ''))) {
      end = i;
      break;
    }
  }
  return { ...(line !== undefined ? { line } : {}), start, end };
}

/** Join a section's body lines into one text, keeping where each character came from. */
function joinBody(lines: readonly string[], from: number, to: number): { text: string; lineOf: number[] } {
  let text = '';
  const lineOf: number[] = [];
  let breakNext = false;
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim() || isPageMark(raw)) continue;
    const s = stripMarkdown(raw);
    // Chart captions stand where a chart was: they carry no words of the sentences around them.
    if (/结构图$/.test(s) && !/\d/.test(s)) {
      breakNext = true;
      continue;
    }
    const subItem = SUB_ITEM_RE.test(s);
    if (text && (breakNext || subItem)) {
      text += '\n';
      lineOf.push(i + 1);
    }
    text += s;
    for (let k = 0; k < s.length; k++) lineOf.push(i + 1);
    // `（一）行政单位机构运转经费` is a title standing on its line; `（一）因公出国（境）费 0 万元，…`
    // wrapped after `（一）因公` is not, so a title must end as the template's titles end.
    breakNext = subItem && !/[，,；;：:]/.test(s) && /(?:情况|经费|说明)[。.]?$/.test(s);
  }
  return { text, lineOf };
}

/** Sections 一…九 of the narrative, in printed order. */
export function readSections(lines: readonly string[], start: number, end: number, style: HeadingStyle = {}): SectionText[] {
  const heads: { ordinal: number; title: string; index: number }[] = [];
  for (let i = start; i < end; i++) {
    const h = sectionHeading(lines[i] ?? '', style);
    const last = heads[heads.length - 1];
    if (h && (!last || h.ordinal > last.ordinal)) heads.push({ ...h, index: i });
  }
  return heads.map((h, k) => {
    const next = heads[k + 1]?.index ?? end;
    let endLine = h.index + 1;
    for (let i = next - 1; i > h.index; i--) {
      if ((lines[i] ?? '').trim()) {
        endLine = i + 1;
        break;
      }
    }
    const { text, lineOf } = joinBody(lines, h.index + 1, next);
    return { ordinal: h.ordinal, title: h.title, line: h.index + 1, endLine, text, norm: asciiDigits(text), lineOf };
  });
}

export interface SentenceText {
  /** offset of the sentence in its section's text */
  offset: number;
  text: string;
  norm: string;
  line: number;
}

/** Split at 。；！？ and forced breaks; `。。` yields no empty sentence. */
export function splitSentences(section: SectionText): SentenceText[] {
  const out: SentenceText[] = [];
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(section.text[a] ?? '')) a++;
    while (b > a && /\s/.test(section.text[b - 1] ?? '')) b--;
    if (b > a) {
      out.push({
        offset: a,
        text: section.text.slice(a, b),
        norm: section.norm.slice(a, b),
        line: section.lineOf[a] ?? section.line,
      });
    }
  };
  for (let i = 0; i < section.norm.length; i++) {
    if ('。;!?\n'.includes(section.norm[i] ?? '')) {
      push(i);
      from = i + 1;
    }
  }
  push(section.norm.length);
  return out;
}
