import type { ColumnDef, LineDef, SectionDef } from './schema.js';

/**
 * Building blocks the regional profiles share: columns and summary lines named by the header words
 * most templates use. A profile takes these and overrides the words its template prints otherwise.
 */

type Col = ColumnDef;

export function col(key: string, word: string, label: string, scope: ColumnDef['scope'], group?: string): Col {
  return { key, word, label, ...(group ? { group } : {}), scope };
}

/** A column printed in the table whose amounts have no canonical scope: read, never a fact. */
export function unscoped(key: string, word: string, label: string, group?: string): Col {
  return { key, word, label, ...(group ? { group } : {}), scope: {}, fact: false };
}

/** Funding sources as most templates word them (02, 07, 10 and the like). */
export const FUND = {
  general: col('general', '一般公共预算', '一般公共预算', { fund: 'general' }),
  fiscal: col('general.fiscal', '其中.*财政拨款|^财政拨款$', '其中：财政拨款', { fund: 'general.fiscal' }),
  govFund: col('govFund', '政府性基金', '政府性基金', { fund: 'govFund' }),
  stateCapital: col('stateCapital', '国有资本', '国有资本经营预算', { fund: 'stateCapital' }),
  specialAccount: col('specialAccount', '财政专户', '财政专户管理资金', { fund: 'specialAccount' }),
  business: col('business', '^事业收入$', '事业收入', { fund: 'business' }),
  operating: col('operating', '事业单位经营', '事业单位经营收入', { fund: 'operating' }),
  superior: col('superior', '上级补助', '上级补助收入', { fund: 'superior' }),
  affiliated: col('affiliated', '附属单位', '附属单位上缴收入', { fund: 'affiliated' }),
  other: col('other', '^其他收入$', '其他收入', { fund: 'other' }),
  unitFunds: col('unitFunds', '单位资金', '单位资金', { fund: 'unitFunds' }),
} satisfies Record<string, Col>;

/** 上年结转结余 by fund (02's right block). */
export const CARRY = {
  total: col('carryover', '上年结转', '小计', { flow: 'carryover' }, '上年结转结余'),
  general: col('carryover.general', '一般公共预算', '一般公共预算', { flow: 'carryover', fund: 'general' }, '上年结转结余'),
  govFund: col('carryover.govFund', '政府性基金', '政府性基金', { flow: 'carryover', fund: 'govFund' }, '上年结转结余'),
  stateCapital: col('carryover.stateCapital', '国有资本', '国有资本经营预算', { flow: 'carryover', fund: 'stateCapital' }, '上年结转结余'),
  specialAccount: col('carryover.specialAccount', '财政专户', '财政专户管理资金', { flow: 'carryover', fund: 'specialAccount' }, '上年结转结余'),
  unitFunds: col('carryover.unitFunds', '单位资金', '单位资金', { flow: 'carryover', fund: 'unitFunds' }, '上年结转结余'),
} satisfies Record<string, Col>;

/** Spending columns (03, 05, 09 and the like). */
export const SPEND = {
  total: col('total', '^合计$|^总计$|支出总计', '合计', { split: 'total' }),
  basic: col('basic', '基本支出', '基本支出', { split: 'basic' }),
  personnel: col('basic.personnel', '人员经费|人员支出', '人员经费', { split: 'basic.personnel' }, '基本支出'),
  public: col('basic.public', '公用经费|日常公用', '公用经费', { split: 'basic.public' }, '基本支出'),
  project: col('project', '项目支出', '项目支出', { split: 'project' }),
  operatingUnit: col('operatingUnit', '事业单位经营支出', '事业单位经营支出', { split: 'operatingUnit' }),
  toSuperior: col('toSuperior', '上缴上级', '上缴上级支出', { split: 'toSuperior' }),
  toAffiliated: col('toAffiliated', '对附属单位', '对附属单位补助支出', { split: 'toAffiliated' }),
} satisfies Record<string, Col>;

/** 三公 columns. */
export const THREE = {
  total: col('total', '三公', '“三公”经费合计', { measure: 'threePublic' }),
  abroad: col('abroad', '因公出国', '因公出国（境）费', { measure: 'threePublic.abroad' }),
  vehicle: col('vehicle', '公务用车购置及运行', '小计', { measure: 'threePublic.vehicle' }, '公务用车购置及运行维护费'),
  purchase: col('vehicle.purchase', '^(公务用车)?购置费$', '公务用车购置费', { measure: 'threePublic.vehicle.purchase' }, '公务用车购置及运行维护费'),
  operation: col('vehicle.operation', '^(公务用车)?运行(维护)?费$', '公务用车运行维护费', { measure: 'threePublic.vehicle.operation' }, '公务用车购置及运行维护费'),
  reception: col('reception', '公务接待', '公务接待费', { measure: 'threePublic.reception' }),
} satisfies Record<string, Col>;

function line(side: LineDef['side'], label: string, scope: LineDef['scope'], more: Partial<LineDef> = {}): LineDef {
  return { side, label, ofWhich: false, scope, opensCarryover: false, closes: false, ...more };
}

/** Lines of the side-by-side summaries (01, 04), by the words of their labels. */
export const SUMMARY_LINES: LineDef[] = [
  line('income', '^本年收入(合计|小计)?$', { flow: 'current' }),
  line('income', '^上年结转(结余)?$|^上年结余[、，]?结转$|^上年结转和结余$', { flow: 'carryover' }, { opensCarryover: true }),
  line('income', '^收入(总计|合计)$', { flow: 'total' }, { closes: true }),
  line('income', '^一般公共预算', { fund: 'general' }),
  // 一、财政拨款 (Shenzhen), 一、预算拨款 (Guangzhou): all 财政拨款 money, its funds below it
  line('income', '^(财政拨款|预算拨款)(收入)?$', { fund: 'fiscal' }),
  line('income', '^单位资金$', { fund: 'unitFunds' }),
  line('income', '财政拨款', { fund: 'general.fiscal' }, { ofWhich: true }),
  line('income', '^政府性基金', { fund: 'govFund' }),
  line('income', '^国有资本经营', { fund: 'stateCapital' }),
  line('income', '财政专户', { fund: 'specialAccount' }),
  line('income', '^事业收入', { fund: 'business' }),
  line('income', '^事业单位经营收入', { fund: 'operating' }),
  line('income', '^上级补助', { fund: 'superior' }),
  line('income', '^附属单位上缴', { fund: 'affiliated' }),
  line('income', '^其他收入', { fund: 'other' }),
  line('expenditure', '^本年支出(合计|小计)?$', { flow: 'current' }),
  line('expenditure', '^年终结转(结余)?$|^结转下年$|^年末结转(和)?结余$', { flow: 'carryforward' }),
  line('expenditure', '^支出(总计|合计)$', { flow: 'total' }, { closes: true }),
];

/** The primer's nine narrative sections, the default of every department-budget narrative. */
export const SECTIONS: SectionDef[] = [
  { ordinal: 1, heading: '收入支出预算总体情况|收支预算总体', scope: { fund: 'all' } },
  { ordinal: 2, heading: '收入预算', scope: { side: 'income', fund: 'all' } },
  { ordinal: 3, heading: '支出预算', scope: { side: 'expenditure', fund: 'all' } },
  { ordinal: 4, heading: '财政拨款', scope: { fund: 'fiscal' } },
  { ordinal: 5, heading: '一般公共预算支出', scope: { side: 'expenditure', fund: 'general' } },
  { ordinal: 6, heading: '一般公共预算基本支出', scope: { side: 'expenditure', fund: 'general', split: 'basic' } },
  { ordinal: 7, heading: '三公', scope: { side: 'expenditure', fund: 'general', measure: 'threePublic' } },
  { ordinal: 8, heading: '政府性基金', scope: { side: 'expenditure', fund: 'govFund' } },
  { ordinal: 9, heading: '其他重要事项', scope: {} },
];
