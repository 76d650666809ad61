import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SPEND, SUMMARY_LINES, col, unscoped } from './parts.js';
import { TemplateProfile, type ColumnDef } from './schema.js';

/**
 * Shenzhen 部门预算 (docs/templates/guangdong-shenzhen.md): 11 tables, `表N` alone above each title,
 * `部门名称：… 单位：万元`; 万元, two decimals, 0.00 in every cell; the unit's name on its first row;
 * 表1/表6 function lines by name only; 表9 three rows (2025年, 2026年, 增减变化金额) × measures × funds.
 */

/** 表2, 表4, 表5: the funding columns (财政拨款 …, 财政专户管理资金, 单位资金 …, 上年结余、结转). */
function fundingColumns(withFiscalSubtotal: boolean): ColumnDef[] {
  return [
    col('total', '^总计$|^收入总计$', '总计', withFiscalSubtotal ? {} : { flow: 'total' }),
    ...(withFiscalSubtotal ? [col('fiscal.subtotal', '^小计$', '小计', { fund: 'fiscal' }, '财政拨款')] : []),
    { ...FUND.general, word: '一般公共预算拨款', label: '一般公共预算拨款', group: '财政拨款' },
    { ...FUND.govFund, label: '政府性基金预算拨款', group: '财政拨款' },
    { ...FUND.stateCapital, label: '国有资本经营预算拨款', group: '财政拨款' },
    FUND.specialAccount,
    { ...FUND.business, group: '单位资金' },
    { ...FUND.operating, group: '单位资金' },
    { ...FUND.superior, group: '单位资金' },
    { ...FUND.affiliated, group: '单位资金' },
    { ...FUND.other, group: '单位资金' },
    col('carryover', '上年结余', '上年结余、结转', { flow: 'carryover' }),
  ];
}

const MEASURES = [
  ['total', '^总计$', '总计', 'threePublic'],
  ['abroad', '因公出国', '因公出国(境)费', 'threePublic.abroad'],
  ['reception', '公务接待', '公务接待费', 'threePublic.reception'],
  ['vehicle', '^小计$', '公务用车购置及运行维护费 小计', 'threePublic.vehicle'],
  ['vehicle.purchase', '公务用车购置费', '公务用车购置费', 'threePublic.vehicle.purchase'],
  ['vehicle.operation', '公务用车运行维护费', '公务用车运行维护费', 'threePublic.vehicle.operation'],
] as const;
const FUNDS = [
  ['general', '一般公共预算', '一般公共预算'],
  ['govFund', '政府性基金', '政府性基金预算'],
  ['stateCapital', '国有资本', '国有资本经营预算'],
] as const;

/** 表9: each 三公 measure split by fund, in printed order. */
const THREE_PUBLIC_BY_FUND: ColumnDef[] = MEASURES.flatMap(([key, , label, measure]) =>
  FUNDS.map(([fund, word, fundLabel]) => col(`${key}.${fund}`, word, fundLabel, { measure, fund }, label)),
);

const FUNCTION_GRID = [col('total', '支出总计', '支出总计', { split: 'total' }), SPEND.basic, SPEND.project];

const raw = {
  id: 'guangdong-shenzhen',
  name: { zh: '广东省深圳市部门预算公开模板', en: 'Shenzhen (Guangdong) department budget template' },
  // the standard text of a 部门预算 says 本单位 (机关运行经费, 重点项目) beside 本部门 (概况)
  owner: { kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(部门|单位)\\s*(预算|决算)', self: { 部门: ['部门', '单位'], 单位: ['单位'] } },
  recognition: {
    tableNumber: '表\\s*(\\d{1,2})',
    signals: [
      { kind: 'cover', pattern: '深圳市.*部门预算', weight: 3, head: true },
      { kind: 'title', pattern: '^基本支出总表$', weight: 2 },
      { kind: 'title', pattern: '^项目支出总表$', weight: 1 },
      { kind: 'title', pattern: '2026年政府采购项目|政府采购项目中预留给中小企业', weight: 1 },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '一般公共预算支出表[(（]按经济分类', kind: 'economic-summary' },
      { pattern: '一般公共预算支出表', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支总表', kind: 'fiscal-summary' },
      { pattern: '^基本支出总表', kind: 'general-budget-basic' },
      { pattern: '^项目支出总表', kind: 'project-expenditure' },
      { pattern: '^收支总表', kind: 'income-expenditure-summary' },
      { pattern: '^收入总表', kind: 'income' },
      { pattern: '^支出总表', kind: 'expenditure' },
    ],
  },
  capabilities: ['table-layout', 'scoped-facts', 'economic-tables', 'project-tables'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      // expenditure lines by name down to 项: the class lines carry their class, the 款/项 names none
      columns: [],
      lines: SUMMARY_LINES,
      classLines: true,
      subClassLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: fundingColumns(false),
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '支出总计', '支出总计', { split: 'total' }),
        SPEND.basic,
        SPEND.project,
        SPEND.operatingUnit,
        SPEND.toAffiliated,
        SPEND.toSuperior,
        col('procurement', '政府采购项目$', '小计', { split: 'procurement' }, '2026年政府采购项目'),
        // the shares reserved for small firms are parts of the procurement amount, no scope of their own
        unscoped('procurement.sme', '中小企业', '其中：预留给中小企业', '2026年政府采购项目'),
        unscoped('procurement.micro', '小型、微型', '其中：预留给小型、微型企业', '2026年政府采购项目'),
      ],
    },
    {
      kind: 'general-budget-basic',
      number: '04',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      // 基本支出总表: basic spending of every fund by economic class (names only, no codes)
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'basic', measure: 'amount' },
      columns: fundingColumns(true),
    },
    {
      kind: 'project-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: fundingColumns(false).map((c) => (c.key === 'total' ? { ...c, scope: {} } : c)),
    },
    {
      kind: 'fiscal-summary',
      number: '06',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: SUMMARY_LINES,
      classLines: true,
      subClassLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'economic-summary',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'three-public',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' },
      columns: THREE_PUBLIC_BY_FUND,
      rowLines: [
        { label: '^增减变化', scope: {}, fact: false },
        { label: '^(\\d{4})年$', scope: {}, row: 'total', yearStage: true },
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'state-capital-expenditure',
      number: '11',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
  ],
  narrative: {
    sections: SECTIONS,
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const SHENZHEN: TemplateProfile = TemplateProfile.parse(raw);
