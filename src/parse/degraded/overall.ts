import type { Span } from '../../model/primitives.js';
import type { RowRole } from '../../model/table.js';
import { compactLabel, isPageNo, readAmount, type Amount } from './text.js';

/** 11's 预算情况 block: each line keyed by what it names, its amount in column `amount`. */
const BUDGET_LINES: ReadonlyArray<readonly [string, RegExp, RowRole]> = [
  ['部门预算总额', /部门预算总额|预算总额/, 'total'],
  ['政府预算资金', /政府预算资金/, 'item'],
  ['财政专户管理资金', /财政专户管理资金/, 'item'],
  ['单位资金', /单位资金/, 'item'],
  ['基本支出', /基本支出/, 'item'],
  ['项目支出', /项目支出/, 'item'],
];

export interface BudgetLine {
  label: string;
  role: RowRole;
  line: number;
  amount: Amount | null;
}

const CJK_END = /[\u3400-\u9fff（）：、]$/;
const CJK_START = /^[\u3400-\u9fff（）：、]/;

/**
 * The block's lines joined into one text (a label broken over lines, `（1）政府` / `预算资金`, reads
 * whole again), with the line each character came from.
 */
function joinBlock(lines: readonly string[], start: number, end: number): { text: string; lineAt: (i: number) => number; header: Span[] } {
  let text = '';
  const starts: { at: number; line: number }[] = [];
  const header: Span[] = [];
  let inBlock = false;
  for (let n = start; n <= end && n <= lines.length; n++) {
    const raw = compactLabel(lines[n - 1] ?? '');
    if (!raw || isPageNo(raw)) continue;
    if (/预算情况|部门预算总额/.test(raw)) inBlock = true;
    if (!inBlock) continue;
    if (/一级指标|绩效指标/.test(raw)) break;
    header.push({ line: n, text: raw });
    const glue = text && !(CJK_END.test(text) && CJK_START.test(raw)) ? ' ' : '';
    starts.push({ at: text.length + glue.length, line: n });
    text += glue + raw;
  }
  const lineAt = (i: number) => {
    let line = starts[0]?.line ?? start;
    for (const s of starts) if (s.at <= i) line = s.line;
    return line;
  };
  return { text, lineAt, header };
}

export function readBudgetBlock(lines: readonly string[], start: number, end: number): { rows: BudgetLine[]; header: Span[] } {
  const { text, lineAt, header } = joinBlock(lines, start, end);
  const rows: BudgetLine[] = [];
  for (const [label, re, role] of BUDGET_LINES) {
    const m = re.exec(text);
    if (!m) continue;
    let at = m.index + m[0].length;
    let amount: Amount | null = null;
    for (const t of text.slice(at).split(/(\s+)/)) {
      if (/^\s*$/.test(t)) {
        at += t.length;
        continue;
      }
      amount = readAmount({ t, line: lineAt(at) });
      if (amount) break;
      if (!/^[（(]?万元[)）]?$/.test(t)) break;
      at += t.length;
    }
    rows.push({ label, role, line: lineAt(m.index), amount });
  }
  return { rows, header };
}
