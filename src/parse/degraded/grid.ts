import type { Row, RowRole, TableKind } from '../../model/table.js';
import type { Span } from '../../model/primitives.js';
import { classOfSummaryLabel as classCodeOf } from '../../model/function-classes.js';
import {
  compactLabel, isIllegible, isNote, isPageNo, isTitleBlockLine, readAmount, type Amount, type Token,
} from './text.js';

/** A row as read off the token stream, before its numbers are placed in columns. */
export interface RawRow {
  line: number;
  endLine: number;
  role: RowRole;
  label: string;
  meta: Pick<Row, 'functionCode' | 'orgCode' | 'econ' | 'project'>;
  numbers: Amount[];
  /** the label's tokens, for kinds whose label holds several fields (07, 06, 10) */
  labelTokens: Token[];
}

export interface BodyTokens {
  tokens: Token[];
  header: Span[];
  notes: Span[];
  illegible: Span[];
  lastLine: number;
}

function nextNonEmpty(lines: readonly string[], n: number, end: number): string {
  for (let k = n + 1; k <= end && k <= lines.length; k++) {
    const s = (lines[k - 1] ?? '').trim();
    if (s) return s;
  }
  return '';
}

/**
 * A short integer alone on a line is a page number, unless it is a piece of a 科目编码 broken over
 * lines: a 3-digit 类 followed by a 2-digit 款, or a 2-digit 款/项 right after the 类/款.
 */
function codePart(text: string, prev: string | undefined, next: string): boolean {
  // 101 followed by its name may be an org code; if no amounts follow it, segmentRows drops it
  if (/^\d{3}$/.test(text)) return /^\d{2}(\s|$)/.test(next) || /^[\u3400-\u9fff]/.test(next);
  if (/^\d{2}$/.test(text)) return /^\d{2,3}$/.test(prev ?? '');
  return false;
}

/** The block's lines as one token stream: page numbers, repeated title lines and notes taken out. */
export function tokenize(lines: readonly string[], start: number, end: number): BodyTokens {
  const tokens: Token[] = [];
  const header: Span[] = [];
  const notes: Span[] = [];
  const illegible: Span[] = [];
  let lastLine = start;
  let inNote = false;
  for (let n = start; n <= end && n <= lines.length; n++) {
    const text = lines[n - 1] ?? '';
    if (!text.trim()) continue;
    if (isIllegible(text)) {
      illegible.push({ line: n, text: text.trim() });
      continue;
    }
    if (inNote || isNote(text)) {
      inNote = true;
      notes.push({ line: n, text: text.trim() });
      continue;
    }
    if (isTitleBlockLine(text)) continue;
    if (isPageNo(text) && !codePart(text.trim(), tokens[tokens.length - 1]?.t, nextNonEmpty(lines, n, end))) continue;
    lastLine = n;
    for (const t of text.trim().split(/[\s\u3000]+/)) if (t) tokens.push({ t, line: n });
    header.push({ line: n, text: text.trim() });
  }
  return { tokens, header, notes, illegible, lastLine };
}

const ECON_CLASS = /^(工资福利|商品和服务|对个人和家庭|资本性|对企业补助|债务利息)/;
const isAmt = (t: Token | undefined) => !!t && readAmount(t) !== null;
const PROJECT_TYPE = /^(其他运转类|特定目标类)/;

interface Start {
  consumed: number;
  role: RowRole;
  meta: RawRow['meta'];
  label?: string;
}

function joinAhead(tokens: readonly Token[], i: number, count: number): string {
  return tokens.slice(i, i + count).map((t) => t.t).join('');
}

/** Does a row start at token i? Which tokens start a row depends on the kind of table. */
export function matchStart(tokens: readonly Token[], i: number, kind: TableKind): Start | null {
  const t = tokens[i]?.t ?? '';
  const next = tokens[i + 1]?.t ?? '';
  const next2 = tokens[i + 2]?.t ?? '';
  if (/^(合计|总计)$/.test(t) && isAmt(tokens[i + 1])) return { consumed: 1, role: 'total', meta: {}, label: t };
  if ((t === '合' || t === '总') && next === '计' && isAmt(tokens[i + 2]))
    return { consumed: 2, role: 'total', meta: {}, label: t + next };
  // a project code the extraction broke with a space (41070424000 0000004850)
  if (/^\d{8,14}$/.test(t) && /^\d{4,}$/.test(next) && (t + next).length >= 15)
    return { consumed: 2, role: 'item', meta: { project: { code: t + next } } };
  if (/^\d{12,}$/.test(t)) return { consumed: 1, role: 'item', meta: { project: { code: t } } };
  if (kind === 'project-expenditure') {
    for (let w = 1; w <= 3; w++) {
      const m = PROJECT_TYPE.exec(joinAhead(tokens, i, w));
      if (m && !tokens.slice(i, i + w).some((x) => isAmt(x))) return { consumed: 0, role: 'item', meta: {} };
    }
  }
  if (/^\d{7}$/.test(t))
    return {
      consumed: 1,
      role: 'item',
      meta: { functionCode: { code: t, class: t.slice(0, 3), kuan: t.slice(3, 5), xiang: t.slice(5, 7) } },
    };
  if (/^\d{5}$/.test(t) && kind === 'general-budget-basic')
    return { consumed: 1, role: 'item', meta: { econ: { dept: { code: t, name: '' } } } };
  if (/^\d{3}$/.test(t) && /^\d{2}$/.test(next)) {
    if (kind === 'economic-summary' || kind === 'general-budget-basic')
      return { consumed: 2, role: 'item', meta: { econ: { dept: { code: t + next, name: '' } } } };
    if (/^\d{2}$/.test(next2))
      return {
        consumed: 3,
        role: 'item',
        meta: { functionCode: { code: t + next + next2, class: t, kuan: next, xiang: next2 } },
      };
    return { consumed: 2, role: 'subtotal', meta: { functionCode: { code: t + next, class: t, kuan: next } } };
  }
  if (/^3\d{2}$/.test(t) && ECON_CLASS.test(next) && (kind === 'economic-summary' || kind === 'general-budget-basic'))
    return { consumed: 1, role: 'item', meta: { econ: { dept: { code: t, name: '' } } } };
  if (/^\d{3}$/.test(t) && classCodeOf(next) === t)
    return { consumed: 1, role: 'subtotal', meta: { functionCode: { code: t, class: t } } };
  if (/^\d{3}$/.test(t)) return { consumed: 1, role: 'department', meta: { orgCode: t } };
  if (/^\d{6}$|^\d{9}$/.test(t)) return { consumed: 1, role: 'unit', meta: { orgCode: t } };
  return null;
}

/** Kinds whose first numbers may stand without any label: the table's total row. */
const BARE_TOTAL: ReadonlySet<TableKind> = new Set(['project-expenditure', 'three-public', 'performance-projects']);

/**
 * Cut the token stream into rows: a row starts at a start token (合计, an org code, a 科目编码,
 * a project code or type), its label runs to the first amount and its numbers to the first
 * non-amount. Text after the numbers (a repeated header, 12's indicators) belongs to no row.
 */
export function segmentRows(tokens: readonly Token[], kind: TableKind): { rows: RawRow[]; firstRowLine?: number } {
  const rows: RawRow[] = [];
  let cur: RawRow | null = null;
  let phase: 'seek' | 'label' | 'numbers' = 'seek';
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    const amt = readAmount(tok);
    if (phase === 'label' && cur) {
      if (amt) {
        phase = 'numbers';
        continue;
      }
      cur.labelTokens.push(tok);
      cur.endLine = tok.line;
      i++;
      continue;
    }
    if (phase === 'numbers' && cur && amt) {
      cur.numbers.push(amt);
      cur.endLine = tok.line;
      i++;
      continue;
    }
    phase = 'seek';
    const start = matchStart(tokens, i, kind);
    if (start) {
      cur = { line: tok.line, endLine: tok.line, role: start.role, label: start.label ?? '', meta: start.meta, numbers: [], labelTokens: [] };
      rows.push(cur);
      phase = 'label';
      i += start.consumed;
      continue;
    }
    if (amt && rows.length === 0 && BARE_TOTAL.has(kind)) {
      cur = { line: tok.line, endLine: tok.line, role: 'total', label: '合计', meta: {}, numbers: [], labelTokens: [] };
      rows.push(cur);
      phase = 'numbers';
      continue;
    }
    i++;
  }
  // an org code with no amounts after it was a page number standing before a page's first line
  const kept = rows.filter((r) => r.numbers.length > 0 || (r.role !== 'department' && r.role !== 'unit'));
  for (const row of kept) finishLabel(row, kind, kept);
  return { rows: kept, firstRowLine: kept[0]?.line };
}

function joinTokens(tokens: readonly Token[]): string {
  let s = '';
  let prev: number | null = null;
  for (const t of tokens) {
    s += prev === null ? t.t : prev === t.line ? ' ' + t.t : t.t;
    prev = t.line;
  }
  return compactLabel(s);
}

function finishLabel(row: RawRow, kind: TableKind, rows: readonly RawRow[]): void {
  const toks = row.labelTokens;
  if (row.meta.econ?.dept) {
    // 部门经济分类 name, then the paired 政府经济分类 code and name (07: `501 01`, 06: `50101`).
    let g = toks.findIndex((t, j) => /^\d{3}$/.test(t.t) && /^\d{2}$/.test(toks[j + 1]?.t ?? ''));
    let gw = 2;
    if (g < 0) {
      g = toks.findIndex((t) => /^\d{5}$/.test(t.t));
      gw = 1;
    }
    const deptName = joinTokens(g < 0 ? toks : toks.slice(0, g));
    row.meta.econ.dept.name = deptName;
    if (g >= 0) {
      const code = toks.slice(g, g + gw).map((t) => t.t).join('');
      row.meta.econ.gov = { code, name: joinTokens(toks.slice(g + gw)) };
    }
    row.label = deptName;
    return;
  }
  const text = joinTokens(toks);
  if (kind === 'project-expenditure' && row.role === 'item') {
    const m = PROJECT_TYPE.exec(text);
    const rest = m ? text.slice(m[0].length).trim() : text;
    const orgs = rows.filter((r) => r.role === 'department' || r.role === 'unit').map((r) => r.label).filter(Boolean);
    let at = -1;
    // the unit is a known org name, or shares its opening words (新乡市红旗区…) with one
    for (const org of orgs) {
      for (let len = org.length; len >= 4 && at < 0; len--) {
        const k = rest.indexOf(org.slice(0, len));
        if (k > 0) at = k;
      }
    }
    row.meta.project = { ...(row.meta.project ?? {}), ...(m ? { type: m[0] } : {}), ...(at > 0 ? { unit: rest.slice(at) } : {}) };
    row.label = at > 0 ? rest.slice(0, at) : rest;
    return;
  }
  if (!row.label || text) row.label = text || row.label;
}
