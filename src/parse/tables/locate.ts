import type { Span, Unit } from '../../model/primitives.js';
import type { TableKind } from '../../model/table.js';
import type { TableBlock } from './block.js';
import type { Template } from '../../template/index.js';
import { cleanLabel, compact, hasTab, splitCells, stripMarkdown } from './text.js';
/** `(2026年度)` on the line after a performance table's title */
const YEAR_LINE_RE = /^\s*[(（]\s*(\d{4})\s*年度?\s*[)）]\s*$/;
const ILLEGIBLE_RE = /\[illegible\]/i;
/** TOC entries and narrative headings start with an ordinal; table titles do not. */
const LEADING_ORDINAL_RE = /^[-•·]?\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])/;
const MAX_TITLE_CHARS = 40;

/** The attachment part starts at the last `附件` line; the first is usually the TOC's. */
export function attachmentStart(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^[\s#*]*附件/.test(lines[i] ?? '')) return i + 1;
  }
  return 0;
}

export function illegibleSpans(lines: readonly string[]): Span[] {
  const out: Span[] = [];
  lines.forEach((text, i) => {
    if (ILLEGIBLE_RE.test(text)) out.push({ line: i + 1, text: text.trim() });
  });
  return out;
}

interface TitleHit {
  kind: TableKind;
  title: string;
  titleLine: number;
  /** first line of the table's heading: its number line when printed, else the title */
  headLine: number;
  number?: string;
  year?: number;
  /** line after the title (and after a `(2026年度)` line) */
  start: number;
}

function titleKind(line: string, template: Template): TableKind | null {
  if (hasTab(line)) return null;
  const text = stripMarkdown(line);
  if (text === '' || LEADING_ORDINAL_RE.test(text) || /^(注|备注|说明)/.test(text)) return null;
  if (compact(text).length > MAX_TITLE_CHARS) return null;
  return template.classifyTitle(text);
}

function findTitles(lines: readonly string[], from: number, template: Template, fallbackYear?: number): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = from; i < lines.length; i++) {
    const kind = titleKind(lines[i] ?? '', template);
    if (!kind) continue;
    const titleLine = i + 1;
    const title = stripMarkdown(lines[i] ?? '');
    let headLine = titleLine;
    let number: string | undefined;
    for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
      const t = lines[j] ?? '';
      if (t.trim() === '') continue;
      // the printed number line that precedes a title (`预算01表`, ` 预算 03表`, `预算 02 表`)
      const printed = template.numberOfLine(t);
      if (printed !== undefined) {
        number = printed;
        headLine = j + 1;
      }
      break;
    }
    let year: number | undefined;
    const ym = /(\d{4})\s*年/.exec(title);
    if (ym) year = parseInt(ym[1] ?? '', 10);
    let start = titleLine + 1;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const t = lines[j] ?? '';
      if (t.trim() === '') continue;
      const m = YEAR_LINE_RE.exec(t);
      if (m) {
        year ??= parseInt(m[1] ?? '', 10);
        start = j + 2;
      }
      break;
    }
    hits.push({ kind, title, titleLine, headLine, number: number ?? template.tableNumber(kind), year: year ?? fallbackYear, start });
  }
  return hits;
}

/** Department and unit printed under the title, before the header. */
function readBlockMeta(lines: readonly string[], start: number, end: number, defaultUnit: Unit): { unit: Unit; unitLine?: number; department?: Span } {
  let unit: Unit = defaultUnit;
  let unitLine: number | undefined;
  let department: Span | undefined;
  for (let n = start; n <= end; n++) {
    const raw = lines[n - 1] ?? '';
    if (raw.trim() === '') continue;
    const cells = splitCells(raw).map((c) => c.trim());
    const first = cells[0] ?? '';
    const dm = /^部门(?:（单位）|\(单位\))?名称\s*[:：]?\s*(.*)$/.exec(first);
    if (dm && !department) {
      const rest = [dm[1] ?? '', ...cells.slice(1)].map((c) => c.trim()).filter((c) => c !== '');
      const name = (rest[0] ?? '').replace(/\s*单位\s*[:：].*$/, '');
      if (name) department = { line: n, text: cleanLabel(name) };
    }
    const um = /单位\s*[:：]\s*(万元|亿元|元)?/.exec(raw.replace(/部门(?:（单位）|\(单位\))?名称/, ''));
    if (um && unitLine === undefined) {
      unitLine = n;
      if (um[1]) unit = um[1] as Unit;
      else {
        // `单位：` with the word on a later line (degraded extracts)
        for (let k = n + 1; k <= Math.min(end, n + 3); k++) {
          const w = (lines[k - 1] ?? '').trim();
          if (w === '') continue;
          if (w === '万元' || w === '元' || w === '亿元') unit = w;
          break;
        }
      }
    }
    // the header or the first row has begun: anything below belongs to the table body
    if (hasTab(raw) && !dm) break;
  }
  return { unit, unitLine, department };
}

/**
 * The tables of the attachment part as blocks of lines: from each title to the line before the
 * next table's heading or an `[illegible]` line, trailing blank lines left out.
 */
export function locateBlocks(lines: readonly string[], template: Template, fallbackYear?: number): TableBlock[] {
  let from = attachmentStart(lines);
  let hits = findTitles(lines, from, template, fallbackYear);
  if (hits.length === 0 && from > 0) {
    from = 0;
    hits = findTitles(lines, 0, template, fallbackYear);
  }
  const illegible = illegibleSpans(lines).map((s) => s.line);
  return hits.map((h, idx) => {
    const next = hits[idx + 1];
    let end = next ? next.headLine - 1 : lines.length;
    const stop = illegible.find((l) => l > h.titleLine && l <= end);
    if (stop !== undefined) end = stop - 1;
    while (end > h.titleLine && (lines[end - 1] ?? '').trim() === '') end--;
    const start = Math.min(h.start, end + 1);
    // a table that prints no unit is in the unit its template gives it
    const meta = readBlockMeta(lines, start, end, template.tableDef(h.kind)?.defaultUnit ?? '万元');
    return {
      kind: h.kind,
      number: h.number,
      ...(h.headLine !== h.titleLine ? { numberLine: h.headLine } : {}),
      title: h.title,
      titleLine: h.titleLine,
      start,
      end: Math.max(end, h.titleLine),
      year: h.year,
      ...meta,
    };
  });
}
