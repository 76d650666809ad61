import type { Cell, Row, Table } from '../../model/table.js';
import type { Span } from '../../model/primitives.js';
import { classOfLabel, classOfSummaryLabel } from '../../model/function-classes.js';
import { parseAmount } from '../number.js';
import type { FinalAccountsProfile, FinalTable } from '../../template/final-accounts-schema.js';

/**
 * The 决算 公开表 as the profile describes them. A PDF of this template yields one tab-separated cell
 * per printed cell, blanks kept, so a column is its place in the row; what does not fit (a title not
 * in the profile, a row with text where an amount stands) is kept and reported, never guessed.
 */

const CODE = /^\d{3}(\d{2}){0,2}$/;

function cellsOf(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** A line standing alone that is the title of one of the profile's tables. */
export function titleOf(line: string, profile: FinalAccountsProfile): FinalTable | undefined {
  const cells = cellsOf(line).filter((c) => c !== '');
  if (cells.length !== 1) return undefined;
  const t = squeeze(cells[0]!);
  return profile.tables.find((d) => new RegExp(d.title).test(t));
}

export function amountCell(column: string, raw: string, line: number): Cell {
  if (raw === '') return { column, raw, status: 'empty', value: null, decimals: null, line, certainty: 'certain' };
  const n = parseAmount(raw);
  if (!n) return { column, raw, status: 'text', value: null, decimals: null, line, certainty: 'certain' };
  return { column, raw, status: 'value', value: n.value, decimals: n.decimals, line, certainty: 'certain' };
}

/** `一、一般公共服务支出` → `一般公共服务支出` */
export function bareLabel(label: string): { label: string; ordinal?: string } {
  const m = /^([一二三四五六七八九十]+)、/.exec(squeeze(label));
  return m ? { ordinal: m[1]!, label: squeeze(label).slice(m[0].length).trimStart() } : { label: squeeze(label) };
}

function isColumnNumbers(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length > 1 && filled.every((c, i) => c === String(i + 1));
}

interface Located {
  def: FinalTable;
  titleLine: number;
  endLine: number;
}

/** Where each of the profile's tables stands: from its title to the line before the next title. */
export function locateTables(lines: readonly string[], profile: FinalAccountsProfile, from = 1, to = lines.length): Located[] {
  const starts: Array<{ def: FinalTable; line: number }> = [];
  for (let n = from; n <= to; n++) {
    const def = titleOf(lines[n - 1] ?? '', profile);
    if (def && !starts.some((s) => s.def.number === def.number)) starts.push({ def, line: n });
  }
  return starts.map((s, i) => ({ def: s.def, titleLine: s.line, endLine: (starts[i + 1]?.line ?? to + 1) - 1 }));
}

export function readTable(lines: readonly string[], loc: Located, profile: FinalAccountsProfile): Table {
  const { def } = loc;
  const numberRe = new RegExp(profile.recognition.tableNumber);
  const header: Span[] = [];
  const notes: Span[] = [];
  const rows: Row[] = [];
  let number: string | undefined;
  let numberLine: number | undefined;
  let department: Span | undefined;
  let emptyNote: Span | undefined;
  let inNotes = false;
  for (let n = loc.titleLine + 1; n <= loc.endLine; n++) {
    const text = lines[n - 1] ?? '';
    if (text.trim() === '') continue;
    const cells = cellsOf(text);
    const flat = squeeze(text);
    const num = numberRe.exec(flat);
    if (!number && num && cells.filter((c) => c).length === 1) {
      number = num[1];
      numberLine = n;
      continue;
    }
    if (/^部门[:：]/.test(flat)) {
      department = { line: n, text: flat.replace(/^部门[:：]/, '').split('金额单位')[0]! };
      continue;
    }
    if (/^(注|说明)[:：]/.test(flat) || inNotes) {
      inNotes = true;
      notes.push({ line: n, text: flat });
      if (/无数据|没有.*(收入|支出|预算)|为空表/.test(flat)) emptyNote = { line: n, text: flat };
      continue;
    }
    // a page number alone on a line
    if (/^\d{1,3}$/.test(flat)) continue;
    const read = readRow(def, cells, n);
    if (read.length === 0) header.push({ line: n, text });
    rows.push(...read);
  }
  const hasValues = rows.some((r) => r.cells.some((c) => c.status === 'value'));
  return {
    kind: def.kind,
    number: number ?? def.number,
    ...(numberLine ? { numberLine } : {}),
    title: squeeze(lines[loc.titleLine - 1] ?? ''),
    titleLine: loc.titleLine,
    endLine: loc.endLine,
    unit: def.defaultUnit,
    ...(department ? { department } : {}),
    status: hasValues ? 'parsed' : emptyNote || rows.length > 0 ? 'empty' : 'unrecovered',
    columns: columnsOf(def),
    header,
    rows,
    notes,
    ...(emptyNote ? { emptyNote } : {}),
  };
}

function columnsOf(def: FinalTable): Table['columns'] {
  return def.columns.map((c) => ({ key: c.key, label: c.label, path: c.group ? [c.group, c.label] : [c.label] }));
}

function readRow(def: FinalTable, cells: string[], line: number): Row[] {
  switch (def.layout) {
    case 'coded':
      return codedRow(def, cells, line);
    case 'summary':
      return summaryRows(def, cells, line);
    case 'economic':
      return economicRows(def, cells, line);
    case 'single':
      return singleRow(def, cells, line);
  }
}

function codedRow(def: FinalTable, cells: string[], line: number): Row[] {
  const first = squeeze(cells[0] ?? '');
  const isTotal = first === '合计';
  if (!isTotal && !CODE.test(first)) return [];
  const amounts = cells.slice(2);
  const row: Row = {
    line,
    role: isTotal ? 'total' : first.length === 7 ? 'item' : 'subtotal',
    label: isTotal ? '合计' : squeeze(cells[1] ?? ''),
    ofWhich: false,
    cells: def.columns.map((c, i) => amountCell(c.key, amounts[i] ?? '', line)),
  };
  if (!isTotal)
    row.functionCode = {
      code: first,
      class: first.slice(0, 3),
      ...(first.length >= 5 ? { kuan: first.slice(3, 5) } : {}),
      ...(first.length === 7 ? { xiang: first.slice(5, 7) } : {}),
    };
  return [row];
}

function summaryRows(def: FinalTable, cells: string[], line: number): Row[] {
  // income half: label, 行次, amount; expenditure half: label, 行次, amount columns
  if (!/^\d+$/.test(cells[1] ?? '') && !/^\d+$/.test(cells[4] ?? '')) return [];
  const out: Row[] = [];
  const halves: Array<{ side: 'income' | 'expenditure'; label: string; amounts: string[] }> = [
    { side: 'income', label: cells[0] ?? '', amounts: [cells[2] ?? ''] },
    { side: 'expenditure', label: cells[3] ?? '', amounts: cells.slice(5) },
  ];
  for (const h of halves) {
    const { label, ordinal } = bareLabel(h.label);
    if (label === '') continue;
    const keys = h.side === 'income' ? [def.columns[0]!.key] : def.columns.map((c) => c.key);
    const named = def.lines.find((l) => l.side === h.side && new RegExp(l.label).test(label));
    const classCode = h.side === 'expenditure' && !named ? (classOfSummaryLabel(label) ?? classOfLabel(label)) : undefined;
    out.push({
      line,
      role: named && /^(current|total|carryover|carryforward)$/.test(named.key) ? 'total' : 'item',
      side: h.side,
      label,
      ...(ordinal ? { ordinal } : {}),
      ofWhich: false,
      ...(classCode ? { classCode } : {}),
      cells: keys.map((k, i) => amountCell(k, h.amounts[i] ?? '', line)),
    });
  }
  return out;
}

function economicRows(def: FinalTable, cells: string[], line: number): Row[] {
  const flat = squeeze(cells[0] ?? '');
  const key = def.columns[0]!.key;
  if (/^人员经费合计$/.test(flat)) {
    // 人员经费合计 … 公用经费合计 …: the first amount is the first block's total, the last the others'
    const amounts = cells.map((c, i) => ({ c, i })).filter(({ c }) => parseAmount(c) !== null);
    const publicAt = cells.findIndex((c) => squeeze(c) === '公用经费合计');
    const personnel = amounts.find(({ i }) => publicAt < 0 || i < publicAt);
    const pub = amounts.find(({ i }) => publicAt >= 0 && i > publicAt);
    return [
      { line, role: 'total', label: '人员经费合计', ofWhich: false, cells: [amountCell(key, personnel?.c ?? '', line)] },
      { line, role: 'total', label: '公用经费合计', ofWhich: false, cells: [amountCell(key, pub?.c ?? '', line)] },
    ];
  }
  const out: Row[] = [];
  for (let blk = 0; blk < (def.blocks ?? 1); blk++) {
    const code = squeeze(cells[blk * 3] ?? '');
    if (!/^\d{3}(\d{2})?$/.test(code)) continue;
    const name = squeeze(cells[blk * 3 + 1] ?? '');
    out.push({
      line,
      role: code.length === 3 ? 'subtotal' : 'item',
      label: name,
      ofWhich: false,
      econ: { dept: { code, name } },
      cells: [amountCell(key, cells[blk * 3 + 2] ?? '', line)],
    });
  }
  return out;
}

function singleRow(def: FinalTable, cells: string[], line: number): Row[] {
  if (isColumnNumbers(cells)) return [];
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0 || !filled.every((c) => parseAmount(c) !== null)) return [];
  return [{ line, role: 'total', label: '合计', ofWhich: false, cells: def.columns.map((c, i) => amountCell(c.key, cells[i] ?? '', line)) }];
}
