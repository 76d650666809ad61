import { CLASS_SCOPES, HENAN_QUANTITIES } from './henan-quantities.js';
import { FUND, SECTIONS, SPEND, SUMMARY_LINES, THREE, col } from './parts.js';
import { TemplateProfile, type ColumnDef, type LineDef } from './schema.js';

/**
 * Chongqing 部门预算 (docs/templates/chongqing.md): 12 tables, `表一` … `表十二` alone above each title,
 * `单位名称：… 单位：万元`; 万元, two decimals, separators, blank cells for zero; 表一 prints its 合计
 * lines first and folds the carry-over into income; 表五 and 表八 print last year's budget beside this year's.
 */

const LINES: LineDef[] = [
  // 表一's 合计 lines, first in each half: all the money, carry-over folded in
  { side: 'income', label: '^合计$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
  { side: 'expenditure', label: '^合计$', ofWhich: false, scope: { flow: 'total' }, opensCarryover: false, closes: true },
  ...SUMMARY_LINES,
];

const PRIOR = { stage: 'prior-year' } as const;

/** 表八: 合计, 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费), 公务接待费, for 2025 then 2026. */
function threePublic(prefix: string, group: string, stage: ColumnDef['scope']): ColumnDef[] {
  const k = (key: string) => (prefix ? `${prefix}.${key}` : key);
  return [
    { ...THREE.total, key: k('total'), word: '^合计$', group, scope: { ...THREE.total.scope, ...stage } },
    { ...THREE.abroad, key: k('abroad'), group, scope: { ...THREE.abroad.scope, ...stage } },
    { ...THREE.vehicle, key: k('vehicle'), word: '^小计$', group, scope: { ...THREE.vehicle.scope, ...stage } },
    { ...THREE.purchase, key: k('vehicle.purchase'), group, scope: { ...THREE.purchase.scope, ...stage } },
    { ...THREE.operation, key: k('vehicle.operation'), group, scope: { ...THREE.operation.scope, ...stage } },
    { ...THREE.reception, key: k('reception'), group, scope: { ...THREE.reception.scope, ...stage } },
  ];
}

const raw = {
  id: 'chongqing',
  name: { zh: '重庆市部门预算公开模板', en: 'Chongqing department budget template' },
  // the standard text of a 部门预算 says 本单位 beside 本部门 (`本单位无政府性基金预算安排的支出`)
  owner: { kindPhrase: '(?:19|20)\\d{2}\\s*年度?\\s*(部门|单位)\\s*(预算|决算)', self: { 部门: ['部门', '单位'], 单位: ['单位'] } },
  recognition: {
    tableNumber: '表([一二三四五六七八九十]+)',
    signals: [
      { kind: 'table-number', pattern: '^表[一二三四五六七八九十]+$', weight: 2 },
      { kind: 'title', pattern: '市级一般性项目绩效目标表', weight: 2 },
      { kind: 'title', pattern: '市级重点专项资金绩效目标表', weight: 1 },
      { kind: 'cover', pattern: '重庆', weight: 1, head: true },
    ],
    minScore: 4,
    titles: [
      { pattern: '三公', kind: 'three-public' },
      { pattern: '整体绩效目标', kind: 'performance-overall' },
      { pattern: '绩效目标表', kind: 'performance-projects' },
      { pattern: '一般公共预算基本支出', kind: 'general-budget-basic' },
      { pattern: '一般公共预算支出', kind: 'general-budget-expenditure' },
      { pattern: '政府性基金预算支出', kind: 'gov-fund-expenditure' },
      { pattern: '财政拨款收支总体', kind: 'fiscal-summary' },
      { pattern: '部门收支总体', kind: 'income-expenditure-summary' },
      { pattern: '部门收入总体', kind: 'income' },
      { pattern: '部门支出总体', kind: 'expenditure' },
      // 表九 政府采购预算明细表: no canonical kind, reported by title
      { pattern: '政府采购预算明细', kind: 'procurement' },
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
      lines: LINES,
      classLines: true,
    },
    {
      kind: 'income',
      number: '02',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      // income by function class; each fund's money includes its carry-over
      scope: { side: 'income', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [
        col('total', '^总计$', '总计', {}),
        FUND.general,
        FUND.govFund,
        FUND.stateCapital,
        FUND.specialAccount,
        FUND.business,
        FUND.superior,
        FUND.affiliated,
        FUND.operating,
        FUND.other,
      ],
    },
    {
      kind: 'expenditure',
      number: '03',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'all', flow: 'current', measure: 'amount' },
      columns: [col('total', '^总计$', '总计', { split: 'total' }), SPEND.basic, SPEND.project],
    },
    {
      kind: 'fiscal-summary',
      number: '04',
      defaultUnit: '万元',
      scope: { fund: 'fiscal', flow: 'current', split: 'total', measure: 'amount' },
      columns: [col('total', '^总计$', '总计', {}), FUND.general, FUND.govFund, FUND.stateCapital],
      lines: [...SUMMARY_LINES, { side: 'expenditure', label: '^结转下年$', ofWhich: false, scope: { flow: 'carryforward' }, opensCarryover: false, closes: false }],
      classLines: true,
    },
    {
      kind: 'general-budget-expenditure',
      number: '05',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('prior.total', '2025年预算数|上年预算数', '2025年预算数', { split: 'total', ...PRIOR }),
        col('total', '^总计$', '总计', { split: 'total' }, '2026年预算数'),
        { ...SPEND.basic, word: '^小计$', label: '小计', group: '基本支出' },
        SPEND.personnel,
        SPEND.public,
        SPEND.project,
      ],
    },
    {
      kind: 'general-budget-basic',
      number: '06',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'general', flow: 'current', measure: 'amount' },
      columns: [
        col('total', '^总计$', '总计', { split: 'basic' }),
        col('personnel', '人员经费', '人员经费', { split: 'basic.personnel' }),
        col('public', '公用经费', '公用经费', { split: 'basic.public' }),
      ],
    },
    {
      kind: 'gov-fund-expenditure',
      number: '07',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      scope: { side: 'expenditure', fund: 'govFund', flow: 'current', measure: 'amount' },
      columns: [col('total', '^总计$', '总计', { split: 'total' }), SPEND.basic, SPEND.project],
    },
    {
      kind: 'three-public',
      number: '08',
      defaultUnit: '万元',
      labelColumns: 0,
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'total' },
      columns: [...threePublic('prior', '2025年预算数', PRIOR), ...threePublic('', '2026年预算数', {})],
    },
    {
      kind: 'performance-overall',
      number: '10',
      defaultUnit: '万元',
      // goals and indicators only: no amounts
      scope: { side: 'expenditure', fund: 'all', flow: 'total', split: 'total', measure: 'amount' },
      columns: [],
    },
    {
      kind: 'performance-projects',
      number: '12',
      defaultUnit: '万元',
      labelColumns: 2,
      rowLabels: 'coded',
      // 当年财政拨款预算金额: this year's fiscal money of the project, its carry-over excluded
      scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', split: 'project', measure: 'amount' },
      columns: [col('total', '当年财政拨款预算金额', '当年财政拨款预算金额', {})],
    },
  ],
  narrative: {
    sections: SECTIONS,
    quantities: HENAN_QUANTITIES,
    classScopes: CLASS_SCOPES,
  },
};

export const CHONGQING: TemplateProfile = TemplateProfile.parse(raw);
