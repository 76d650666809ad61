import { z } from 'zod';
import { DecimalString, LineNo, Unit } from './primitives.js';
import { TableKind } from './table.js';

/**
 * The scope of an amount: what money it counts, whatever table or template prints it. Table cells
 * (facts) and narrative claims carry the same scope, and a claim is only ever compared with facts of
 * its own scope. A template declares how its tables and columns map to scopes (src/template/).
 */

/** Where the money comes from. `all` is every source; `fiscal` is 财政拨款 (general + govFund + stateCapital). */
export const Fund = z.enum([
  'all',
  'fiscal',
  'general', // 一般公共预算
  'general.fiscal', // 一般公共预算 其中：财政拨款
  'govFund', // 政府性基金
  'stateCapital', // 国有资本经营
  'specialAccount', // 财政专户管理资金
  'business', // 事业收入
  'operating', // 事业单位经营收入
  'superior', // 上级补助收入
  'affiliated', // 附属单位上缴收入
  'other', // 其他收入
  'unitFunds', // 单位资金
  'govBudget', // 政府预算资金 (12)
]);
export type Fund = z.infer<typeof Fund>;

/**
 * This year's money (本年), money carried over from last year (上年结转结余: income, or the spending it
 * funds), money carried forward to next year (年终结转结余), or all of it (收入总计 / 支出总计).
 */
export const Flow = z.enum([
  'current',
  'carryover', // 上年结转结余 / 决算: 年初结转和结余
  'carryforward', // 年终结转结余 / 决算: 年末结转和结余
  'total',
  // 决算 only
  'surplus-use', // 使用非财政拨款结余 (income side)
  'distribution', // 结余分配 (expenditure side)
]);
export type Flow = z.infer<typeof Flow>;

/** Basic/project split of spending and its parts (人员经费 = wages + family, 公用经费 = goods + capital). */
export const Split = z.enum([
  'total',
  'basic',
  'basic.personnel',
  'basic.public',
  'basic.wages',
  'basic.family',
  'basic.goods',
  'basic.capital',
  'project',
  'project.operating',
  'project.specific',
  // Columns some templates print beside basic/project spending (Beijing 03, Guangzhou 表3, Jiangsu 03 …)
  'operatingUnit', // 事业单位经营支出
  'toSuperior', // 上缴上级支出
  'toAffiliated', // 对附属单位补助支出
  'procurement', // 政府采购 amounts (Shenzhen 表3)
]);
export type Split = z.infer<typeof Split>;

/** What is counted: money in general, or one of the 三公 items. */
export const Measure = z.enum([
  'amount',
  'threePublic',
  'threePublic.abroad',
  'threePublic.vehicle',
  'threePublic.vehicle.purchase',
  'threePublic.vehicle.operation',
  'threePublic.reception',
  // Companions of the 三公 table in some templates
  'meeting', // 会议费 (Jiangsu 09)
  'training', // 培训费 (Jiangsu 09)
  'adminExpenses', // 行政经费 / 机关运行经费 (Guangdong 表8, Jiangsu 12, Shanghai)
]);
export type Measure = z.infer<typeof Measure>;

/**
 * 决算 is a stage of the same facts, not a new world: a budget release prints `budget`; a 决算 prints
 * `final` (决算数) beside, in some templates, `initial-budget` (年初预算数) and `adjusted-budget`
 * (调整预算数 / 全年预算数); `prior-year` is last year's figure a release restates.
 */
export const Stage = z.enum(['budget', 'final', 'prior-year', 'initial-budget', 'adjusted-budget']);
export type Stage = z.infer<typeof Stage>;

/** 功能分类 level: 类 (3 digits), 款 (5), 项 (7). */
export const ClassLevel = z.enum(['类', '款', '项']);
export type ClassLevel = z.infer<typeof ClassLevel>;

export const Classification = z.object({
  /** the code at its level: 213, 21301, 2130101 */
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  level: ClassLevel,
});
export type Classification = z.infer<typeof Classification>;

export const FactScope = z.object({
  side: z.enum(['income', 'expenditure']),
  fund: Fund,
  flow: Flow,
  split: Split,
  measure: Measure,
  stage: Stage,
  /** 功能分类 of the line; absent for a line that sums every class */
  classification: Classification.optional(),
  /** 部门经济分类 code of the line (06, 07) */
  economic: z.string().regex(/^\d{3}(\d{2}){0,2}$/).optional(),
});
export type FactScope = z.infer<typeof FactScope>;

/** Which row of the table: the grand line, the department, one budget unit, or an item line. */
export const FactRow = z.enum(['total', 'department', 'unit', 'item']);
export type FactRow = z.infer<typeof FactRow>;

export const Fact = z.object({
  ...FactScope.shape,
  tableKind: TableKind,
  /** index of the table in Release.tables, and of the row in its rows */
  tableIndex: z.number().int().min(0),
  rowIndex: z.number().int().min(0),
  row: FactRow,
  /** the budget unit code (008, 008001) of department and unit rows */
  orgCode: z.string().optional(),
  /** the project of a 10/12 line */
  project: z.string().optional(),
  /** the amount in 万元, exactly (a 元 table's 7027700 is 702.7700) */
  value: DecimalString,
  /** decimals of `value`: decides its rounding interval */
  decimals: z.number().int(),
  /** the cell as printed, and its unit */
  printed: DecimalString,
  unit: Unit,
  /** `blank`: a blank cell of a printed line, a true zero; `unusable`: an ambiguous or text cell, which
   * proves nothing (its value is then 0 and must not be used) */
  state: z.enum(['value', 'blank', 'unusable']),
  source: z.object({ line: LineNo, column: z.string() }),
});
export type Fact = z.infer<typeof Fact>;

/** The scope a narrative claim speaks of: the part of a fact scope its words, parts and section decide. */
export const ClaimScope = FactScope.partial();
export type ClaimScope = z.infer<typeof ClaimScope>;
