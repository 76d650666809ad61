/**
 * Canonical quantities the narrative speaks of. Claim parsers emit these keys; rules resolve them
 * against the tables (see src/engine/resolve.ts). `general.class.<code>` names a function class of
 * general-budget spending, e.g. `general.class.201` for 一般公共服务（类）支出.
 */
export const QUANTITY_KEYS = {
  'income.total': '收入总计',
  'expenditure.total': '支出总计',
  'income.current': '收入合计 (本年收入合计)',
  'expenditure.current': '支出合计 (本年支出合计)',
  'income.general': '一般公共预算收入',
  'income.govFund': '政府性基金预算收入',
  'income.stateCapital': '国有资本经营预算收入',
  'income.specialAccount': '财政专户管理资金收入',
  'income.business': '事业收入',
  'income.operating': '事业单位经营收入',
  'income.superior': '上级补助收入',
  'income.affiliated': '附属单位上缴收入',
  'income.other': '其他收入',
  'income.carryover': '上年结转结余',
  'expenditure.basic': '基本支出',
  'expenditure.project': '项目支出',
  // all funds' basic spending by use (Zhejiang 三、支出预算: 人员支出 / 日常公用支出)
  'expenditure.basic.personnel': '人员支出',
  'expenditure.basic.public': '日常公用支出',
  'fiscal.total': '财政拨款收支总预算',
  'fiscal.general': '一般公共预算收支预算',
  'fiscal.govFund': '政府性基金收支预算',
  'fiscal.stateCapital': '国有资本经营收支预算',
  'general.expenditure': '一般公共预算支出',
  'general.basic': '一般公共预算基本支出',
  'general.project': '一般公共预算项目支出',
  'general.basic.personnel': '人员经费',
  'general.basic.public': '公用经费',
  'threePublic.total': '"三公"经费',
  'threePublic.abroad': '因公出国（境）费',
  'threePublic.vehicle': '公务用车购置及运行费',
  'threePublic.vehicle.purchase': '公务用车购置费',
  'threePublic.vehicle.operation': '公务用车运行维护费',
  'threePublic.reception': '公务接待费',
  'govFund.expenditure': '政府性基金预算支出',
  'stateCapital.expenditure': '国有资本经营预算支出',
  operatingFunds: '机构运转经费',
  'procurement.total': '政府采购预算',
  'procurement.goods': '政府采购货物预算',
  'procurement.works': '政府采购工程预算',
  'procurement.services': '政府采购服务预算',
  'vehicles.total': '车辆',
  'vehicles.official': '一般公务用车',
  'vehicles.enforcement': '一般执法执勤用车',
  'vehicles.special': '特种专业技术用车',
  'vehicles.other': '其他用车',
  'equipment.general': '单位价值50万元以上通用设备',
  'equipment.special': '单位价值100万元以上专用设备',
  'transfer.total': '专项转移支付',
} as const;

export type QuantityKey = keyof typeof QUANTITY_KEYS;

export function isQuantityKey(key: string): boolean {
  return key in QUANTITY_KEYS || /^(general|govFund|all|fiscal|unscoped)\.class\.\d{3}$/.test(key);
}
