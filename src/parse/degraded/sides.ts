import type { Span } from '../../model/primitives.js';
import type { Row } from '../../model/table.js';
import { classOfSummaryLabel as classCodeOf } from '../../model/function-classes.js';
import {
  compactLabel, isIllegible, isNote, isPageNo, isTitleBlockLine, readAmount, type Amount,
} from './text.js';

/** One half-line of a side-by-side summary (01, 04): a label and the numbers printed after it. */
export interface HalfRow {
  side: 'income' | 'expenditure';
  line: number;
  text: string;
  numbers: Amount[];
}

const LABEL_START =
  /(?<![一二三四五六七八九十])(?=[一二三四五六七八九十]+、)|(?=[（(][一二三四五六七八九十]+[）)])|(?=其中[：:])|(?<![、）：:])(?=本年收入合计|本年支出合计|上年结转结余|年终结转结余|收入总计|支出总计)|(?<![、）：:]|本年)(?=收入合计|支出合计)/;

const ORDINAL = /^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)])/;
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function ordinalValue(o: string): number {
  if (o === '十') return 10;
  const [a, b] = o.split('十');
  if (b === undefined) return CN_DIGIT[o] ?? 0;
  return (a ? (CN_DIGIT[a] ?? 0) : 1) * 10 + (b ? (CN_DIGIT[b] ?? 0) : 0);
}

/** Which half a lone label belongs to: income lines are few and name 收入/拨款/上年结转. */
function sideOf(label: string): 'income' | 'expenditure' {
  const m = ORDINAL.exec(label);
  const ord = m ? (m[1] ?? m[2] ?? '') : '';
  if (ord && ordinalValue(ord) > 9) return 'expenditure';
  if (/年终|支出/.test(label) || classCodeOf(label.replace(ORDINAL, '')) || /医疗卫生/.test(label)) return 'expenditure';
  if (/收入|拨款|其中|上年结转/.test(label)) return 'income';
  return 'expenditure';
}

interface Segment {
  label: string;
  numbers: Amount[];
  line: number;
}

const LABEL_PREFIX =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|其中[：:]|本年收入合计|本年支出合计|上年结转结余|年终结转结余|收入总计|支出总计|收入合计|支出合计)/;

function startsLabel(piece: string): boolean {
  return LABEL_PREFIX.test(piece);
}

export interface HalfLines {
  halves: HalfRow[];
  header: Span[];
  notes: Span[];
  illegible: Span[];
  lastLine: number;
}

/** Split each body line into its income and expenditure halves. */
export function readHalves(lines: readonly string[], start: number, end: number): HalfLines {
  const halves: HalfRow[] = [];
  const header: Span[] = [];
  const notes: Span[] = [];
  const illegible: Span[] = [];
  let inBody = false;
  let inNote = false;
  let lastLine = start;
  const segments: Segment[] = [];
  const lines_: Segment[][] = [];
  for (let n = start; n <= end && n <= lines.length; n++) {
    const raw = lines[n - 1] ?? '';
    if (!raw.trim()) continue;
    if (isIllegible(raw)) {
      illegible.push({ line: n, text: raw.trim() });
      continue;
    }
    if (inNote || isNote(raw)) {
      inNote = true;
      notes.push({ line: n, text: raw.trim() });
      continue;
    }
    if (isPageNo(raw) || isTitleBlockLine(raw)) continue;
    const text = compactLabel(raw);
    if (!inBody && !/^一、/.test(text)) {
      header.push({ line: n, text: raw.trim() });
      continue;
    }
    inBody = true;
    lastLine = n;
    const onLine: Segment[] = [];
    for (const tok of text.split(/\s+/)) {
      const amt = readAmount({ t: tok, line: n });
      if (amt) {
        const seg = segments[segments.length - 1];
        if (seg) seg.numbers.push(amt);
        continue;
      }
      for (const piece of tok.split(LABEL_START).filter(Boolean)) {
        const seg = segments[segments.length - 1];
        // a label broken over lines (`(二十二) 粮油物资储备` / `支出`) continues the open segment
        if (seg && seg.numbers.length === 0 && !startsLabel(piece)) seg.label += piece;
        else {
          const fresh: Segment = { label: piece, numbers: [], line: n };
          segments.push(fresh);
          onLine.push(fresh);
        }
      }
    }
    lines_.push(onLine);
  }
  for (const group of lines_)
    group.forEach((seg, i) => {
      const side = group.length >= 2 ? (i === 0 ? 'income' : 'expenditure') : sideOf(seg.label);
      halves.push({ side, line: seg.line, text: seg.label, numbers: seg.numbers });
    });
  return { halves, header, notes, illegible, lastLine };
}

/** Row fields of a half-line: ordinal, 其中, role and the function class it names. */
export function halfRowFields(half: HalfRow): Omit<Row, 'cells' | 'line'> {
  let label = half.text.replace(/[：:]$/, '');
  const m = ORDINAL.exec(label);
  const ordinal = m ? (m[1] ?? m[2]) : undefined;
  label = label.replace(ORDINAL, '');
  const ofWhich = /^其中[：:]/.test(label);
  label = label.replace(/^其中[：:]/, '');
  const role = /合计|总计/.test(label) ? 'total' : /^本年(收入|支出)$/.test(label) ? 'subtotal' : 'item';
  const classCode = half.side === 'expenditure' && role === 'item' ? classCodeOf(label) : undefined;
  return {
    role,
    side: half.side,
    label,
    ...(ordinal ? { ordinal } : {}),
    ofWhich,
    ...(classCode ? { classCode } : {}),
  };
}
