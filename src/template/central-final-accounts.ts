import { FinalAccountsProfile, type FinalColumn } from './final-accounts-schema.js';

/**
 * The central-government 部门决算 (the national 9 公开表 and their narrative), as data: which table is
 * which, what each printed column counts and at which stage. docs/templates/central-final-accounts.md
 * describes the template; rules/final-accounts/ check it.
 */

const f = (key: string, label: string, scope: FinalColumn['scope'], group?: string): FinalColumn => ({
  key: `${key}@final`,
  label,
  stage: 'final',
  scope,
  ...(group ? { group } : {}),
});
const b = (key: string, label: string, scope: FinalColumn['scope'], group?: string): FinalColumn => ({
  key: `${key}@adjusted-budget`,
  label,
  stage: 'adjusted-budget',
  scope,
  ...(group ? { group } : {}),
});

const THREE_PUBLIC = (col: typeof f, group: string): FinalColumn[] => [
  col('total', '合计', { measure: 'threePublic' }, group),
  col('abroad', '因公出国（境）费', { measure: 'threePublic.abroad' }, group),
  col('vehicle', '公务用车购置及运行维护费 小计', { measure: 'threePublic.vehicle' }, group),
  col('vehicle.purchase', '公务用车购置费', { measure: 'threePublic.vehicle.purchase' }, group),
  col('vehicle.operation', '公务用车运行维护费', { measure: 'threePublic.vehicle.operation' }, group),
  col('reception', '公务接待费', { measure: 'threePublic.reception' }, group),
];

const raw = {
  id: 'central-final-accounts',
  name: { zh: '中央部门决算公开模板（9张公开表）', en: 'Central department final accounts (9 public tables)' },
  recognition: {
    kinds: ['部门决算', '单位决算'],
    tableNumber: '公开\\s*(\\d{2})\\s*表',
    narrativeHeading: '决\\s*算\\s*情\\s*况\\s*说\\s*明',
    narrativeEnd: '^第[四五]部分|^名词解释',
  },
  tables: [
    {
      number: '01',
      kind: 'income-expenditure-summary',
      title: '^收入支出决算总表$',
      defaultUnit: '万元',
      layout: 'summary',
      columns: [f('amount', '金额', { fund: 'all' })],
      lines: [
        { side: 'income', label: '一般公共预算财政拨款', key: 'income.general', scope: { fund: 'general.fiscal', flow: 'current' } },
        { side: 'income', label: '政府性基金预算财政拨款', key: 'income.govFund', scope: { fund: 'govFund', flow: 'current' } },
        { side: 'income', label: '国有资本经营预算财政拨款', key: 'income.stateCapital', scope: { fund: 'stateCapital', flow: 'current' } },
        { side: 'income', label: '^上级补助收入$', key: 'income.superior', scope: { fund: 'superior', flow: 'current' } },
        { side: 'income', label: '^事业收入$', key: 'income.business', scope: { fund: 'business', flow: 'current' } },
        { side: 'income', label: '^经营收入$', key: 'income.operating', scope: { fund: 'operating', flow: 'current' } },
        { side: 'income', label: '^附属单位上缴收入$', key: 'income.affiliated', scope: { fund: 'affiliated', flow: 'current' } },
        { side: 'income', label: '^其他收入$', key: 'income.other', scope: { fund: 'other', flow: 'current' } },
        { side: 'income', label: '^本年收入合计$', key: 'current', scope: { flow: 'current' } },
        { side: 'income', label: '^使用非财政拨款结余', key: 'surplus-use', scope: { flow: 'surplus-use' } },
        { side: 'income', label: '^年初结转和结余$', key: 'carryover', scope: { flow: 'carryover' } },
        { side: 'income', label: '^总计$', key: 'total', scope: { flow: 'total' } },
        { side: 'expenditure', label: '^本年支出合计$', key: 'current', scope: { flow: 'current' } },
        { side: 'expenditure', label: '^结余分配$', key: 'distribution', scope: { flow: 'distribution' } },
        { side: 'expenditure', label: '^年末结转和结余$', key: 'carryforward', scope: { flow: 'carryforward' } },
        { side: 'expenditure', label: '^总计$', key: 'total', scope: { flow: 'total' } },
      ],
    },
    {
      number: '02',
      kind: 'income',
      title: '^收入决算表$',
      defaultUnit: '万元',
      layout: 'coded',
      columns: [
        f('total', '本年收入合计', { side: 'income', flow: 'current', fund: 'all' }),
        f('fiscal', '财政拨款收入', { side: 'income', flow: 'current', fund: 'fiscal' }),
        f('superior', '上级补助收入', { side: 'income', flow: 'current', fund: 'superior' }),
        f('business', '事业收入', { side: 'income', flow: 'current', fund: 'business' }),
        f('operating', '经营收入', { side: 'income', flow: 'current', fund: 'operating' }),
        f('affiliated', '附属单位上缴收入', { side: 'income', flow: 'current', fund: 'affiliated' }),
        f('other', '其他收入', { side: 'income', flow: 'current', fund: 'other' }),
      ],
    },
    {
      number: '03',
      kind: 'expenditure',
      title: '^支出决算表$',
      defaultUnit: '万元',
      layout: 'coded',
      columns: [
        f('total', '本年支出合计', { side: 'expenditure', flow: 'current', fund: 'all', split: 'total' }),
        f('basic', '基本支出', { side: 'expenditure', flow: 'current', fund: 'all', split: 'basic' }),
        f('project', '项目支出', { side: 'expenditure', flow: 'current', fund: 'all', split: 'project' }),
        f('toSuperior', '上缴上级支出', { side: 'expenditure', flow: 'current', fund: 'all' }),
        f('operating', '经营支出', { side: 'expenditure', flow: 'current', fund: 'operating' }),
        f('toAffiliated', '对附属单位补助支出', { side: 'expenditure', flow: 'current', fund: 'all' }),
      ],
    },
    {
      number: '04',
      kind: 'fiscal-summary',
      title: '^财政拨款收入支出决算总表$',
      defaultUnit: '万元',
      layout: 'summary',
      columns: [
        f('total', '合计', { fund: 'fiscal' }),
        f('general', '一般公共预算财政拨款', { fund: 'general.fiscal' }),
        f('govFund', '政府性基金预算财政拨款', { fund: 'govFund' }),
        f('stateCapital', '国有资本经营预算财政拨款', { fund: 'stateCapital' }),
      ],
      lines: [
        { side: 'income', label: '^一般公共预算财政拨款$', key: 'fund.general', scope: { fund: 'general.fiscal' } },
        { side: 'income', label: '^政府性基金预算财政拨款$', key: 'fund.govFund', scope: { fund: 'govFund' } },
        { side: 'income', label: '^国有资本经营预算财政拨款$', key: 'fund.stateCapital', scope: { fund: 'stateCapital' } },
        { side: 'income', label: '^本年收入合计$', key: 'current', scope: { flow: 'current' } },
        { side: 'income', label: '^年初财政拨款结转和结余$', key: 'carryover', scope: { flow: 'carryover' } },
        { side: 'income', label: '^总计$', key: 'total', scope: { flow: 'total' } },
        { side: 'expenditure', label: '^本年支出合计$', key: 'current', scope: { flow: 'current' } },
        { side: 'expenditure', label: '^年末财政拨款结转和结余$', key: 'carryforward', scope: { flow: 'carryforward' } },
        { side: 'expenditure', label: '^总计$', key: 'total', scope: { flow: 'total' } },
      ],
    },
    {
      number: '05',
      kind: 'general-budget-expenditure',
      title: '^一般公共预算财政拨款支出决算表$',
      defaultUnit: '万元',
      layout: 'coded',
      columns: [
        f('total', '小计', { fund: 'general.fiscal', flow: 'current', split: 'total' }, '本年支出'),
        f('basic', '基本支出', { fund: 'general.fiscal', flow: 'current', split: 'basic' }, '本年支出'),
        f('project', '项目支出', { fund: 'general.fiscal', flow: 'current', split: 'project' }, '本年支出'),
      ],
    },
    {
      number: '06',
      kind: 'general-budget-basic',
      title: '^一般公共预算财政拨款基本支出决算表$',
      defaultUnit: '万元',
      layout: 'economic',
      blocks: 3,
      columns: [f('amount', '决算数', { fund: 'general.fiscal', flow: 'current', split: 'basic' })],
    },
    {
      number: '07',
      kind: 'gov-fund-expenditure',
      title: '^政府性基金预算财政拨款收入支出决算表$',
      defaultUnit: '万元',
      layout: 'coded',
      columns: [
        f('carryover', '年初结转和结余', { fund: 'govFund', flow: 'carryover' }),
        f('income', '本年收入', { fund: 'govFund', flow: 'current', side: 'income' }),
        f('total', '小计', { fund: 'govFund', flow: 'current', side: 'expenditure', split: 'total' }, '本年支出'),
        f('basic', '基本支出', { fund: 'govFund', flow: 'current', side: 'expenditure', split: 'basic' }, '本年支出'),
        f('project', '项目支出', { fund: 'govFund', flow: 'current', side: 'expenditure', split: 'project' }, '本年支出'),
        f('carryforward', '年末结转和结余', { fund: 'govFund', flow: 'carryforward' }),
      ],
    },
    {
      number: '08',
      kind: 'state-capital-expenditure',
      title: '^国有资本经营预算财政拨款支出决算表$',
      defaultUnit: '万元',
      layout: 'coded',
      columns: [
        f('total', '合计', { fund: 'stateCapital', flow: 'current', split: 'total' }, '本年支出'),
        f('basic', '基本支出', { fund: 'stateCapital', flow: 'current', split: 'basic' }, '本年支出'),
        f('project', '项目支出', { fund: 'stateCapital', flow: 'current', split: 'project' }, '本年支出'),
      ],
    },
    {
      number: '09',
      kind: 'three-public',
      title: '^一般公共预算财政拨款[“"]三公[”"]经费支出决算表$',
      defaultUnit: '万元',
      layout: 'single',
      // 预算数 is the full-year budget after adjustments (the table's 注), hence adjusted-budget
      columns: [...THREE_PUBLIC(b, '预算数'), ...THREE_PUBLIC(f, '决算数')],
    },
  ],
  narrative: {
    subjects: [
      { pattern: '三公', key: 'threePublic', label: '“三公”经费' },
      { pattern: '因公出国', key: 'threePublic.abroad', label: '因公出国（境）费' },
      { pattern: '公务用车', key: 'threePublic.vehicle', label: '公务用车购置及运行维护费' },
      { pattern: '公务接待', key: 'threePublic.reception', label: '公务接待费' },
      { pattern: '机关运行经费', key: 'basic.public', label: '机关运行经费' },
      { pattern: '收、?支总计', key: 'total', label: '收、支总计' },
      { pattern: '财政拨款收、?支总(计|决算)', key: 'fiscal.total', label: '财政拨款收支总计' },
      { pattern: '财政拨款收入', key: 'income.general', label: '一般公共预算财政拨款收入' },
      { pattern: '其他收入', key: 'income.other', label: '其他收入' },
      { pattern: '年初结转和结余', key: 'carryover', label: '年初结转和结余' },
      { pattern: '年末结转和结余', key: 'carryforward', label: '年末结转和结余' },
      { pattern: '财政拨款支出', key: 'general.total', label: '一般公共预算财政拨款支出' },
      { pattern: '本年收入合计', key: 'income.current', label: '本年收入合计' },
      { pattern: '^总支出$|本年支出合计', key: 'spending.current', label: '本年支出合计' },
    ],
  },
  // quotes and book-title marks wrap over lines in this PDF (“信访研究 / 宣传立法专项”)
  lineBoundRules: ['hygiene-brackets'],
  budgetOnlyFamilies: [
    'within-table',
    'cross-table',
    'narrative',
    'share',
    'year-over-year',
    'balance',
    'empty-table',
    'counts',
    'classification',
    'definitions',
    'structure',
  ],
};

export const CENTRAL_FINAL_ACCOUNTS: FinalAccountsProfile = FinalAccountsProfile.parse(raw);
