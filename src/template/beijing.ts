import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { CARRY, FUND, SECTIONS, SPEND, SUMMARY_LINES, THREE, col, unscoped } from './parts.js';
import { TemplateProfile } from './schema.js';

/**
 * Beijing 部门预算 (docs/templates/beijing.md): 13 报表 `预算01表 收支总表` … `预算表12`, in a file of
 * their own beside the narrative's; 万元 with six decimals, blank cells for zero; codes printed as
 * `2010801-行政运行`, 03 rows function × government economic × department economic.
 */

const FUNCTION_GRID = [SPEND.total, SPEND.basic, SPEND.project];

const THREE_FISCAL = (measure: string) => ({ scope: { side: 'expenditure' as const, fund: 'fiscal' as const, measure: measure as never }, tables: ['three-public' as const] });

/**
 * The narrative's quantities where Beijing prints them otherwise than Henan: 四、财政拨款“三公”经费 is
 * 09's fiscal money; 二's 政府性基金/国有资本经营预算拨款收入 are the only money the fund tables 07/08
 * would spend, so stating them 0 says why those tables are empty (the release prints no note there).
 */
const QUANTITIES = {
  ...HENAN_QUANTITIES,
  'income.govFund': { ...HENAN_QUANTITIES['income.govFund']!, tables: ['income-expenditure-summary' as const, 'income' as const, 'gov-fund-expenditure' as const] },
  'income.stateCapital': { ...HENAN_QUANTITIES['income.stateCapital']!, tables: ['income-expenditure-summary' as const, 'income' as const, 'state-capital-expenditure' as const] },
  'threePublic.total': THREE_FISCAL('threePublic'),
  'threePublic.abroad': THREE_FISCAL('threePublic.abroad'),
  'threePublic.vehicle': THREE_FISCAL('threePublic.vehicle'),
  'threePublic.vehicle.purchase': THREE_FISCAL('threePublic.vehicle.purchase'),
  'threePublic.vehicle.operation': THREE_FISCAL('threePublic.vehicle.operation'),
  'threePublic.reception': THREE_FISCAL('threePublic.reception'),
};

const raw = {
  id: 'beijing',
  name: { zh: '北京市部门预算公开模板', en: 'Beijing department budget template' },
  recognition: {
    tableNumber: '预算\\s*表?\\s*(\\d{2})\\s*表?',
    // part 1 (narrative) and part 2 (报表) are each recognised on their own
    signals: [
      { kind: 'cover', pattern: '^北京市.*部门预算信息公开$', weight: 3, head: true },
      { kind: 'region', pattern: '^北京', weight: 1, head: true },
      { kind: 'table-number', pattern: '^预算表\\d{2}', weight: 2 },
      { kind: 'title', pattern: '^预算\\d{2}表收支总表$', weight: 1 },
      { kind: 'title', pattern: '财政拨款政府购买服务明细表$', weight: 1 },
      { kind: 'title', pattern: '^金额单位：万元$', weight: 1 },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '项目支出绩效目标', kind: 'performance-projects' },
      { pattern: '整体支出绩效目标', kind: 'performance-overall' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支总表', kind: 'fiscal-summary' },
      { pattern: '收支总表', kind: 'income-expenditure-summary' },
      { pattern: '收入总表', kind: 'income' },
      { pattern: '支出总表', kind: 'expenditure' },
      // 10 政府采购预算明细表, 11 财政拨款政府购买服务明细表: no canonical kind, reported by title
      { pattern: '政府采购预算明细', kind: 'procurement' },
      { pattern: '政府购买服务明细', kind: 'other' },
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
      lines: SUMMARY_LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      // one row, no label
      labelColumns: 1,
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
      labelColumns: 4,
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
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        SPEND.total,
        { ...SPEND.basic, label: '小计', group: '基本支出' },
        SPEND.personnel,
        SPEND.public,
        { ...SPEND.project, word: '项目支出总数', label: '项目支出总数', group: '项目支出' },
        unscoped('project.excludingConstruction', '扣除基建', '扣除基建项目后预算数', '项目支出'),
      ],
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { split: 'basic' }),
        col('personnel', '人员经费', '人员经费', { split: 'basic.personnel' }),
        col('public', '公用经费', '公用经费', { split: 'basic.public' }),
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'state-capital-expenditure',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 3,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'three-public',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 1,
      // 财政拨款“三公”经费: all fiscal money, not the general budget only
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' },
      columns: [THREE.total, THREE.abroad, THREE.reception, { ...THREE.vehicle, word: '公务用车购置及运行维护费$' }, THREE.purchase, THREE.operation],
    },
    {
      kind: 'performance-projects',
      number: '12',
      defaultUnit: '万元',
      labelColumns: 2,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [
        col('total', '项目总额', '项目总额', {}),
        col('fiscal', '财政资金', '财政资金', { fund: 'fiscal' }, '其中'),
        // 其他资金: the money that is not 财政拨款 (单位资金 here; 13 = 02's 其他收入 + 单位资金 carryover)
        col('unitFunds', '其他资金', '其他资金', { fund: 'unitFunds' }, '其中'),
      ],
    },
    {
      kind: 'performance-overall',
      number: '13',
      defaultUnit: '万元',
      labelColumns: 2,
      // 总体资金情况（万元）: one row under 预算支出总额 | 财政拨款 合计/基本/项目 | 其他资金 合计/基本/项目
      budgetGrid: true,
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [
        col('total', '预算支出总额', '预算支出总额', {}),
        col('fiscal', '^合计$', '合计', { fund: 'fiscal' }, '财政拨款'),
        col('fiscal.basic', '^基本支出$', '基本支出', { fund: 'fiscal', split: 'basic' }, '财政拨款'),
        col('fiscal.project', '^项目支出$', '项目支出', { fund: 'fiscal', split: 'project' }, '财政拨款'),
        col('unitFunds', '^合计$', '合计', { fund: 'unitFunds' }, '其他资金'),
        col('unitFunds.basic', '^基本支出$', '基本支出', { fund: 'unitFunds', split: 'basic' }, '其他资金'),
        col('unitFunds.project', '^项目支出$', '项目支出', { fund: 'unitFunds', split: 'project' }, '其他资金'),
      ],
      // the budget row prints no label (总体资金情况 heads the header lines above it)
      rowLines: [{ label: '^$', scope: {}, row: 'total' }],
    },
  ],
  narrative: {
    // the narrative is 第一部分 (…情况说明), the tables 第二部分 (…报表): both in the file of part 1's
    part: '^第一部分.*情况说明$',
    end: '^第二部分.*报表$',
    sections: [
      { ordinal: 1, heading: '部门情况', scope: {} },
      { ordinal: 2, heading: '收入预算', scope: { side: 'income', fund: 'all' } },
      { ordinal: 3, heading: '支出预算', scope: { side: 'expenditure', fund: 'all' } },
      // 财政拨款“三公”经费: the fiscal money of 09, not the general budget only
      { ordinal: 4, heading: '三公', scope: { side: 'expenditure', fund: 'fiscal', measure: 'threePublic' } },
      { ordinal: 5, heading: '其他情况', scope: {} },
    ],
    quantities: QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const BEIJING: TemplateProfile = TemplateProfile.parse(raw);
