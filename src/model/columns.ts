/**
 * Canonical column keys. Parsers map printed header words to these keys so that rules can speak of
 * "the 基本支出 column" whatever a region prints. A dot nests a part under its whole:
 * `basic.wages` is a part of `basic`. Columns a parser cannot map keep a positional key `col<N>`.
 */
export const COLUMN_KEYS = {
  // Side-by-side summaries (01, 04): each half's amount column.
  amount: '金额 (01 income/expenditure halves, 11 budget block)',

  // Expenditure by function or economic class (03, 05, 09; 06 uses personnel/public).
  total: '合计 / 总计',
  basic: '基本支出 小计',
  'basic.wages': '工资福利支出',
  'basic.family': '对个人和家庭的补助',
  'basic.goods': '商品和服务支出',
  'basic.capital': '资本性支出',
  project: '项目支出 小计',
  'project.operating': '其他运转类',
  'project.specific': '特定目标类',
  personnel: '人员经费 (06)',
  public: '公用经费 (06)',

  // Funding sources (02, 04, 07, 10).
  current: '本年收入 合计',
  fiscal: '财政拨款收入 (a template that prints no 一般公共预算 column of its own)',
  general: '一般公共预算 小计',
  'general.fiscal': '一般公共预算 其中：财政拨款',
  govFund: '政府性基金',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  business: '事业收入',
  operating: '事业单位经营收入',
  superior: '上级补助收入',
  affiliated: '附属单位上缴收入',
  other: '其他收入',
  unitFunds: '单位资金',
  carryover: '上年结转结余 合计',
  'carryover.general': '上年结转结余 一般公共预算',
  'carryover.govFund': '上年结转结余 政府性基金',
  'carryover.stateCapital': '上年结转结余 国有资本经营预算',
  'carryover.specialAccount': '上年结转结余 财政专户管理资金',
  'carryover.unitFunds': '上年结转结余 单位资金',

  // 12: project amounts.
  govBudget: '政府预算资金',

  // 08 三公.
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费 小计',
  'vehicle.purchase': '公务用车购置费',
  'vehicle.operation': '公务用车运行费',
  reception: '公务接待费',
} as const;

export type ColumnKey = keyof typeof COLUMN_KEYS;

/** Direct parts of a column key that the table has, e.g. basic → basic.wages … */
export function childKeys(parent: string, keys: readonly string[]): string[] {
  const prefix = parent + '.';
  return keys.filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'));
}
