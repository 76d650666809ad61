import { z } from 'zod';
import { DecimalString, LineNo, Span, Unit } from './primitives.js';

/**
 * Canonical table kinds, identified by meaning (title and header words), never by the printed number:
 * regions number and name the same table differently (预算01表, 公开表1, 报表2 …).
 */
export const TableKind = z.enum([
  'income-expenditure-summary', // 01 部门收支总体情况表 / 部门收支预算表
  'income', // 02 部门收入总体情况表
  'expenditure', // 03 部门支出总体情况表
  'fiscal-summary', // 04 财政拨款收支总体情况表
  'general-budget-expenditure', // 05 一般公共预算支出情况表
  'general-budget-basic', // 06 一般公共预算基本支出表 (economic classes)
  'economic-summary', // 07 支出经济分类汇总表
  'three-public', // 08 一般公共预算"三公"经费支出情况表
  'gov-fund-expenditure', // 09 政府性基金预算支出情况表
  'project-expenditure', // 10 项目支出表
  'performance-overall', // 11 部门（单位）整体绩效目标表
  'performance-projects', // 12 部门预算项目绩效目标汇总表
  // Kinds seen in other regions' table sets; recognised so that they are reported, not dropped.
  'fiscal-expenditure', // 财政拨款支出预算表
  'state-capital-expenditure', // 国有资本经营预算支出表
  'final-accounts', // 决算 tables (预算数 / 决算数)
  'admin-expenses', // 机关运行经费 table (Jiangsu, Guangdong)
  'procurement', // 政府采购预算表
  'other', // a table whose title names no known kind: reported with its title
]);
export type TableKind = z.infer<typeof TableKind>;

/** One leaf column of the header tree. `key` is canonical (see COLUMN_KEYS), `path` the printed header cells. */
export const Column = z.object({
  key: z.string(),
  label: z.string(),
  path: z.array(z.string()),
});
export type Column = z.infer<typeof Column>;

/**
 * A cell. An empty cell (`status: 'empty'`) is different from a printed 0.00 (`status: 'value'`, value "0.00").
 * `certainty: 'ambiguous'` marks a cell whose column could not be decided (degraded extracts):
 * `alternatives` lists the values it may hold; rules use certain cells only.
 */
export const Cell = z.object({
  column: z.string(),
  raw: z.string(),
  status: z.enum(['value', 'empty', 'text']),
  value: DecimalString.nullable(),
  decimals: z.number().int().min(0).nullable(),
  line: LineNo,
  certainty: z.enum(['certain', 'ambiguous']).default('certain'),
  alternatives: z.array(DecimalString).optional(),
});
export type Cell = z.infer<typeof Cell>;

/** 科目编码 split into 类/款/项 (function classification), e.g. 2013101 → 201 / 31 / 01. */
export const FunctionCode = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  class: z.string().regex(/^\d{3}$/),
  kuan: z.string().regex(/^\d{2}$/).optional(),
  xiang: z.string().regex(/^\d{2}$/).optional(),
});
export type FunctionCode = z.infer<typeof FunctionCode>;

export const EconomicCode = z.object({
  code: z.string().regex(/^\d{3}(\d{2})?$/),
  name: z.string(),
});
export type EconomicCode = z.infer<typeof EconomicCode>;

export const RowRole = z.enum([
  'total', // 合计 / 总计 / 本年收入合计 …
  'department', // the department row (008)
  'unit', // a budget unit row (008001)
  'item', // an ordinary line (a function 项, an economic item, a project, an income line)
  'subtotal', // a printed subtotal other than the above (类 or 款 rows when printed)
  'other',
]);
export type RowRole = z.infer<typeof RowRole>;

export const Row = z.object({
  line: LineNo,
  /** last line of the row when a degraded extract spread it over several lines */
  endLine: LineNo.optional(),
  role: RowRole,
  /** for side-by-side tables (01, 04): which half the row belongs to */
  side: z.enum(['income', 'expenditure']).optional(),
  label: z.string(),
  /** printed ordinal such as 一 or （一）, without punctuation */
  ordinal: z.string().optional(),
  /** a `其中：` line: part of the line above, not an addend of the total */
  ofWhich: z.boolean().default(false),
  /** for summary lines (01/04): the function class named by the label, when it names one */
  classCode: z.string().regex(/^\d{3}$/).optional(),
  functionCode: FunctionCode.optional(),
  orgCode: z.string().optional(),
  econ: z
    .object({ dept: EconomicCode.optional(), gov: EconomicCode.optional() })
    .optional(),
  project: z
    .object({
      type: z.string().optional(),
      code: z.string().optional(),
      unit: z.string().optional(),
    })
    .optional(),
  cells: z.array(Cell),
});
export type Row = z.infer<typeof Row>;

/** How a degraded table was recovered: counts for coverage, per table. */
export const Recovery = z.object({
  method: z.enum(['layout', 'degraded']),
  certainCells: z.number().int().min(0),
  ambiguousCells: z.number().int().min(0),
  lostCells: z.number().int().min(0),
  notes: z.array(Span).default([]),
  /** rows whose printed numbers fit no column placement: a misprinted number or a lost cell */
  unplaced: z.array(z.object({ line: LineNo, numbers: z.number().int().min(1) })).optional(),
});
export type Recovery = z.infer<typeof Recovery>;

export const TableStatus = z.enum([
  'parsed', // rows read from a clean layout
  'recovered', // rows rebuilt from a degraded extract (see `recovery`)
  'empty', // printed without data (see `emptyNote`)
  'unrecovered', // title found, rows could not be read
]);
export type TableStatus = z.infer<typeof TableStatus>;

export const Table = z.object({
  kind: TableKind,
  /** printed number: "01" from 预算01表, or the TOC ordinal matched by meaning */
  number: z.string().optional(),
  /** line of the printed number (预算03表) when the release prints one; absent when `number` is inferred */
  numberLine: LineNo.optional(),
  title: z.string(),
  titleLine: LineNo,
  endLine: LineNo,
  year: z.number().int().optional(),
  unit: Unit,
  unitLine: LineNo.optional(),
  /** 部门名称：… as printed on the table */
  department: Span.optional(),
  status: TableStatus,
  columns: z.array(Column),
  /** the printed header rows, as read */
  header: z.array(Span),
  rows: z.array(Row),
  notes: z.array(Span),
  /** the note saying the table has no data (本表无数据, 此表为空表 …) when it is printed empty */
  emptyNote: Span.optional(),
  recovery: Recovery.optional(),
});
export type Table = z.infer<typeof Table>;
