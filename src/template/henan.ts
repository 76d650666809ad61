import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { TemplateProfile, type ColumnDef, type LineDef } from './schema.js';

/**
 * The Henan template of the seeds (预算01表 … 预算12表): the one place that knows its table numbers,
 * title words, column words and order, label columns, summary lines and narrative sections.
 */

const EXPENDITURE_COLUMNS: ColumnDef[] = [
  { key: 'total', word: '^合计$', label: '合计', scope: { split: 'total' } },
  { key: 'basic', word: '基本支出', label: '小计', group: '基本支出', scope: { split: 'basic' } },
  { key: 'basic.wages', word: '工资福利', label: '工资福利支出', group: '基本支出', scope: { split: 'basic.wages' } },
  { key: 'basic.family', word: '对个人和家庭', label: '对个人和家庭的补助', group: '基本支出', scope: { split: 'basic.family' } },
  { key: 'basic.goods', word: '商品和服务', label: '商品和服务支出', group: '基本支出', scope: { split: 'basic.goods' } },
  { key: 'basic.capital', word: '资本性', label: '资本性支出', group: '基本支出', scope: { split: 'basic.capital' } },
  { key: 'project', word: '项目支出', label: '小计', group: '项目支出', scope: { split: 'project' } },
  { key: 'project.operating', word: '其他运转', label: '其他运转类', group: '项目支出', scope: { split: 'project.operating' } },
  { key: 'project.specific', word: '特定目标', label: '特定目标类', group: '项目支出', scope: { split: 'project.specific' } },
];

const F = {
  general: { key: 'general', word: '一般公共预算', label: '小计', group: '一般公共预算', scope: { fund: 'general' } },
  fiscal: { key: 'general.fiscal', word: '财政拨款', label: '其中：财政拨款', group: '一般公共预算', scope: { fund: 'general.fiscal' } },
  govFund: { key: 'govFund', word: '政府性基金', label: '政府性基金', scope: { fund: 'govFund' } },
  stateCapital: { key: 'stateCapital', word: '国有资本', label: '国有资本经营预算', scope: { fund: 'stateCapital' } },
  specialAccount: { key: 'specialAccount', word: '财政专户', label: '财政专户管理资金', scope: { fund: 'specialAccount' } },
  business: { key: 'business', word: '^事业收入$', label: '事业收入', scope: { fund: 'business' } },
  operating: { key: 'operating', word: '事业单位经营', label: '事业单位经营收入', scope: { fund: 'operating' } },
  superior: { key: 'superior', word: '上级补助', label: '上级补助收入', scope: { fund: 'superior' } },
  affiliated: { key: 'affiliated', word: '附属单位', label: '附属单位上缴收入', scope: { fund: 'affiliated' } },
  other: { key: 'other', word: '^其他收入$', label: '其他收入', scope: { fund: 'other' } },
  unitFunds: { key: 'unitFunds', word: '单位资金', label: '单位资金', scope: { fund: 'unitFunds' } },
} satisfies Record<string, ColumnDef>;

/** Lines of the side-by-side summaries (01, 04), by the words of their labels. */
const SUMMARY_LINES: LineDef[] = [
  { side: 'income', label: '^本年收入(合计)?$', ofWhich: false, scope: { flow: 'current' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^上年结转(结余)?$', ofWhich: false, scope: { flow: 'carryover' }, opensCarryover: true, closes: false },
  { side: 'income', label: '^收入(总计|合计)$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
  { side: 'income', label: '^一般公共预算', ofWhich: false, scope: { fund: 'general' }, opensCarryover: false, closes: false },
  { side: 'income', label: '财政拨款', ofWhich: true, scope: { fund: 'general.fiscal' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^政府性基金', ofWhich: false, scope: { fund: 'govFund' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^国有资本经营', ofWhich: false, scope: { fund: 'stateCapital' }, opensCarryover: false, closes: false },
  { side: 'income', label: '财政专户', ofWhich: false, scope: { fund: 'specialAccount' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^事业收入', ofWhich: false, scope: { fund: 'business' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^事业单位经营收入', ofWhich: false, scope: { fund: 'operating' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^上级补助', ofWhich: false, scope: { fund: 'superior' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^附属单位上缴', ofWhich: false, scope: { fund: 'affiliated' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^其他收入', ofWhich: false, scope: { fund: 'other' }, opensCarryover: false, closes: false },
  { side: 'expenditure', label: '^本年支出(合计)?$', ofWhich: false, scope: { flow: 'current' }, opensCarryover: false, closes: false },
  { side: 'expenditure', label: '^年终结转(结余)?$', ofWhich: false, scope: { flow: 'carryforward' }, opensCarryover: false, closes: false },
  { side: 'expenditure', label: '^支出(总计|合计)$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
];

const FISCAL_COLUMNS: ColumnDef[] = [
  { key: 'total', word: '^合计$', label: '合计', scope: {} },
  F.general,
  F.fiscal,
  F.govFund,
  F.stateCapital,
];

/** The province and its cities (a department names its city or county on the cover). */
const HENAN_REGIONS =
  '河南省|郑州市|开封市|洛阳市|平顶山市|安阳市|鹤壁市|新乡市|焦作市|濮阳市|许昌市|漯河市|三门峡市|南阳市|商丘市|信阳市|周口市|驻马店市|济源';

const raw = {
  id: 'henan',
  name: { zh: '河南省部门预算公开模板', en: 'Henan department budget template' },
  recognition: {
    tableNumber: '预算\\s*(\\d{1,2})\\s*表',
    // a Henan region on the cover is required (Beijing prints 预算01表 too): 4 = region + one more
    minScore: 4,
    signals: [
      { kind: 'region', pattern: HENAN_REGIONS, weight: 3, head: true },
      { kind: 'table-number', pattern: '^预算\\d{1,2}表', weight: 2, head: false },
      { kind: 'title', pattern: '部门收支(总体情况|预算)表$', weight: 1, head: false },
      { kind: 'cover', pattern: '收入支出预算总体情况', weight: 1, head: false },
    ],
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '项目.*绩效目标', kind: 'performance-projects' },
      { pattern: '整体绩效目标|单位.*绩效目标表', kind: 'performance-overall' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '经济分类', kind: 'economic-summary' },
      { pattern: '财政拨款收支', kind: 'fiscal-summary' },
      { pattern: '财政拨款支出', kind: 'fiscal-expenditure' },
      { pattern: '一般公共预算(财政拨款)?支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算', kind: 'state-capital-expenditure' },
      { pattern: '项目支出', kind: 'project-expenditure' },
      { pattern: '收支(总体|预算|总表)', kind: 'income-expenditure-summary' },
      { pattern: '收入(总体|预算|总表)', kind: 'income' },
      { pattern: '支出(总体|预算|总表)', kind: 'expenditure' },
      { pattern: '决算', kind: 'final-accounts' },
    ],
  },
  capabilities: ['table-layout', 'summary-lines', 'scoped-facts', 'economic-tables', 'basic-parts', 'project-tables', 'three-public-table', 'narrative-sections', 'toc-tables', 'parts', 'wording'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      // each half prints one 金额 column, whose scope is the table's and the line's; a wider
      // expenditure half is read with 04's columns
      columns: [],
      widerColumnsOf: 'fiscal-summary',
      lines: SUMMARY_LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      labelColumns: 2,
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        { key: 'total', word: '^总计$', label: '总计', scope: { flow: 'total' } },
        { key: 'current', word: '本年收入', label: '合计', group: '本年收入', scope: {} },
        { ...F.general, group: '本年收入' },
        F.fiscal,
        F.govFund,
        F.stateCapital,
        F.specialAccount,
        F.business,
        F.operating,
        F.superior,
        F.affiliated,
        F.other,
        { key: 'carryover', word: '上年结转', label: '合计', group: '上年结转结余', scope: { flow: 'carryover' } },
        { key: 'carryover.general', word: '一般公共预算', label: '一般公共预算', group: '上年结转结余', scope: { flow: 'carryover', fund: 'general' } },
        { key: 'carryover.govFund', word: '政府性基金', label: '政府性基金', group: '上年结转结余', scope: { flow: 'carryover', fund: 'govFund' } },
        { key: 'carryover.stateCapital', word: '国有资本', label: '国有资本经营预算', group: '上年结转结余', scope: { flow: 'carryover', fund: 'stateCapital' } },
        { key: 'carryover.specialAccount', word: '财政专户', label: '财政专户管理资金', group: '上年结转结余', scope: { flow: 'carryover', fund: 'specialAccount' } },
        { key: 'carryover.unitFunds', word: '单位资金', label: '单位资金', group: '上年结转结余', scope: { flow: 'carryover', fund: 'unitFunds' } },
      ],
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '万元',
      labelColumns: 5,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: EXPENDITURE_COLUMNS,
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: FISCAL_COLUMNS,
      lines: SUMMARY_LINES,
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 5,
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: EXPENDITURE_COLUMNS,
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 4,
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        { key: 'total', word: '^合计$', label: '合计', scope: { split: 'basic' } },
        { key: 'personnel', word: '人员经费', label: '人员经费', scope: { split: 'basic.personnel' } },
        { key: 'public', word: '公用经费', label: '公用经费', scope: { split: 'basic.public' } },
      ],
    },
    {
      kind: 'economic-summary',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 6,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        { key: 'total', word: '^总计$', label: '总计', scope: {} },
        F.general,
        F.fiscal,
        F.govFund,
        F.stateCapital,
        { key: 'carryover', word: '上年结转', label: '上年结转结余', scope: { flow: 'carryover' } },
        F.specialAccount,
        F.business,
        F.superior,
        F.affiliated,
        F.operating,
        F.other,
      ],
    },
    {
      kind: 'three-public',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 0,
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' },
      columns: [
        { key: 'total', word: '三公.*合计|^合计$', label: '“三公”经费合计', scope: { measure: 'threePublic' } },
        { key: 'abroad', word: '因公出国', label: '因公出国（境）费', scope: { measure: 'threePublic.abroad' } },
        { key: 'vehicle', word: '公务用车购置及运行', label: '小计', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle' } },
        { key: 'vehicle.purchase', word: '公务用车购置费|^购置费$', label: '公务用车购置费', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle.purchase' } },
        { key: 'vehicle.operation', word: '公务用车运行|^运行(维护)?费$', label: '公务用车运行费', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle.operation' } },
        { key: 'reception', word: '公务接待', label: '公务接待费', scope: { measure: 'threePublic.reception' } },
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 5,
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: EXPENDITURE_COLUMNS,
    },
    {
      kind: 'project-expenditure',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 3,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [
        { key: 'total', word: '^合计$', label: '合计', scope: {} },
        { ...F.general, label: '一般公共预算', group: '本年拨款' },
        { ...F.govFund, group: '本年拨款' },
        { ...F.stateCapital, group: '本年拨款' },
        { key: 'carryover.general', word: '一般公共预算', label: '一般公共预算', group: '财政拨款结转结余', scope: { flow: 'carryover', fund: 'general' } },
        { key: 'carryover.govFund', word: '政府性基金', label: '政府性基金', group: '财政拨款结转结余', scope: { flow: 'carryover', fund: 'govFund' } },
        { key: 'carryover.stateCapital', word: '国有资本', label: '国有资本经营预算', group: '财政拨款结转结余', scope: { flow: 'carryover', fund: 'stateCapital' } },
        F.specialAccount,
        F.unitFunds,
      ],
    },
    {
      kind: 'performance-overall',
      number: '11',
      defaultUnit: '万元',
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [],
    },
    {
      kind: 'performance-projects',
      number: '12',
      defaultUnit: '万元',
      labelColumns: 2,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [
        { key: 'total', word: '资金总额', label: '资金总额', group: '项目金额', scope: {} },
        { key: 'govBudget', word: '政府预算资金', label: '政府预算资金', group: '项目金额', scope: { fund: 'govBudget' } },
        { key: 'specialAccount', word: '财政专户', label: '财政专户管理资金', group: '项目金额', scope: { fund: 'specialAccount' } },
        { key: 'unitFunds', word: '单位资金', label: '单位资金', group: '项目金额', scope: { fund: 'unitFunds' } },
      ],
    },
  ],
  narrative: {
    sections: [
      { ordinal: 1, heading: '收入支出预算总体情况', scope: { fund: 'all' } },
      { ordinal: 2, heading: '收入预算', scope: { side: 'income', fund: 'all' } },
      { ordinal: 3, heading: '支出预算', scope: { side: 'expenditure', fund: 'all' } },
      { ordinal: 4, heading: '财政拨款', scope: { fund: 'fiscal' } },
      { ordinal: 5, heading: '一般公共预算支出', scope: { side: 'expenditure', fund: 'general' } },
      { ordinal: 6, heading: '一般公共预算基本支出', scope: { side: 'expenditure', fund: 'general', split: 'basic' } },
      { ordinal: 7, heading: '三公', scope: { side: 'expenditure', fund: 'general', measure: 'threePublic' } },
      { ordinal: 8, heading: '政府性基金', scope: { side: 'expenditure', fund: 'govFund' } },
      { ordinal: 9, heading: '其他重要事项', scope: {} },
    ],
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const HENAN: TemplateProfile = TemplateProfile.parse(raw);
