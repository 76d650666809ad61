import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SPEND, SUMMARY_LINES, col } from './parts.js';
import { TemplateProfile, type LineDef } from './schema.js';

/**
 * Guangzhou 部门预算 (docs/templates/guangdong-guangzhou.md): 12 tables, `表N` alone on the line above
 * each title, `单位名称：… 单位：万元`; 万元, two decimals, explicit 0.00; function and economic codes
 * in brackets (`[2014001]行政运行`); 表8 prints 行政经费 and the 三公 items as rows by fund.
 */

const LINES: LineDef[] = [
  ...SUMMARY_LINES,
  { side: 'expenditure', label: '^结转结余下年$', ofWhich: false, scope: { flow: 'carryforward' }, opensCarryover: false, closes: false },
];

/** 表5, 表9, 表10: 小计, 其中：基本支出, 项目支出 */
const FUND_SPENDING = [col('total', '^小计$', '小计', { split: 'total' }), { ...SPEND.basic, label: '其中：基本支出' }, SPEND.project];

/** 表11, 表12: 总计; 财政拨款 (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算); 财政专户拨款; 其他资金 */
const BY_FUND = [
  col('total', '^总计$', '总计', {}),
  col('fiscal.subtotal', '^合计$', '合计', { fund: 'fiscal' }, '财政拨款'),
  { ...FUND.general, group: '财政拨款' },
  { ...FUND.govFund, group: '财政拨款' },
  { ...FUND.stateCapital, group: '财政拨款' },
  col('specialAccount', '财政专户', '财政专户拨款', { fund: 'specialAccount' }),
  // 其他资金: every source that is neither 财政拨款 nor 财政专户 (单位资金)
  col('unitFunds', '其他资金', '其他资金', { fund: 'unitFunds' }),
];

const raw = {
  id: 'guangdong-guangzhou',
  name: { zh: '广东省广州市部门预算公开模板', en: 'Guangzhou (Guangdong) department budget template' },
  recognition: {
    tableNumber: '表\\s*(\\d{1,2})',
    signals: [
      { kind: 'cover', pattern: '广州市.*部门预算', weight: 3, head: true },
      { kind: 'title', pattern: '财政拨款安排的行政经费及“三公”经费预算表', weight: 3 },
      { kind: 'title', pattern: '^部门预算项目支出及其他支出预算表$', weight: 2 },
      { kind: 'title', pattern: '^单位名称：', weight: 1 },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '一般公共预算项目支出', kind: 'economic-summary' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支总体', kind: 'fiscal-summary' },
      { pattern: '^收支总体情况表', kind: 'income-expenditure-summary' },
      { pattern: '^收入总体情况表', kind: 'income' },
      { pattern: '本年支出总体情况表', kind: 'expenditure' },
      { pattern: '项目支出及其他支出预算表', kind: 'project-expenditure' },
      // 表11 部门预算基本支出预算表: basic spending by economic class × fund, no canonical kind
      { pattern: '部门预算基本支出预算表', kind: 'other' },
    ],
  },
  capabilities: ['table-layout', 'summary-lines', 'scoped-facts', 'project-tables'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { flow: 'total' }),
        { ...FUND.general, group: '财政拨款收入' },
        { ...FUND.govFund, group: '财政拨款收入' },
        { ...FUND.stateCapital, group: '财政拨款收入' },
        // 财政专户拨款收入 prints its two parts and no subtotal: each is special-account money
        col('specialAccount.education', '教育收费', '教育收费', { fund: 'specialAccount' }, '财政专户拨款收入'),
        col('specialAccount.other', '其他专户', '其他专户收入拨款', { fund: 'specialAccount' }, '财政专户拨款收入'),
        { ...FUND.business, group: '其他资金收入' },
        { ...FUND.operating, group: '其他资金收入' },
        { ...FUND.other, group: '其他资金收入' },
        FUND.superior,
        FUND.affiliated,
        col('carryover', '上年结转', '上年结转结余', { flow: 'carryover' }),
      ],
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: [SPEND.total, SPEND.basic, SPEND.project, SPEND.operatingUnit, SPEND.toAffiliated, SPEND.toSuperior],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: [...LINES, { side: 'expenditure', label: '^结转下年$', ofWhich: false, scope: { flow: 'carryforward' }, opensCarryover: false, closes: false }],
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      // one 预算 column: the 人员/公用 split is the class of each line (301 + 303 / 302 + 310)
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic', measure: 'amount' },
      columns: [col('total', '^预算$', '预算', { split: 'basic' })],
    },
    {
      kind: 'economic-summary',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      // 一般公共预算项目支出情况表（按经济分类科目）: the general budget's project spending by economic class
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'project', measure: 'amount' },
      columns: [col('total', '^预算$', '预算', { split: 'project' })],
    },
    {
      kind: 'three-public',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' },
      columns: [col('total', '^合计$', '合计', { fund: 'fiscal' }), FUND.general, FUND.govFund, FUND.stateCapital],
      rowLines: [
        { label: '^行政经费', scope: { measure: 'adminExpenses' }, row: 'total' },
        { label: '因公出国', scope: { measure: 'threePublic.abroad' }, row: 'total' },
        { label: '公务用车购置及运行', scope: { measure: 'threePublic.vehicle' }, row: 'total' },
        { label: '公务用车购置费', scope: { measure: 'threePublic.vehicle.purchase' }, row: 'total' },
        { label: '公务用车运行', scope: { measure: 'threePublic.vehicle.operation' }, row: 'total' },
        { label: '公务接待', scope: { measure: 'threePublic.reception' }, row: 'total' },
        { label: '三公', scope: { measure: 'threePublic' }, row: 'total' },
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'state-capital-expenditure',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'other',
      number: '11',
      defaultUnit: '万元',
      labelColumns: 1,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'basic', measure: 'amount' },
      columns: BY_FUND,
      // rows: 合计, the unit, then the four economic classes by name
      rowLines: [
        { label: '^工资福利支出$', scope: {}, economic: '301' },
        { label: '^商品和服务支出$', scope: {}, economic: '302' },
        { label: '^对个人和家庭的补助$', scope: {}, economic: '303' },
        { label: '^资本性支出$', scope: {}, economic: '310' },
      ],
    },
    {
      kind: 'project-expenditure',
      number: '12',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: BY_FUND,
    },
  ],
  narrative: {
    sections: SECTIONS,
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const GUANGZHOU: TemplateProfile = TemplateProfile.parse(raw);
