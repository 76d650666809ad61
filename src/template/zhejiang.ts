import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { CARRY, FUND, SECTIONS, SPEND, SUMMARY_LINES, THREE, col } from './parts.js';
import { TemplateProfile, type ColumnDef } from './schema.js';

/**
 * Zhejiang 部门预算 (docs/templates/zhejiang.md, Hangzhou): 11 tables titled `表1：2026年市级部门…表`,
 * `部门名称：… 单位：万元`, a 栏次 row `** 1 2 3 …`; 万元, two decimals, blank cells for zero; function
 * and economic lines by name only (no codes), units by name only.
 */

const FUNCTION_GRID: ColumnDef[] = [col('total', '^合计$', '合计', { split: 'total' }), SPEND.basic, SPEND.project];

const raw = {
  id: 'zhejiang',
  name: { zh: '浙江省部门预算公开模板', en: 'Zhejiang department budget template' },
  recognition: {
    tableNumber: '表\\s*(\\d{1,2})',
    // the list of tables in 四、预算公开表 prints `表1.…`; the tables themselves `表1：…`
    titleForm: '^表\\d{1,2}[：:]',
    signals: [
      { kind: 'title', pattern: '^表\\d{1,2}[：:]\\d{4}年市级部门', weight: 3 },
      { kind: 'title', pattern: '市级部门项目支出绩效表', weight: 1 },
      { kind: 'cover', pattern: '(杭州|宁波|温州|嘉兴|湖州|绍兴|金华|衢州|舟山|台州|丽水|浙江)', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '项目支出绩效', kind: 'performance-projects' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '国有资本经营预算支出', kind: 'state-capital-expenditure' },
      { pattern: '财政拨款收支预算总表', kind: 'fiscal-summary' },
      { pattern: '项目支出预算表', kind: 'project-expenditure' },
      { pattern: '收支预算总表', kind: 'income-expenditure-summary' },
      { pattern: '收入预算总表', kind: 'income' },
      { pattern: '支出预算总表', kind: 'expenditure' },
    ],
  },
  capabilities: ['table-layout', 'scoped-facts', 'project-tables', 'three-public-table'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      number: '01',
      defaultUnit: '万元',
      scope: { fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
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
      unitRows: true,
      scope: { side: 'income', fund: 'all', flow: 'current', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^总计$', '总计', { flow: 'total' }),
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
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      // 基本支出 prints its two parts and no 小计
      columns: [
        col('total', '^总计$', '总计', { split: 'total' }),
        { ...SPEND.personnel, word: '人员支出', label: '人员支出' },
        { ...SPEND.public, word: '日常公用支出', label: '日常公用支出' },
        SPEND.project,
        SPEND.operatingUnit,
        SPEND.toSuperior,
        SPEND.toAffiliated,
      ],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [],
      lines: SUMMARY_LINES,
      classLines: true,
      subClassLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { split: 'total' }),
        { ...SPEND.basic, word: '^小计$', label: '小计', group: '基本支出' },
        SPEND.personnel,
        { ...SPEND.public, word: '日常公用支出', label: '日常公用支出' },
        SPEND.project,
      ],
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '^合计$', '合计', { split: 'basic' }),
        col('personnel', '人员经费', '人员经费', { split: 'basic.personnel' }),
        col('public', '日常公用支出', '日常公用支出', { split: 'basic.public' }),
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
        THREE.total,
        THREE.abroad,
        { ...THREE.vehicle, word: '公务用车购置及运行费' },
        THREE.purchase,
        THREE.operation,
        THREE.reception,
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: FUNCTION_GRID,
    },
    {
      kind: 'state-capital-expenditure',
      number: '09',
      defaultUnit: '万元',
      labelColumns: 1,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'stateCapital', flow: 'current', measure: 'amount' },
      columns: [SPEND.project],
    },
    {
      kind: 'project-expenditure',
      number: '10',
      defaultUnit: '万元',
      // 单位名称, 项目名称
      labelColumns: 3,
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [
        col('total', '^总计$', '总计', {}),
        { ...FUND.general, group: '财政拨款收入' },
        { ...FUND.govFund, group: '财政拨款收入' },
        { ...FUND.stateCapital, group: '财政拨款收入' },
        FUND.specialAccount,
        FUND.unitFunds,
      ],
    },
    {
      kind: 'performance-projects',
      number: '11',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', split: 'project', measure: 'amount' },
      columns: [col('total', '^金额$', '金额', {})],
    },
  ],
  narrative: {
    sections: SECTIONS,
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const ZHEJIANG: TemplateProfile = TemplateProfile.parse(raw);
