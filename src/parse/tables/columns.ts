import type { Column, TableKind } from '../../model/table.js';
import { HENAN_COLUMNS } from './kinds.js';
import type { CellLine } from './layout.js';
import { compact } from './text.js';

/**
 * The header words that name each canonical column, per kind, in the Henan template's order.
 * `group` is the spanning header word above the leaf, for `path`.
 */
interface ColumnWord {
  key: string;
  word: RegExp;
  label: string;
  group?: string;
}

const EXPENDITURE: ColumnWord[] = [
  { key: 'total', word: /^合计$/, label: '合计' },
  { key: 'basic', word: /基本支出/, label: '小计', group: '基本支出' },
  { key: 'basic.wages', word: /工资福利/, label: '工资福利支出', group: '基本支出' },
  { key: 'basic.family', word: /对个人和家庭/, label: '对个人和家庭的补助', group: '基本支出' },
  { key: 'basic.goods', word: /商品和服务/, label: '商品和服务支出', group: '基本支出' },
  { key: 'basic.capital', word: /资本性/, label: '资本性支出', group: '基本支出' },
  { key: 'project', word: /项目支出/, label: '小计', group: '项目支出' },
  { key: 'project.operating', word: /其他运转/, label: '其他运转类', group: '项目支出' },
  { key: 'project.specific', word: /特定目标/, label: '特定目标类', group: '项目支出' },
];

const FUNDING = {
  general: { key: 'general', word: /一般公共预算/, label: '小计', group: '一般公共预算' },
  fiscal: { key: 'general.fiscal', word: /财政拨款/, label: '其中：财政拨款', group: '一般公共预算' },
  govFund: { key: 'govFund', word: /政府性基金/, label: '政府性基金' },
  stateCapital: { key: 'stateCapital', word: /国有资本/, label: '国有资本经营预算' },
  specialAccount: { key: 'specialAccount', word: /财政专户/, label: '财政专户管理资金' },
  business: { key: 'business', word: /^事业收入$/, label: '事业收入' },
  operating: { key: 'operating', word: /事业单位经营/, label: '事业单位经营收入' },
  superior: { key: 'superior', word: /上级补助/, label: '上级补助收入' },
  affiliated: { key: 'affiliated', word: /附属单位/, label: '附属单位上缴收入' },
  other: { key: 'other', word: /^其他收入$/, label: '其他收入' },
  unitFunds: { key: 'unitFunds', word: /单位资金/, label: '单位资金' },
} satisfies Record<string, ColumnWord>;

const COLUMN_WORDS: Partial<Record<TableKind, ColumnWord[]>> = {
  expenditure: EXPENDITURE,
  'general-budget-expenditure': EXPENDITURE,
  'gov-fund-expenditure': EXPENDITURE,
  income: [
    { key: 'total', word: /^总计$/, label: '总计' },
    { key: 'current', word: /本年收入/, label: '合计', group: '本年收入' },
    { ...FUNDING.general, group: '本年收入' },
    FUNDING.fiscal,
    FUNDING.govFund,
    FUNDING.stateCapital,
    FUNDING.specialAccount,
    FUNDING.business,
    FUNDING.operating,
    FUNDING.superior,
    FUNDING.affiliated,
    FUNDING.other,
    { key: 'carryover', word: /上年结转/, label: '合计', group: '上年结转结余' },
    { key: 'carryover.general', word: /一般公共预算/, label: '一般公共预算', group: '上年结转结余' },
    { key: 'carryover.govFund', word: /政府性基金/, label: '政府性基金', group: '上年结转结余' },
    { key: 'carryover.stateCapital', word: /国有资本/, label: '国有资本经营预算', group: '上年结转结余' },
    { key: 'carryover.specialAccount', word: /财政专户/, label: '财政专户管理资金', group: '上年结转结余' },
    { key: 'carryover.unitFunds', word: /单位资金/, label: '单位资金', group: '上年结转结余' },
  ],
  'general-budget-basic': [
    { key: 'total', word: /^合计$/, label: '合计' },
    { key: 'personnel', word: /人员经费/, label: '人员经费' },
    { key: 'public', word: /公用经费/, label: '公用经费' },
  ],
  'economic-summary': [
    { key: 'total', word: /^总计$/, label: '总计' },
    FUNDING.general,
    FUNDING.fiscal,
    FUNDING.govFund,
    FUNDING.stateCapital,
    { key: 'carryover', word: /上年结转/, label: '上年结转结余' },
    FUNDING.specialAccount,
    FUNDING.business,
    FUNDING.superior,
    FUNDING.affiliated,
    FUNDING.operating,
    FUNDING.other,
  ],
  'three-public': [
    { key: 'total', word: /三公.*合计|^合计$/, label: '“三公”经费合计' },
    { key: 'abroad', word: /因公出国/, label: '因公出国（境）费' },
    { key: 'vehicle', word: /公务用车购置及运行/, label: '小计', group: '公务用车购置及运行费' },
    { key: 'vehicle.purchase', word: /公务用车购置费|^购置费$/, label: '公务用车购置费', group: '公务用车购置及运行费' },
    { key: 'vehicle.operation', word: /公务用车运行|^运行(维护)?费$/, label: '公务用车运行费', group: '公务用车购置及运行费' },
    { key: 'reception', word: /公务接待/, label: '公务接待费' },
  ],
  'project-expenditure': [
    { key: 'total', word: /^合计$/, label: '合计' },
    { ...FUNDING.general, label: '一般公共预算', group: '本年拨款' },
    { ...FUNDING.govFund, group: '本年拨款' },
    { ...FUNDING.stateCapital, group: '本年拨款' },
    { key: 'carryover.general', word: /一般公共预算/, label: '一般公共预算', group: '财政拨款结转结余' },
    { key: 'carryover.govFund', word: /政府性基金/, label: '政府性基金', group: '财政拨款结转结余' },
    { key: 'carryover.stateCapital', word: /国有资本/, label: '国有资本经营预算', group: '财政拨款结转结余' },
    FUNDING.specialAccount,
    FUNDING.unitFunds,
  ],
  'performance-projects': [
    { key: 'total', word: /资金总额/, label: '资金总额', group: '项目金额' },
    { key: 'govBudget', word: /政府预算资金/, label: '政府预算资金', group: '项目金额' },
    { key: 'specialAccount', word: /财政专户/, label: '财政专户管理资金', group: '项目金额' },
    { key: 'unitFunds', word: /单位资金/, label: '单位资金', group: '项目金额' },
  ],
  'fiscal-summary': [
    { key: 'total', word: /^合计$/, label: '合计' },
    FUNDING.general,
    FUNDING.fiscal,
    FUNDING.govFund,
    FUNDING.stateCapital,
  ],
};

/** Kinds whose printed columns beyond the amounts are text (12's indicators): left out. */
export const AMOUNTS_THEN_TEXT: ReadonlySet<TableKind> = new Set(['performance-projects']);

function toColumn(w: ColumnWord): Column {
  return { key: w.key, label: w.label, path: w.group ? [w.group, w.label] : [w.label] };
}

/**
 * The amount columns of a clean table. The printed header is the authority on which columns exist
 * (000's 09 has no 特定目标类); the Henan template supplies their order, because the lower header
 * lines of the extracts are shifted against the body (000 line 255). Columns the data holds beyond
 * the known ones keep a positional key `col<N>`.
 */
export function resolveColumns(kind: TableKind, header: readonly CellLine[], width: number): Column[] {
  const words = header.flatMap((h) => h.cells.map((c) => compact(c))).filter((c) => c !== '');
  const defs = COLUMN_WORDS[kind];
  let cols: Column[];
  if (defs) {
    const printed = words.length === 0 ? defs : defs.filter((d) => words.some((w) => d.word.test(w)));
    // the data is wider than the words we recognised: the template knows better than a misread header
    cols = (printed.length >= width && printed.length > 0 ? printed : defs).map(toColumn);
  } else {
    cols = (HENAN_COLUMNS[kind] ?? []).map((key) => ({ key, label: key, path: [key] }));
  }
  if (AMOUNTS_THEN_TEXT.has(kind)) return cols;
  for (let i = cols.length; i < width; i++) cols.push({ key: `col${i + 1}`, label: '', path: [] });
  return cols;
}

/** Columns of the side-by-side summaries (01, 04): the income half's amount, then the expenditure half's. */
export function summaryColumns(kind: TableKind, expenditureWidth: number, header: readonly CellLine[]): { income: Column[]; expenditure: Column[] } {
  const amount: Column = { key: 'amount', label: '金额', path: ['金额'] };
  if (expenditureWidth <= 1) return { income: [amount], expenditure: [amount] };
  const cols = resolveColumns(kind === 'income-expenditure-summary' ? 'fiscal-summary' : kind, header, expenditureWidth);
  return { income: [amount], expenditure: cols.slice(0, Math.max(expenditureWidth, 1)) };
}
