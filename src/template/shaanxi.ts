import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SUMMARY_LINES, THREE, col, unscoped } from './parts.js';
import { TemplateProfile, type ColumnDef, type LineDef } from './schema.js';

/**
 * Shaanxi 部门综合预算 (docs/templates/shaanxi.md, Xi'an): 16 报表 `表N` alone above each title; 表1–表13
 * in 元 with two decimals, 表14–表16 in 万元; 表1/表4 four (项目, 预算数) blocks side by side; spending split
 * 人员经费支出 / 公用经费支出 / 专项业务经费支出 (= 项目支出); 表13 上年 / 当年 / 增减变化情况 blocks.
 */

const LINES: LineDef[] = [
  // 一、部门预算: all of this year's money, on either side
  { side: 'income', label: '^部门预算$', ofWhich: false, scope: { flow: 'current' }, opensCarryover: false, closes: false },
  { side: 'expenditure', label: '^部门预算$', ofWhich: false, scope: { flow: 'current' }, opensCarryover: false, closes: false },
  ...SUMMARY_LINES,
];

const SPLIT: ColumnDef[] = [
  col('total', '^合计$', '合计', { split: 'total' }),
  col('basic.personnel', '人员经费支出', '人员经费支出', { split: 'basic.personnel' }),
  col('basic.public', '公用经费支出', '公用经费支出', { split: 'basic.public' }),
  col('project', '专项业务经费支出', '专项业务经费支出', { split: 'project' }),
];

/** 表2, 表3: the funding columns of 部门预算 (their order differs between the two tables) */
const FUNDING = {
  total: col('total', '^合计$', '合计', {}, '部门预算'),
  general: col('general', '一般公共预算拨款', '小计', { fund: 'general' }, '一般公共预算拨款'),
  special: unscoped('general.special', '专项资金列入部门预算', '其中：专项资金列入部门预算项目', '一般公共预算拨款'),
  govFund: { ...FUND.govFund, label: '政府性基金拨款' },
  superior: FUND.superior,
  business: FUND.business,
  operating: FUND.operating,
  nonFiscal: unscoped('nonFiscalBalance', '使用非财政拨款结余', '使用非财政拨款结余'),
  affiliated: FUND.affiliated,
  carryover: col('carryover', '^上年结转$', '上年结转', { flow: 'carryover' }),
  // 上年实户资金余额: last year's balance in the unit's own accounts, no canonical fund
  account: unscoped('accountBalance', '上年实户资金余额', '上年实户资金余额'),
  other: FUND.other,
};

/** 表13: one block of 合计, 三公 小计, 因公出国, 公务接待, 公务用车 小计 / 购置 / 运行维护, 会议费, 培训费 */
function block(prefix: string, group: string, stage: ColumnDef['scope'] | null): ColumnDef[] {
  const c = (key: string, word: string, label: string, scope: ColumnDef['scope']): ColumnDef =>
    stage ? col(`${prefix}${key}`, word, label, { ...scope, ...stage }, group) : unscoped(`${prefix}${key}`, word, label, group);
  return [
    // 合计 = 三公 + 会议费 + 培训费: no canonical measure of its own
    unscoped(`${prefix}all`, '^合计$', '合计', group),
    c('total', '^小计$', '“三公”经费 小计', THREE.total.scope),
    c('abroad', '因公出国', '因公出国（境）费用', THREE.abroad.scope),
    c('reception', '公务接待', '公务接待费', THREE.reception.scope),
    c('vehicle', '公务用车购置及运行维护费', '公务用车 小计', THREE.vehicle.scope),
    c('vehicle.purchase', '公务用车购置费', '公务用车购置费', THREE.purchase.scope),
    c('vehicle.operation', '公务用车运行维护费$', '公务用车运行维护费', THREE.operation.scope),
    c('meeting', '^会议费$', '会议费', { measure: 'meeting' }),
    c('training', '^培训费$', '培训费', { measure: 'training' }),
  ];
}

const raw = {
  id: 'shaanxi',
  name: { zh: '陕西省部门综合预算公开模板', en: 'Shaanxi comprehensive department budget template' },
  // the kind is 部门综合预算 (`2026年部门综合预算公开报表`)
  owner: { kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(部门|单位)\\s*(?:综合)?\\s*(预算|决算)', self: { 部门: ['部门'], 单位: ['单位'] } },
  recognition: {
    tableNumber: '表\\s*(\\d{1,2})',
    signals: [
      { kind: 'title', pattern: '^部门综合预算收支总表$', weight: 3 },
      { kind: 'title', pattern: '^部门综合预算专项业务经费支出表$', weight: 1 },
      { kind: 'cover', pattern: '(西安|宝鸡|咸阳|铜川|渭南|延安|榆林|汉中|安康|商洛|陕西)', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '专项业务经费绩效目标', kind: 'performance-projects' },
      { pattern: '整体支出绩效目标', kind: 'performance-overall' },
      // 表16 专项资金总体绩效目标表 (printed blank), 表7 basic spending by function class, 表11 上年结转资金支出表,
      // 表12 政府采购 (资产配置、购买服务) 预算表: no canonical kind of their own, reported by title
      { pattern: '政府采购', kind: 'procurement' },
      { pattern: '专项资金总体绩效目标|基本支出明细表[(（]按支出功能|上年结转资金支出', kind: 'other' },
      { pattern: '一般公共预算基本支出明细表[(（]按支出经济', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出明细表[(（]按支出经济', kind: 'economic-summary' },
      { pattern: '一般公共预算支出明细表', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金收支表', kind: 'gov-fund-expenditure' },
      { pattern: '专项业务经费支出表', kind: 'project-expenditure' },
      { pattern: '财政拨款收支总表', kind: 'fiscal-summary' },
      { pattern: '综合预算收支总表', kind: 'income-expenditure-summary' },
      { pattern: '综合预算收入总表', kind: 'income' },
      { pattern: '综合预算支出总表', kind: 'expenditure' },
    ],
  },
  capabilities: ['scoped-facts', 'three-public-table', 'narrative-sections'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      classLines: true,
      summaryBlockCount: 4,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '元',
      labelColumns: 2,
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        FUNDING.total,
        FUNDING.general,
        FUNDING.special,
        FUNDING.govFund,
        FUNDING.superior,
        FUNDING.business,
        FUNDING.operating,
        FUNDING.nonFiscal,
        FUNDING.affiliated,
        FUNDING.carryover,
        FUNDING.account,
        FUNDING.other,
      ],
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '元',
      labelColumns: 2,
      rowLabels: 'coded',
      // 支出总表 by unit and by funding source
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        FUNDING.total,
        FUNDING.general,
        FUNDING.special,
        FUNDING.govFund,
        FUNDING.business,
        FUNDING.operating,
        FUNDING.affiliated,
        FUNDING.account,
        FUNDING.other,
        FUNDING.carryover,
      ],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      classLines: true,
      summaryBlockCount: 4,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: SPLIT,
    },
    {
      kind: 'economic-summary',
      number: '06',
      defaultUnit: '元',
      labelColumns: 4,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: SPLIT,
    },
    {
      kind: 'general-budget-basic',
      number: '08',
      defaultUnit: '元',
      labelColumns: 4,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { split: 'basic' }),
        col('personnel', '人员经费支出', '人员经费支出', { split: 'basic.personnel' }),
        col('public', '公用经费支出', '公用经费支出', { split: 'basic.public' }),
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '09',
      defaultUnit: '元',
      summaryBlockCount: 4,
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: [],
    },
    {
      kind: 'project-expenditure',
      number: '10',
      defaultUnit: '元',
      labelColumns: 2,
      rowLabels: 'coded',
      // the project tree (通用项目 → category → project) is printed by indentation only, which the text
      // layer loses: the item rows cannot be told apart, so only the 合计 and unit rows make facts
      itemRows: false,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [col('total', '项目金额', '项目金额', {})],
    },
    {
      kind: 'three-public',
      number: '13',
      defaultUnit: '元',
      labelColumns: 2,
      // rows 合计, the department (119), its units (119001 …)
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' },
      columns: [...block('prior.', '上年', { stage: 'prior-year' }), ...block('', '当年', {}), ...block('change.', '增减变化情况', null)],
    },
    {
      kind: 'performance-projects',
      number: '14',
      defaultUnit: '万元',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [],
    },
    {
      kind: 'performance-overall',
      number: '15',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      budgetGrid: true,
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^总额$', '总额', {}, '预算金额（万元）'),
        col('fiscal', '^财政拨款$', '财政拨款', { fund: 'fiscal' }, '预算金额（万元）'),
        col('unitFunds', '^其他资金$', '其他资金', { fund: 'unitFunds' }, '预算金额（万元）'),
      ],
      rowLines: [{ label: '金额合计', scope: {}, row: 'total' }],
    },
  ],
  narrative: {
    // 第二部分 部门预算收支情况说明 and 第三部分 其他重要事项说明, numbered on from 第一部分: 五、…十四、
    part: '^第二部分.*收支情况说明$',
    end: '^第四部分',
    sectionForm: 'ordinal-extended',
    labels: [
      { words: '[“"]?三公[”"]?经费预算支出', key: 'threePublic.total' },
      { words: '因公出国\\(境\\)经费', key: 'threePublic.abroad' },
    ],
    sections: [
      { ordinal: 5, heading: '收支预算总体', scope: { fund: 'all' } },
      { ordinal: 6, heading: '财政拨款收支', scope: { fund: 'fiscal' } },
      { ordinal: 7, heading: '一般公共预算拨款支出', scope: { side: 'expenditure', fund: 'general' } },
      { ordinal: 8, heading: '政府性基金', scope: { side: 'expenditure', fund: 'govFund' } },
      { ordinal: 9, heading: '国有资本经营', scope: { side: 'expenditure', fund: 'stateCapital' } },
      { ordinal: 10, heading: '三公', scope: { side: 'expenditure', fund: 'general', measure: 'threePublic' } },
      { ordinal: 11, heading: '国有资产', scope: {} },
      { ordinal: 12, heading: '政府采购', scope: {} },
      { ordinal: 13, heading: '绩效目标', scope: {} },
      { ordinal: 14, heading: '机关运行经费', scope: {} },
    ],
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const SHAANXI: TemplateProfile = TemplateProfile.parse(raw);
