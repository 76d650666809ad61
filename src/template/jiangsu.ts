import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { CARRY, FUND, SECTIONS, SPEND, SUMMARY_LINES, THREE, col } from './parts.js';
import { TemplateProfile, type ColumnDef } from './schema.js';

/**
 * Jiangsu 部门预算 (docs/templates/jiangsu.md, Suzhou): 13 公开表, `公开NN表` alone above each title,
 * `部门：… 单位：万元`; 万元, two decimals, blank cells for zero; codes in one column beside the name;
 * 09 adds 会议费 and 培训费 to the 三公, 12 is the 机关运行经费 table, 13 the 政府采购 table.
 */

/** 05, 07: 合计; 基本支出 (小计, 人员经费, 公用经费); 项目支出 */
const BY_SPLIT: ColumnDef[] = [
  SPEND.total,
  { ...SPEND.basic, word: '^小计$', label: '小计', group: '基本支出' },
  SPEND.personnel,
  SPEND.public,
  SPEND.project,
];

/** 06, 08: 合计, 人员经费, 公用经费 of the basic spending */
const BASIC: ColumnDef[] = [
  col('total', '^合计$', '合计', { split: 'basic' }),
  col('personnel', '人员经费', '人员经费', { split: 'basic.personnel' }),
  col('public', '公用经费', '公用经费', { split: 'basic.public' }),
];

const FUNCTION_GRID = [col('total', '^合计$|本年支出合计', '合计', { split: 'total' }), SPEND.basic, SPEND.project];

const raw = {
  id: 'jiangsu',
  name: { zh: '江苏省部门预算公开模板', en: 'Jiangsu department budget template' },
  recognition: {
    tableNumber: '公开\\s*(\\d{2})\\s*表',
    signals: [
      { kind: 'table-number', pattern: '^公开\\d{2}表$', weight: 2 },
      { kind: 'title', pattern: '“三公”经费、会议费、培训费支出表', weight: 2 },
      { kind: 'title', pattern: '^一般公共预算机关运行经费支出预算表$', weight: 1 },
      { kind: 'cover', pattern: '(苏州|南京|无锡|常州|南通|扬州|镇江|泰州|徐州|淮安|盐城|连云港|宿迁|江苏)', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '财政拨款基本支出', kind: 'fiscal-basic' },
      { pattern: '财政拨款支出表', kind: 'fiscal-expenditure' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '机关运行经费', kind: 'admin-expenses' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支总表', kind: 'fiscal-summary' },
      { pattern: '^收支总表', kind: 'income-expenditure-summary' },
      { pattern: '^收入总表', kind: 'income' },
      { pattern: '^支出总表', kind: 'expenditure' },
      { pattern: '政府采购支出表', kind: 'procurement' },
    ],
  },
  capabilities: ['table-layout', 'summary-lines', 'scoped-facts', 'economic-tables', 'three-public-table'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: SUMMARY_LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      // 部门代码, 部门名称 (合计, 024 the department, 024001 its unit)
      labelColumns: 2,
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { flow: 'total' }),
        col('current', '本年收入', '小计', {}, '本年收入'),
        { ...FUND.general, group: '本年收入' },
        { ...FUND.govFund, group: '本年收入' },
        { ...FUND.stateCapital, group: '本年收入' },
        { ...FUND.specialAccount, group: '本年收入' },
        { ...FUND.business, group: '本年收入' },
        { ...FUND.operating, group: '本年收入' },
        { ...FUND.superior, group: '本年收入' },
        { ...FUND.affiliated, group: '本年收入' },
        { ...FUND.other, group: '本年收入' },
        CARRY.total,
        CARRY.general,
        CARRY.govFund,
        CARRY.stateCapital,
        CARRY.specialAccount,
        CARRY.unitFunds,
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
      lines: SUMMARY_LINES,
      classLines: true,
    },
    {
      kind: 'fiscal-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', measure: 'amount' },
      columns: BY_SPLIT,
    },
    {
      kind: 'fiscal-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', measure: 'amount' },
      columns: BASIC,
    },
    {
      kind: 'general-budget-expenditure',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: BY_SPLIT,
    },
    {
      kind: 'general-budget-basic',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: BASIC,
    },
    {
      kind: 'three-public',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 0,
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'total' },
      columns: [
        THREE.total,
        THREE.abroad,
        THREE.vehicle,
        THREE.purchase,
        THREE.operation,
        THREE.reception,
        col('meeting', '^会议费$', '会议费', { measure: 'meeting' }),
        col('training', '^培训费$', '培训费', { measure: 'training' }),
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '10',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'state-capital-expenditure',
      number: '11',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'admin-expenses',
      number: '12',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      // 一般公共预算机关运行经费支出预算表: 302 and its items, one column
      scope: { side: 'expenditure', fund: 'general', flow: 'current', split: 'basic', measure: 'adminExpenses' },
      columns: [col('total', '机关运行经费', '机关运行经费支出', {})],
    },
    {
      kind: 'procurement',
      number: '13',
      defaultUnit: '万元',
      // 采购品目大类, 专项名称, 经济科目, 采购品目名称, 采购组织形式 before the amounts
      labelColumns: 5,
      // 合计, then each category (货物/工程/服务) with the unit under it and the unit's items under that:
      // the category sums its items; the unit's row restates its category's amount (one unit). Only
      // 合计 makes facts: no other table prints a category or an item to compare them with
      rowLayout: 'category-tree',
      categoryRows: '^(?:货物|工程|服务)$',
      itemRows: false,
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'procurement', measure: 'amount' },
      columns: [
        col('general', '一般公共预算', '一般公共预算资金', { fund: 'general' }, '资金来源'),
        col('govFund', '^政府性基金$', '政府性基金', { fund: 'govFund' }, '资金来源'),
        col('other', '^其他资金$', '其他资金', { fund: 'other' }, '资金来源'),
        col('carryover', '上年结转和结余', '上年结转和结余资金', { flow: 'carryover' }, '资金来源'),
        col('total', '^总计$', '总计', {}),
      ],
      rowLines: [{ label: '^合计$', row: 'total', scope: {} }],
    },
  ],
  narrative: {
    sections: SECTIONS,
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const JIANGSU: TemplateProfile = TemplateProfile.parse(raw);
