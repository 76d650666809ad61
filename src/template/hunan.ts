import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SPEND, SUMMARY_LINES, THREE, col } from './parts.js';
import { TemplateProfile, type LineDef } from './schema.js';

/**
 * Hunan 部门预算 (docs/templates/hunan.md, Changsha): 10 tables titled `2026年部门收支总体情况表` …,
 * numbered only in the 目录; `部门名称：… 单位：万元`, a 栏次 row; 万元, two decimals, blank cells for
 * zero; codes in three cells 类 | 款 | 项; 01's expenditure half by nature (基本/项目/…), not by class.
 */

function line(side: LineDef['side'], label: string, scope: LineDef['scope']): LineDef {
  return { side, label, ofWhich: false, scope, opensCarryover: false, closes: false };
}

const LINES: LineDef[] = [
  line('income', '^本级财政拨款', { fund: 'fiscal' }),
  line('income', '^财政专户管理事业收入', { fund: 'specialAccount' }),
  line('income', '^事业单位经营服务收入', { fund: 'operating' }),
  line('income', '^其它收入', { fund: 'other' }),
  line('expenditure', '^基本支出$', { split: 'basic' }),
  line('expenditure', '^项目支出$', { split: 'project' }),
  line('expenditure', '^事业单位经营支出$', { split: 'operatingUnit' }),
  line('expenditure', '^对附属单位补助支出$', { split: 'toAffiliated' }),
  line('expenditure', '^上缴上级支出$', { split: 'toSuperior' }),
  ...SUMMARY_LINES,
];

const FUNCTION_GRID = [col('total', '^总计$', '总计', { split: 'total' }), SPEND.basic, SPEND.project];

const raw = {
  id: 'hunan',
  name: { zh: '湖南省部门预算公开模板', en: 'Hunan department budget template' },
  // the standard text of a 部门预算 says 本单位 throughout its narrative beside 本部门 in its notes
  owner: { kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(部门|单位)\\s*(预算|决算)', self: { 部门: ['部门', '单位'], 单位: ['单位'] } },
  recognition: {
    tableNumber: '^(\\d{1,2})、',
    signals: [
      { kind: 'title', pattern: '^\\d{4}年部门收支总体情况表$', weight: 1 },
      { kind: 'title', pattern: '^\\d{4}年部门整体支出绩效目标表$', weight: 2 },
      { kind: 'title', pattern: '三公经费预（决）算数（财政拨款）', weight: 2 },
      { kind: 'cover', pattern: '(长沙|株洲|湘潭|衡阳|邵阳|岳阳|常德|张家界|益阳|郴州|永州|怀化|娄底|湘西|湖南)', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '整体支出绩效目标', kind: 'performance-overall' },
      { pattern: '项目支出绩效目标', kind: 'performance-projects' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '财政拨款收支总体', kind: 'fiscal-summary' },
      { pattern: '部门收支总体', kind: 'income-expenditure-summary' },
      { pattern: '部门收入总体', kind: 'income' },
      { pattern: '部门支出总体', kind: 'expenditure' },
    ],
  },
  capabilities: ['summary-lines', 'scoped-facts', 'economic-tables', 'three-public-table', 'narrative-sections'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      // the expenditure half lists spending by nature: no line names a class
      classLines: false,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      labelColumns: 4,
      rowLabels: 'coded',
      // income by function class: 类 | 款 | 项 | 功能科目
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { flow: 'total' }),
        col('fiscal', '本级财政拨款', '金额', { fund: 'fiscal' }, '本级财政拨款'),
        col('general.fiscal', '经费拨款', '其中:经费拨款', { fund: 'general.fiscal' }, '本级财政拨款'),
        FUND.specialAccount,
        FUND.operating,
        FUND.superior,
        { ...FUND.other, word: '^其[它他]收入$' },
        FUND.business,
        col('carryover', '上年结转', '上年结转', { flow: 'carryover' }),
      ],
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '万元',
      labelColumns: 4,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: [col('total', '^总计$', '总计', { split: 'total' }), SPEND.basic, SPEND.project, SPEND.operatingUnit, SPEND.toAffiliated, SPEND.toSuperior],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      // the expenditure half: 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算
      columns: [col('total', '^合计$', '合计', {}), FUND.general, FUND.govFund, FUND.stateCapital],
      lines: LINES,
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 4,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      // 人员类 books parts of 302 (工会经费, 其他交通费用 …) beside 301 and 303
      economicSplits: {
        '302': ['basic.personnel', 'basic.public'],
        '30228': ['basic.personnel', 'basic.public'],
        '30239': ['basic.personnel', 'basic.public'],
        '30299': ['basic.personnel', 'basic.public'],
      },
      columns: [
        col('total', '^总计$', '总计', { split: 'basic' }),
        col('personnel', '人员类', '人员类', { split: 'basic.personnel' }),
        col('public', '公用经费', '公用经费', { split: 'basic.public' }),
      ],
    },
    {
      kind: 'three-public',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      unitRows: true,
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' },
      columns: [
        { ...THREE.total, word: '^小计$' },
        THREE.reception,
        THREE.abroad,
        { ...THREE.vehicle, word: '公务用车购置及运行费' },
        { ...THREE.purchase, word: '公务用车购置$' },
        { ...THREE.operation, word: '公务用车运行费$' },
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 4,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'performance-projects',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 2,
      // 单位编码, 单位（项目）名称: the unit's row, then its projects under the unit's code
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [col('total', '资金总额', '资金总额', {})],
    },
    {
      kind: 'performance-overall',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 2,
      budgetGrid: true,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [
        col('total', '资金总额', '资金总额', {}, '年度预算申请'),
        col('general', '^一般公共预算$', '一般公共预算', { fund: 'general' }, '按收入性质分'),
        col('govFund', '政府性基金', '政府性基金拨款', { fund: 'govFund' }, '按收入性质分'),
        col('specialAccount', '财政专户', '财政专户管理资金', { fund: 'specialAccount' }, '按收入性质分'),
        col('unitFunds', '其他资金', '其他资金', { fund: 'unitFunds' }, '按收入性质分'),
        col('basic', '^基本支出$', '基本支出', { split: 'basic' }, '按支出性质分'),
        col('project', '^项目支出$', '项目支出', { split: 'project' }, '按支出性质分'),
      ],
    },
  ],
  narrative: {
    // the narrative is 第一部分 (…部门预算公开说明), the tables 第二部分; 七、名词解释 ends it
    part: '^第一部分.*说明$',
    end: '^第二部分|^七、名词解释',
    // 一、部门基本概况, 二、部门预算单位构成, 四、一般公共预算拨款支出 say neither 说明 nor 情况
    headingWords: '说明|情况|概况|构成|支出$',
    labels: [
      { words: '本单位收入预算', key: 'income.total' },
      { words: '财政专户管理事业收入', key: 'income.specialAccount' },
      { words: '事业单位经营服务收入', key: 'income.operating' },
      { words: '本单位支出预算', key: 'expenditure.total' },
      // `收入较去年增加…`, `支出较去年增加…`: the year's totals
      { words: '^收入', key: 'income.total' },
      { words: '^支出', key: 'expenditure.total' },
    ],
    sections: [
      { ordinal: 1, heading: '部门基本概况', scope: {} },
      { ordinal: 2, heading: '预算单位构成', scope: {} },
      { ordinal: 3, heading: '收支总体', scope: { fund: 'all' } },
      { ordinal: 4, heading: '一般公共预算拨款支出', scope: { side: 'expenditure', fund: 'general' } },
      { ordinal: 5, heading: '政府性基金', scope: { side: 'expenditure', fund: 'govFund' } },
      { ordinal: 6, heading: '其他重要事项', scope: {} },
    ],
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const HUNAN: TemplateProfile = TemplateProfile.parse(raw);
