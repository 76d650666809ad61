import type { Span } from '../../model/primitives.js';
import type { TableBlock } from './block.js';
import { looksLikeAmount } from './cells.js';
import { isEmptyNote, isNoteStart } from './notes.js';
import { compact, DEPARTMENT_LINE_RE, hasTab, splitCells } from './text.js';

/** A clean-layout line of cells. */
export interface CellLine {
  line: number;
  cells: string[];
}

/** A block's body sorted into what the readers need. */
export interface BlockBody {
  header: CellLine[];
  data: CellLine[];
  notes: Span[];
  emptyNote?: Span;
  /** the body has tab-separated lines (a clean layout) */
  tabbed: boolean;
}

const TOTAL_WORDS = new Set(['合计', '总计']);
const ROW_ORDINAL_RE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/**
 * The first line of the body proper: it prints an amount, or it opens with a total label, a code
 * or a row ordinal. Header cells never do (`“三公”经费合计`, `科目编码`, `项 目`).
 */
export function isDataLine(cells: readonly string[]): boolean {
  if (cells.some((c) => looksLikeAmount(c))) return true;
  const words = cells.map((c) => compact(c)).filter((c) => c !== '');
  const first = words[0];
  if (first === undefined) return false;
  // a 栏次 row (`** 1 2 3`, `栏次 1 2 3`) numbers the columns: header
  if (/^\*+$|^栏次$/.test(cells.map((c) => c.trim()).find((c) => c !== '') ?? '')) return false;
  // `合 计 | 基本支出 | 项目支出`: a header line whose first word is 合计 (Hangzhou 表8)
  if (TOTAL_WORDS.has(first) && words.length > 1 && words.slice(1).every((w) => /[\u4e00-\u9fff]/.test(w))) return false;
  return TOTAL_WORDS.has(first) || /^\d{3,}/.test(first) || ROW_ORDINAL_RE.test(first);
}

function isMetaLine(text: string): boolean {
  return DEPARTMENT_LINE_RE.test(text.trim()) || /^\s*单位\s*[:：]/.test(text) || /^\s*[(（]\s*\d{4}\s*年度?\s*[)）]\s*$/.test(text);
}

export function readBody(lines: readonly string[], block: TableBlock): BlockBody {
  const header: CellLine[] = [];
  const data: CellLine[] = [];
  const notes: Span[] = [];
  let emptyNote: Span | undefined;
  let inNote = false;
  let tabbed = false;
  for (let n = block.start; n <= block.end; n++) {
    const raw = lines[n - 1] ?? '';
    if (raw.trim() === '') continue;
    if (!hasTab(raw)) {
      if (isMetaLine(raw) && !inNote) continue;
      // a note and the lines that continue it (` 2.本表金额…`)
      if (isNoteStart(raw)) inNote = true;
      if (inNote || data.length > 0 || header.length > 0) {
        const span = { line: n, text: raw.trim() };
        notes.push(span);
        if (!emptyNote && isEmptyNote(raw)) emptyNote = span;
      }
      continue;
    }
    tabbed = true;
    const cells = splitCells(raw);
    if (DEPARTMENT_LINE_RE.test(compact(cells[0] ?? ''))) continue;
    inNote = false;
    if (data.length === 0 && !isDataLine(cells)) header.push({ line: n, cells });
    else data.push({ line: n, cells });
  }
  dropMarginColumn(header, data);
  return { header, data, notes, emptyNote, tabbed };
}

/**
 * Some PDF layouts open every table line with an empty cell (the table's left rule stands right of
 * the text margin). When nearly every line does, that cell is no column of the table: it goes, on
 * the lines that print it, so that a line the layout printed without it (a continuation page) lines up.
 */
function dropMarginColumn(header: CellLine[], data: CellLine[]): void {
  const blank = (l: CellLine) => l.cells.length > 1 && (l.cells[0] ?? '').trim() === '';
  // a header that names its first column (预算单位 above blank cells, Shenzhen) has no margin cell
  if (header.length === 0 || !header.every(blank)) return;
  const lines = [...header, ...data];
  if (lines.filter(blank).length < lines.length * 0.9) return;
  for (const l of lines) if (blank(l)) l.cells = l.cells.slice(1);
}
