import { HENAN } from './henan.js';
import { TemplateProfile, type ColumnDef, type LineDef } from './schema.js';

/**
 * The Shanghai district template (docs/templates/shanghai.md): nine unnumbered tables (the number is
 * the 目录 ordinal), tables 1–8 in 元 as integers, table 9 (三公 and 机关运行经费) in 万元; function
 * codes printed in three columns 类/款/项; narrative in 万元 with its own section set
 * (部门预算编制说明, 其他相关情况说明).
 */

const SPLIT_COLUMNS: ColumnDef[] = [
  { key: 'total', word: '^合计$', label: '合计', scope: { split: 'total' } },
  { key: 'basic', word: '^基本支出$', label: '基本支出', scope: { split: 'basic' } },
  { key: 'project', word: '^项目支出$', label: '项目支出', scope: { split: 'project' } },
];

const LINES: LineDef[] = [
  { side: 'income', label: '^财政拨款(收入)?$', ofWhich: false, scope: { fund: 'fiscal' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^一般公共预算(资金)?$', ofWhich: true, scope: { fund: 'general' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^政府性基金', ofWhich: true, scope: { fund: 'govFund' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^国有资本经营', ofWhich: true, scope: { fund: 'stateCapital' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^事业收入', ofWhich: false, scope: { fund: 'business' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^事业单位经营收入', ofWhich: false, scope: { fund: 'operating' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^其他收入', ofWhich: false, scope: { fund: 'other' }, opensCarryover: false, closes: false },
  { side: 'income', label: '^收入总计$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
  { side: 'expenditure', label: '^支出总计$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
];

const raw = {
  id: 'shanghai',
  name: { zh: '上海市区级部门预算公开模板', en: 'Shanghai district department budget template' },
  // titles print the budget level between the year and the kind: `2025年区级部门预算`
  owner: { kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(?:[区市]级)?\\s*(部门|单位)\\s*(预算|决算)', self: { 部门: ['部门'], 单位: ['单位'] } },
  recognition: {
    // no printed table numbers (the number is the 目录 ordinal): a pattern that never matches
    tableNumber: '(?!x)x(\\d)',
    minScore: 4,
    signals: [
      { kind: 'region', pattern: '^上海市', weight: 3, head: true },
      { kind: 'title', pattern: '部门财务收支预算总表$', weight: 2, head: false },
      { kind: 'title', pattern: '"?三公"?经费和机关运行经费预算表$|“三公”经费和机关运行经费预算表$', weight: 2, head: false },
      { kind: 'cover', pattern: '部门预算编制说明', weight: 1, head: true },
    ],
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '基本支出.*经济分类', kind: 'general-budget-basic' },
      { pattern: '财政拨款收支', kind: 'fiscal-summary' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营', kind: 'state-capital-expenditure' },
      { pattern: '财务收支|收支预算总表', kind: 'income-expenditure-summary' },
      { pattern: '收入预算总表', kind: 'income' },
      { pattern: '支出预算总表', kind: 'expenditure' },
    ],
  },
  // Tables 1–9 are read (codes in three or two columns, 元 normalised exactly to 万元), so the
  // within-table, summary and economic checks run, and table 9's 接待 and 运行费 are 8's lines 30217
  // and 30231 (three-public-basic). Not yet: the narrative (its own section set), a 人员/公用 split
  // in the function tables (it prints none), and the Henan 三公 check, which compares cells in their
  // printed units. Those rules are skipped with the template named (rules/requirements.ts).
  capabilities: ['summary-lines', 'table-layout', 'scoped-facts', 'economic-tables', 'three-public-basic'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '1',
      defaultUnit: '元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '2',
      defaultUnit: '元',
      labelColumns: 4,
      rowLayout: 'function-3',
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        { key: 'total', word: '^合计$', label: '合计', scope: {} },
        { key: 'fiscal', word: '^财政拨款收入$', label: '财政拨款收入', scope: { fund: 'fiscal' } },
        { key: 'business', word: '^事业收入$', label: '事业收入', scope: { fund: 'business' } },
        { key: 'operating', word: '事业单位经营', label: '事业单位经营收入', scope: { fund: 'operating' } },
        { key: 'other', word: '^其他收入$', label: '其他收入', scope: { fund: 'other' } },
      ],
    },
    {
      kind: 'expenditure',
      number: '3',
      defaultUnit: '元',
      labelColumns: 4,
      rowLayout: 'function-3',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: SPLIT_COLUMNS,
    },
    {
      kind: 'fiscal-summary',
      number: '4',
      defaultUnit: '元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        { key: 'total', word: '^合计$', label: '合计', scope: {} },
        { key: 'general', word: '^一般公共预算$', label: '一般公共预算', scope: { fund: 'general' } },
        { key: 'govFund', word: '政府性基金', label: '政府性基金预算', scope: { fund: 'govFund' } },
        { key: 'stateCapital', word: '国有资本', label: '国有资本经营预算', scope: { fund: 'stateCapital' } },
      ],
      lines: LINES.map((l) => (l.side === 'income' && l.label === '^一般公共预算(资金)?$' ? { ...l, ofWhich: false } : l)),
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '5',
      defaultUnit: '元',
      labelColumns: 4,
      rowLayout: 'function-3',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: SPLIT_COLUMNS,
    },
    {
      kind: 'gov-fund-expenditure',
      number: '6',
      defaultUnit: '元',
      labelColumns: 4,
      rowLayout: 'function-3',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: SPLIT_COLUMNS,
    },
    {
      kind: 'state-capital-expenditure',
      number: '7',
      defaultUnit: '元',
      labelColumns: 4,
      rowLayout: 'function-3',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: SPLIT_COLUMNS,
    },
    {
      kind: 'general-budget-basic',
      number: '8',
      defaultUnit: '元',
      labelColumns: 3,
      rowLayout: 'economic-2',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        { key: 'total', word: '^合计$', label: '合计', scope: { split: 'basic' } },
        { key: 'personnel', word: '人员经费', label: '人员经费', scope: { split: 'basic.personnel' } },
        { key: 'public', word: '公用经费', label: '公用经费', scope: { split: 'basic.public' } },
      ],
    },
    {
      kind: 'three-public',
      number: '9',
      defaultUnit: '万元',
      labelColumns: 0,
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' },
      // printed order: 合计, 出国, 接待 (before the vehicle block), 公务用车 小计/购置/运行, then 机关运行经费
      columns: [
        { key: 'total', word: '^合计$', label: '“三公”经费合计', group: '“三公”经费预算数', scope: { measure: 'threePublic' } },
        { key: 'abroad', word: '因公出国', label: '因公出国(境)费', group: '“三公”经费预算数', scope: { measure: 'threePublic.abroad' } },
        { key: 'reception', word: '公务接待', label: '公务接待费', group: '“三公”经费预算数', scope: { measure: 'threePublic.reception' } },
        { key: 'vehicle', word: '^小计$|公务用车购置及运行', label: '小计', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle' } },
        { key: 'vehicle.purchase', word: '^购置费$', label: '购置费', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle.purchase' } },
        { key: 'vehicle.operation', word: '^运行费$', label: '运行费', group: '公务用车购置及运行费', scope: { measure: 'threePublic.vehicle.operation' } },
        { key: 'admin', word: '机关运行经费', label: '机关运行经费预算数', scope: { measure: 'adminExpenses' } },
      ],
    },
  ],
  // the notes' wording (本表反映…情况, 无数据, 尾差) is read with Henan's words until Shanghai's own
  // are read off its releases
  notes: HENAN.notes,
  narrative: {
    // 部门预算编制说明 speaks of all money, 其他相关情况说明 of 三公, 机关运行经费, procurement, assets;
    // their claims are not yet read with this template's wording (capability narrative-sections)
    sections: [],
    quantities: {},
    classScopes: {},
  },
};

export const SHANGHAI: TemplateProfile = TemplateProfile.parse(raw);
