import type { Release } from '../../src/model/release.js';

/**
 * Where the parts of a release lie in its text, found from the model (table of contents, tables,
 * narrative) and the part headings, so that text rules read prose and never a table's cells.
 */

const CN = '一二三四五六七八九十';

/** A line as a reader sees it: extraction markup (#, **, list dashes) and spaces removed. */
export function plain(line: string): string {
  return line
    .replace(/^\s*[-•·]\s+/, '')
    .replace(/[#*]/g, '')
    .replace(/[\s\u3000]/g, '');
}

/** 一…九十九 as a number; undefined for anything else. */
export function cnNumber(s: string): number | undefined {
  if (!new RegExp(`^[${CN}]{1,3}$`).test(s)) return undefined;
  const d = (c: string) => CN.indexOf(c) + 1;
  if (s.length === 1) return d(s);
  if (s.length === 2 && s[0] === '十') return 10 + d(s[1]!);
  if (s.length === 2 && s[1] === '十') return d(s[0]!) * 10;
  if (s.length === 3 && s[1] === '十') return d(s[0]!) * 10 + d(s[2]!);
  return undefined;
}

/** Lines a table occupies, from a little above its title (the printed number, 部门名称) to its end. */
export function tableLines(model: Release): Set<number> {
  const out = new Set<number>();
  for (const t of model.tables) {
    const start = Math.max(1, Math.min(t.titleLine, t.numberLine ?? t.titleLine) - 1);
    for (let n = start; n <= t.endLine; n++) out.add(n);
  }
  return out;
}

/** Last line of the table of contents: its last entry, or its heading when it lists none. */
export function tocEnd(model: Release): number {
  if (!model.toc) return 0;
  return model.toc.entries.reduce((m, e) => Math.max(m, e.line), model.toc.line);
}

/** Prose lines: after the table of contents, outside every table. */
export function proseLines(model: Release, lines: readonly string[]): number[] {
  const tables = tableLines(model);
  const start = tocEnd(model) + 1;
  const out: number[] = [];
  for (let n = start; n <= lines.length; n++) if (!tables.has(n)) out.push(n);
  return out;
}

export const PART_HEADING = new RegExp(`^第[${CN}]+部分`);

export interface Range {
  /** the heading line */
  line: number;
  /** last line of the part */
  end: number;
}

/** The glossary (名词解释): from its heading to the next part, the attachment or the first table after it. */
export function glossaryRange(model: Release, lines: readonly string[]): Range | undefined {
  const tables = tableLines(model);
  const from = tocEnd(model) + 1;
  let line: number | undefined;
  let style: 'part' | 'numbered' | 'bare' = 'bare';
  for (let n = from; n <= lines.length; n++) {
    if (tables.has(n)) continue;
    const p = plain(lines[n - 1] ?? '');
    if (new RegExp(`^(第[${CN}]+部分[：:]?)?名词解释$`).test(p)) {
      line = n;
      style = p.startsWith('第') ? 'part' : 'bare';
      break;
    }
    if (new RegExp(`^[${CN}]+、名词解释$`).test(p)) {
      line = n;
      style = 'numbered';
      break;
    }
  }
  if (line === undefined) return undefined;
  let end = lines.length;
  for (let n = line + 1; n <= lines.length; n++) {
    const p = plain(lines[n - 1] ?? '');
    const stop =
      tables.has(n) ||
      PART_HEADING.test(p) ||
      /^附件|^附表/.test(p) ||
      (style === 'numbered' && new RegExp(`^[${CN}]+、`).test(p));
    if (stop) {
      end = n - 1;
      break;
    }
  }
  return { line, end };
}

export interface Entry {
  ordinal: string;
  term: string;
  line: number;
  endLine: number;
  /** the entry's words, lines joined */
  text: string;
}

const ENTRY = new RegExp(`^([${CN}]+、|[（(][${CN}]+[)）]|\\d+[.、．])([^：:。，]{1,30})[：:]`);

/** The entries of the glossary: `一、term：definition`, possibly wrapped over several lines. */
export function glossaryEntries(model: Release, lines: readonly string[]): Entry[] {
  const range = glossaryRange(model, lines);
  if (!range) return [];
  const out: Entry[] = [];
  for (let n = range.line + 1; n <= range.end; n++) {
    const p = plain(lines[n - 1] ?? '');
    if (!p) continue;
    const m = ENTRY.exec(p);
    if (m) {
      out.push({ ordinal: m[1]!.replace(/[、.．()（）]/g, ''), term: m[2]!, line: n, endLine: n, text: p });
      continue;
    }
    const last = out[out.length - 1];
    if (last) {
      last.text += p;
      last.endLine = n;
    }
  }
  return out;
}
