import { inUnit } from '../engine/decimal.js';
import { isOfWhich, normLabel } from '../engine/query.js';
import type { Classification, Fact, FactRow, FactScope, Stage } from '../model/facts.js';
import type { Release } from '../model/release.js';
import { classOfLabel } from '../model/function-classes.js';
import type { Cell, Row, Table } from '../model/table.js';
import { pattern, templateOf, type ScopePart, type TableDef, type Template } from '../template/index.js';

/**
 * Parsed tables → facts: every amount cell with the scope the template gives its table, column and
 * line, its value normalised exactly to 万元, and where it stands. Rules ask for facts by scope and
 * never need to know which table or row label prints them.
 */

const USABLE = new Set(['parsed', 'recovered']);

const DEFAULT_SCOPE: Omit<FactScope, 'side' | 'classification' | 'economic'> = {
  fund: 'all',
  flow: 'current',
  split: 'total',
  measure: 'amount',
  stage: 'budget',
};

function merge(...parts: ReadonlyArray<ScopePart | undefined>): ScopePart {
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    if (!p) continue;
    // for…in over plain profile objects, not Object.entries: this runs for every amount cell of a release
    for (const k in p) {
      const v = (p as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = v;
    }
  }
  return out as ScopePart;
}

export function classificationOf(code: string): Classification {
  return { code, level: code.length === 3 ? '类' : code.length === 5 ? '款' : '项' };
}

interface LineScope {
  part: ScopePart;
  /** a line of last year's figures (Shenzhen 表9's 2025年 row); this year's budget by default */
  stage?: Stage;
  row: FactRow;
  side: 'income' | 'expenditure';
  classification?: Classification;
  economic?: string;
  project?: string;
  orgCode?: string;
}

function cellFact(table: Table, tableIndex: number, rowIndex: number, cell: Cell, line: LineScope, column: ScopePart | undefined): Fact {
  const s = column ? merge(line.part, column) : line.part;
  const state: Fact['state'] =
    cell.certainty === 'ambiguous' || cell.status === 'text' ? 'unusable' : cell.status === 'empty' || cell.value === null ? 'blank' : 'value';
  const printed = state === 'value' ? cell.value! : '0';
  const decimals = state === 'value' ? (cell.decimals ?? decimalsOf(printed)) : 2;
  const normal = state === 'value' ? inUnit({ value: printed, decimals }, table.unit, '万元') : { value: '0', decimals: 2 };
  // Built key by key in one fixed order (no conditional spreads): a release has a thousand cells, and
  // spreading small objects into a literal is the slow path of object creation.
  const f = {
    side: line.side,
    fund: s.fund ?? DEFAULT_SCOPE.fund,
    flow: s.flow ?? DEFAULT_SCOPE.flow,
    split: s.split ?? DEFAULT_SCOPE.split,
    measure: s.measure ?? DEFAULT_SCOPE.measure,
    stage: s.stage ?? line.stage ?? 'budget',
  } as Fact;
  if (line.classification) f.classification = line.classification;
  if (line.economic) f.economic = line.economic;
  f.tableKind = table.kind;
  f.tableIndex = tableIndex;
  f.rowIndex = rowIndex;
  f.row = line.row;
  if (line.orgCode) f.orgCode = line.orgCode;
  if (line.project) f.project = line.project;
  f.value = normal.value;
  f.decimals = normal.decimals;
  f.printed = printed;
  f.unit = table.unit;
  f.state = state;
  f.source = { line: cell.line, column: cell.column };
  return f;
}

function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** 01/04: each half is a list of lines; a line after 上年结转 (up to the grand line) is carryover money. */
function summaryFacts(table: Table, tableIndex: number, def: TableDef, template: Template, out: Fact[]): void {
  for (const side of ['income', 'expenditure'] as const) {
    let carry = false;
    table.rows.forEach((row, rowIndex) => {
      if (row.side !== side || row.block !== undefined) return;
      const label = normLabel(row.label);
      const ofWhich = isOfWhich(row);
      const line = template.summaryLine(table.kind, side, label, ofWhich);
      if (line?.closes) carry = false;
      const classCode = side === 'expenditure' && !ofWhich && !line ? (row.classCode ?? (def.subClassLines ? undefined : classOfLabel(label))) : undefined;
      if (!line && !classCode) return;
      const part = merge(def.scope, { side }, carry && !line?.scope.flow ? { flow: 'carryover' } : undefined, line?.scope);
      const scope: LineScope = classCode
        ? { part, row: 'item', side, classification: classificationOf(classCode) }
        : { part, row: 'total', side };
      for (const cell of row.cells) out.push(cellFact(table, tableIndex, rowIndex, cell, scope, template.columnDef(table.kind, cell.column)?.scope));
      if (line?.opensCarryover) carry = true;
    });
  }
}

function gridLine(table: Table, row: Row, def: TableDef, grandDepartment: boolean, onlyRow: boolean): LineScope | undefined {
  const side = def.scope.side ?? 'expenditure';
  const part = merge(def.scope);
  if (row.role === 'total') return { part, row: 'total', side };
  if (row.role === 'department') return { part, row: grandDepartment ? 'total' : 'department', side, ...(row.orgCode ? { orgCode: row.orgCode } : {}) };
  if (row.role === 'unit') return { part, row: 'unit', side, ...(row.orgCode ? { orgCode: row.orgCode } : {}) };
  if (!def.itemRows) return undefined;
  // a row of function × economic codes (Beijing 03) carries both
  if (row.functionCode) return { part, row: 'item', side, classification: classificationOf(row.functionCode.code), ...(row.econ?.dept ? { economic: row.econ.dept.code } : {}) };
  if (row.econ?.dept) return { part, row: 'item', side, economic: row.econ.dept.code };
  const label = row.label.replace(/[\s\u3000]/g, '');
  const named = def.rowLines.find((l) => pattern(l.label).test(label));
  // a named line that prints no amount (an indicator line under 11's budget row) is no line of money
  if (named && !row.cells.some((c) => c.status === 'value')) return undefined;
  if (named) {
    if (named.fact === false) return undefined;
    let stage: Stage | undefined;
    if (named.yearStage) {
      const year = Number(pattern(named.label).exec(label)?.[1]);
      stage = year === table.year ? 'budget' : year === (table.year ?? NaN) - 1 ? 'prior-year' : undefined;
      if (!stage) return undefined;
    }
    return { part: merge(part, named.scope), row: named.row, side, ...(stage ? { stage } : {}), ...(named.economic ? { economic: named.economic } : {}) };
  }
  if (table.kind === 'project-expenditure' || table.kind === 'performance-projects') {
    const name = row.project?.code ?? row.label.trim();
    if (name) return { part, row: 'item', side, project: name };
  }
  // 08 prints a single line; some layouts call it the total, others an item
  return onlyRow ? { part, row: 'total', side } : undefined;
}

/** 11's 预算情况 block: lines named by their words (typed by hand, so labels sometimes sit in a cell). */
const BLOCK_LINES: ReadonlyArray<readonly [RegExp, ScopePart]> = [
  [/预算总额|资金总额|^总额/, {}],
  [/基本支出/, { split: 'basic' }],
  [/项目支出/, { split: 'project' }],
];

function blockFacts(table: Table, tableIndex: number, def: TableDef, out: Fact[]): void {
  const seen = new Set<number>();
  table.rows.forEach((row, rowIndex) => {
    const text = [row.label, ...row.cells.filter((c) => c.status === 'text').map((c) => c.raw)].join('').replace(/\s+/g, '');
    const i = BLOCK_LINES.findIndex(([re]) => re.test(text));
    if (i < 0 || seen.has(i)) return;
    if (i === 0 && /资金来源|资金结构/.test(text) && !/总额/.test(text)) return;
    const cell = row.cells.find((c) => c.status === 'value' && c.certainty !== 'ambiguous');
    if (!cell) return;
    seen.add(i);
    out.push(cellFact(table, tableIndex, rowIndex, cell, { part: merge(def.scope, BLOCK_LINES[i]![1]), row: 'total', side: 'expenditure' }, undefined));
  });
}

export function extractFacts(model: Release): Fact[] {
  const out: Fact[] = [];
  // the release's own template maps its tables, columns and lines to scopes
  const template = templateOf(model);
  model.tables.forEach((table, tableIndex) => {
    if (!USABLE.has(table.status)) return;
    const def = template.tableDef(table.kind);
    if (!def) return;
    if (def.lines.length > 0) return summaryFacts(table, tableIndex, def, template, out);
    if (table.kind === 'performance-overall' && !def.budgetGrid) return blockFacts(table, tableIndex, def, out);
    const grandDepartment = !table.rows.some((r) => r.role === 'total') && table.rows.filter((r) => r.role === 'department').length === 1;
    table.rows.forEach((row, rowIndex) => {
      const line = gridLine(table, row, def, grandDepartment, table.rows.length === 1);
      if (!line) return;
      for (const cell of row.cells) {
        const column = template.columnDef(table.kind, cell.column);
        if (!column || column.fact === false) continue;
        out.push(cellFact(table, tableIndex, rowIndex, cell, line, column.scope));
      }
    });
  });
  return out;
}
