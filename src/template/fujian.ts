import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SPEND, SUMMARY_LINES, col } from './parts.js';
import { TemplateProfile, type LineDef } from './schema.js';

/**
 * Fujian 单位预算 (docs/templates/fujian.md, Fuzhou Cangshan): 10 tables, each under an ordinal
 * heading `一、收支预算总表` and titled `2026 年度收支预算总表`, `单位：万元` alone; 万元, two decimals,
 * no separators; code and name in two cells; 十 the 三公 items as rows.
 */

const LINES: LineDef[] = [
  ...SUMMARY_LINES,
  { side: 'expenditure', label: '^结转下年(支出)?$', ofWhich: false, scope: { flow: 'carryforward' }, opensCarryover: false, closes: false },
];

const FUND_SPENDING = [col('total', '^小计$', '小计', { split: 'total' }), SPEND.basic, SPEND.project];

const raw = {
  id: 'fujian',
  name: { zh: '福建省单位预算公开模板', en: 'Fujian unit budget template' },
  recognition: {
    tableNumber: '([一二三四五六七八九十]+)、',
    signals: [
      { kind: 'title', pattern: '^\\d{4}年度一般公共预算支出经济分类情况表$', weight: 2 },
      { kind: 'title', pattern: '^\\d{4}年度一般公共预算拨款支出预算表$', weight: 1 },
      { kind: 'cover', pattern: '(福州|厦门|泉州|漳州|莆田|三明|南平|龙岩|宁德|福建)', weight: 1, head: true },
      { kind: 'cover', pattern: '单位预算', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '一般公共预算基本支出经济分类', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出经济分类', kind: 'economic-summary' },
      { pattern: '一般公共预算拨款支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算拨款支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算拨款支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支预算总表', kind: 'fiscal-summary' },
      { pattern: '^收支预算总表', kind: 'income-expenditure-summary' },
      { pattern: '^收入预算总表', kind: 'income' },
      { pattern: '^支出预算总表', kind: 'expenditure' },
    ],
  },
  capabilities: ['table-layout', 'summary-lines', 'scoped-facts', 'economic-tables', 'three-public-table', 'narrative-sections'],
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
      unitRows: true,
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { flow: 'total' }),
        FUND.general,
        FUND.govFund,
        FUND.stateCapital,
        FUND.specialAccount,
        FUND.business,
        FUND.operating,
        FUND.superior,
        FUND.affiliated,
        FUND.other,
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
      columns: [SPEND.total, SPEND.basic, SPEND.project, SPEND.operatingUnit, SPEND.toSuperior, SPEND.toAffiliated],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'gov-fund-expenditure',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'state-capital-expenditure',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: FUND_SPENDING,
    },
    {
      kind: 'economic-summary',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      // the general budget's spending (basic and project) by economic class, classes only
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total', measure: 'amount' },
      columns: [col('total', '^预算数$', '预算数', {})],
    },
    {
      kind: 'general-budget-basic',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      // one column: 人员 (301 + 303) and 公用 (302 + 310) are the classes of the lines
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic', measure: 'amount' },
      columns: [col('total', '^预算数$', '预算数', { split: 'basic' })],
    },
    {
      kind: 'three-public',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      // vertical: 合计, then each item as a row
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total', measure: 'threePublic' },
      columns: [col('total', '^预算数$', '预算数', {})],
      rowLines: [
        { label: '因公出国', scope: { measure: 'threePublic.abroad' }, row: 'total' },
        { label: '公务接待', scope: { measure: 'threePublic.reception' }, row: 'total' },
        { label: '公务用车购置及运行', scope: { measure: 'threePublic.vehicle' }, row: 'total' },
        { label: '公务用车购置费', scope: { measure: 'threePublic.vehicle.purchase' }, row: 'total' },
        { label: '公务用车运行', scope: { measure: 'threePublic.vehicle.operation' }, row: 'total' },
      ],
    },
  ],
  // 备注：本单位2026年没有使用政府性基金预算拨款安排的支出。 under an empty table says why it is empty
  notes: {
    empty: '没有.*(收入|支出|预算|经费)|无.*(收入|支出|预算|经费)',
    roundingTail: '尾差',
    topics: {
      'three-public': '三公|因公出国|公务用车|公务接待',
      'gov-fund-expenditure': '政府性基金',
      'state-capital-expenditure': '国有资本',
    },
    // the tables print no `本表反映…情况` note
    reports: '(?!)',
    reportTopics: {},
  },
  narrative: {
    // 第三部分 …单位预算情况说明 (its title on the next line), 第四部分 名词解释 after it
    part: '^第三部分',
    end: '^第四部分',
    labels: [
      { words: '收入预算', key: 'income.total' },
      { words: '支出预算', key: 'expenditure.total' },
    ],
    sections: [
      { ordinal: 1, heading: '预算收支总体', scope: { fund: 'all' } },
      { ordinal: 2, heading: '一般公共预算拨款支出', scope: { side: 'expenditure', fund: 'general' } },
      { ordinal: 3, heading: '政府性基金', scope: { side: 'expenditure', fund: 'govFund' } },
      { ordinal: 4, heading: '国有资本经营', scope: { side: 'expenditure', fund: 'stateCapital' } },
      { ordinal: 5, heading: '一般公共预算拨款基本支出', scope: { side: 'expenditure', fund: 'general', split: 'basic' } },
      { ordinal: 6, heading: '三公', scope: { side: 'expenditure', fund: 'general', measure: 'threePublic' } },
      { ordinal: 7, heading: '绩效', scope: {} },
      { ordinal: 8, heading: '其他重要事项', scope: {} },
    ],
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const FUJIAN: TemplateProfile = TemplateProfile.parse(raw);
