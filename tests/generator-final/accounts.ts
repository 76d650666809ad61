import { Decimal } from 'decimal.js';
import type { Rng } from '../generator/prng.js';

/**
 * The exact atoms of one synthetic 部门决算: spending by 项 and fund and split, income by 项 and fund,
 * opening and closing balances, basic spending by economic item, 三公 budget and actual, last year's
 * figures and this year's initial budget. Every printed figure is rounded from sums of these, so every
 * identity of the template holds up to rounding.
 */

export interface ItemDef {
  code: string;
  name: string;
}
export interface ClassDef {
  code: string;
  name: string;
  /** as the narrative names it: 一般公共服务（类） */
  short: string;
  kuan: { code: string; name: string; items: ItemDef[] };
}

export const CLASSES: readonly ClassDef[] = [
  { code: '201', name: '一般公共服务支出', short: '一般公共服务', kuan: { code: '20140', name: '信访事务', items: [{ code: '2014001', name: '行政运行' }, { code: '2014002', name: '一般行政管理事务' }, { code: '2014099', name: '其他信访事务支出' }] } },
  { code: '205', name: '教育支出', short: '教育', kuan: { code: '20508', name: '进修及培训', items: [{ code: '2050803', name: '培训支出' }] } },
  { code: '208', name: '社会保障和就业支出', short: '社会保障和就业', kuan: { code: '20805', name: '行政事业单位养老支出', items: [{ code: '2080501', name: '行政单位离退休' }, { code: '2080505', name: '机关事业单位基本养老保险缴费支出' }] } },
  { code: '210', name: '卫生健康支出', short: '卫生健康', kuan: { code: '21011', name: '行政事业单位医疗', items: [{ code: '2101101', name: '行政单位医疗' }] } },
  { code: '221', name: '住房保障支出', short: '住房保障', kuan: { code: '22102', name: '住房改革支出', items: [{ code: '2210201', name: '住房公积金' }, { code: '2210202', name: '提租补贴' }] } },
];

export const ECONOMIC: ReadonlyArray<{ cls: string; name: string; items: ItemDef[] }> = [
  { cls: '301', name: '工资福利支出', items: [{ code: '30101', name: '基本工资' }, { code: '30102', name: '津贴补贴' }, { code: '30108', name: '机关事业单位基本养老保险缴费' }, { code: '30113', name: '住房公积金' }] },
  { cls: '302', name: '商品和服务支出', items: [{ code: '30201', name: '办公费' }, { code: '30211', name: '差旅费' }, { code: '30217', name: '公务接待费' }, { code: '30231', name: '公务用车运行维护费' }, { code: '30299', name: '其他商品和服务支出' }] },
  { cls: '303', name: '对个人和家庭的补助', items: [{ code: '30301', name: '离休费' }, { code: '30302', name: '退休费' }] },
  { cls: '310', name: '资本性支出', items: [{ code: '31002', name: '办公设备购置' }] },
];

export interface ItemAtoms {
  cls: ClassDef;
  item: ItemDef;
  /** 元, exact */
  fiscalBasic: Decimal;
  fiscalProject: Decimal;
  otherBasic: Decimal;
  fiscalIncome: Decimal;
  otherIncome: Decimal;
  /** 年初预算 of the item's fiscal spending */
  initialBudget: Decimal;
  reason: string;
}

export interface ThreePublic {
  abroad: Decimal;
  purchase: Decimal;
  operation: Decimal;
  reception: Decimal;
}

export interface Accounts {
  seed: number;
  department: string;
  year: number;
  items: ItemAtoms[];
  /** economic items of fiscal basic spending, 元 */
  economic: Array<{ cls: string; clsName: string; code: string; name: string; amount: Decimal }>;
  openingFiscal: Decimal;
  openingOther: Decimal;
  budget3: ThreePublic;
  actual3: ThreePublic;
  /** last year's totals, 元: whole total (收、支总计), fiscal income, and 机关运行经费 */
  prior: { total: Decimal; fiscalIncome: Decimal; publicFunds: Decimal };
}

const D = (n: number) => new Decimal(n);

function yuan(rng: Rng, min: number, max: number): Decimal {
  return D(rng.int(min, max));
}

/** split `total` (integer 元) into `n` parts by random weights, exactly (the last part takes the rest) */
function partition(rng: Rng, total: Decimal, n: number): Decimal[] {
  const weights = Array.from({ length: n }, () => D(rng.int(1, 100)));
  const sum = weights.reduce((a, b) => a.plus(b), D(0));
  const parts = weights.slice(0, -1).map((w) => total.mul(w).div(sum).toDecimalPlaces(0, Decimal.ROUND_DOWN));
  return [...parts, total.minus(parts.reduce((a, b) => a.plus(b), D(0)))];
}

const REASONS = ['预算执行中追加了预算，相应增加支出', '相关工作未按计划开展', '人员变动，相应减少支出', '年中按规定调剂用于其他科目'];

export function generateAccounts(rng: Rng, seed: number): Accounts {
  const classes = [CLASSES[0]!, ...rng.sample(CLASSES.slice(1), rng.int(1, 4))].sort((a, b) => a.code.localeCompare(b.code));
  const economic = ECONOMIC.flatMap((e) =>
    rng.sample(e.items, rng.int(1, e.items.length)).map((i) => ({ cls: e.cls, clsName: e.name, code: i.code, name: i.name, amount: yuan(rng, 10_000, 9_000_000) })),
  ).sort((a, b) => a.code.localeCompare(b.code));
  const itemDefs = classes.flatMap((c) => rng.sample(c.kuan.items, rng.int(1, c.kuan.items.length)).map((item) => ({ cls: c, item })));
  itemDefs.sort((a, b) => a.item.code.localeCompare(b.item.code));
  const basicTotal = economic.reduce((s, e) => s.plus(e.amount), D(0));
  const basics = partition(rng, basicTotal, itemDefs.length);
  const items: ItemAtoms[] = itemDefs.map((d, i) => {
    const fiscalBasic = basics[i]!;
    const fiscalProject = rng.chance(0.5) ? yuan(rng, 10_000, 30_000_000) : D(0);
    const spent = fiscalBasic.plus(fiscalProject);
    // an initial budget off the actual by up to ±40 %, now and then exactly on it
    const initialBudget = rng.chance(0.1) ? spent : spent.mul(rng.int(60, 140)).div(100).toDecimalPlaces(0);
    return {
      ...d,
      fiscalBasic,
      fiscalProject,
      otherBasic: rng.chance(0.3) ? yuan(rng, 10_000, 3_000_000) : D(0),
      fiscalIncome: spent.mul(rng.int(80, 130)).div(100).toDecimalPlaces(0),
      otherIncome: rng.chance(0.3) ? yuan(rng, 10_000, 3_000_000) : D(0),
      initialBudget: initialBudget.isZero() ? D(1_000) : initialBudget,
      reason: rng.pick(REASONS),
    };
  });
  const spentFiscal = items.reduce((s, i) => s.plus(i.fiscalBasic).plus(i.fiscalProject), D(0));
  const incomeFiscal = items.reduce((s, i) => s.plus(i.fiscalIncome), D(0));
  const spentOther = items.reduce((s, i) => s.plus(i.otherBasic), D(0));
  const incomeOther = items.reduce((s, i) => s.plus(i.otherIncome), D(0));
  // opening balances large enough that no closing balance is negative
  const openingFiscal = Decimal.max(D(0), spentFiscal.minus(incomeFiscal)).plus(yuan(rng, 0, 20_000_000));
  const openingOther = Decimal.max(D(0), spentOther.minus(incomeOther)).plus(yuan(rng, 0, 2_000_000));
  const reception = economic.find((e) => e.code === '30217')?.amount ?? D(0);
  const operation = economic.find((e) => e.code === '30231')?.amount ?? D(0);
  // 三公 actuals at least the basic-spending lines (project money may add to them)
  const actual3: ThreePublic = {
    abroad: yuan(rng, 10_000, 500_000),
    purchase: rng.chance(0.3) ? yuan(rng, 100_000, 400_000) : D(0),
    operation: operation.plus(rng.chance(0.3) ? yuan(rng, 0, 100_000) : D(0)),
    reception: reception.plus(rng.chance(0.3) ? yuan(rng, 0, 50_000) : D(0)),
  };
  const up = (x: Decimal) => x.mul(rng.int(100, 200)).div(100).toDecimalPlaces(0).plus(1_000);
  const budget3: ThreePublic = { abroad: up(actual3.abroad), purchase: actual3.purchase.isZero() ? D(0) : up(actual3.purchase), operation: up(actual3.operation), reception: up(actual3.reception) };
  const total = incomeFiscal.plus(incomeOther).plus(openingFiscal).plus(openingOther);
  const publicFunds = economic.filter((e) => e.cls === '302' || e.cls === '310').reduce((s, e) => s.plus(e.amount), D(0));
  return {
    seed,
    department: rng.pick(['国家信访局', '国家档案局', '国家保密局', '国家文物局']),
    year: rng.int(2021, 2025),
    items,
    economic,
    openingFiscal,
    openingOther,
    budget3,
    actual3,
    prior: {
      total: total.mul(rng.int(50, 150)).div(100).toDecimalPlaces(0),
      fiscalIncome: incomeFiscal.mul(rng.int(50, 150)).div(100).toDecimalPlaces(0),
      publicFunds: publicFunds.mul(rng.int(70, 130)).div(100).toDecimalPlaces(0),
    },
  };
}
