import { Decimal } from 'decimal.js';
import type { TableKind } from '../../src/model/table.js';
import { ECON_NAMES, GOV_ECON_NAMES, ITEMS, SUMMARY_01_LINES, SUMMARY_04_LINES } from './catalog.js';
import { THREE_PUBLIC_ECON, sumAtoms, type Atom, type Budget, type Fund } from './budget.js';
import { round2, toWan, type Piece, type Writer } from './format.js';

/**
 * The twelve tables of the Henan template, printed from the atoms: each cell is the rounding of the
 * exact sum of the atoms in its scope, so identities hold up to rounding tails only.
 */
type Pred = (a: Atom) => boolean;
const all: Pred = () => true;
const FISCAL: readonly Fund[] = ['general', 'govFund', 'stateCapital'];
const isFiscal: Pred = (a) => FISCAL.includes(a.fund);
const current: Pred = (a) => a.year === 'current';
const carried: Pred = (a) => a.year === 'carry';
const fund = (f: Fund): Pred => (a) => a.fund === f;
const and = (...ps: Pred[]): Pred => (a) => ps.every((p) => p(a));
const unitFunds: Pred = (a) => a.fund === 'business' || a.fund === 'other';

export interface TableContext {
  w: Writer;
  b: Budget;
  /** 2022 wording prints titles as markdown headings */
  heading: (title: string) => string;
  yearTitle: (name: string) => string;
}

function amountPiece(ctx: TableContext, exact: Decimal, table: TableKind, row: string, column: string, opts: { side?: 'income' | 'expenditure'; zero?: boolean; unit?: '万元' | '元' } = {}): Piece {
  const unit = opts.unit ?? ctx.b.tableUnit;
  const value = unit === '元' ? exact : toWan(exact);
  const printed = round2(value);
  const where = { type: 'cell' as const, table, row, column, ...(opts.side ? { side: opts.side } : {}) };
  if (exact.isZero() && !opts.zero) return { num: '', exact: value, unit, where };
  // 元 tables print two decimals too: a bare integer such as 22307 would read as an economic code.
  return { num: printed.toFixed(2), exact: value, unit, where };
}

/** the first-appearance order of keys */
function groups<K>(atoms: readonly Atom[], key: (a: Atom) => K | undefined): K[] {
  const seen = new Map<string, K>();
  for (const a of atoms) {
    const k = key(a);
    if (k === undefined) continue;
    const s = JSON.stringify(k);
    if (!seen.has(s)) seen.set(s, k);
  }
  return [...seen.values()];
}

function preamble(ctx: TableContext, title: string, unit: string | null = ctx.b.tableUnit): void {
  const { w } = ctx;
  w.text(ctx.heading(title));
  w.blank();
  w.text(`部门名称：${ctx.b.deptName}`);
  w.blank();
  if (unit) {
    w.text(`单位：${unit}`);
    w.blank();
  }
}

function roundingNote(ctx: TableContext, what: string): void {
  ctx.w.blank();
  ctx.w.text(ctx.b.tableUnit === '万元' ? `注：本表反映本部门${what}。本表金额转换为万元时，因四舍五入可能存在尾差。` : `注：本表反映本部门${what}。`);
  ctx.w.blank();
}

function t01(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'income-expenditure-summary';
  w.text('预算01表');
  w.blank();
  preamble(ctx, ctx.yearTitle(b.wording === '2026' ? '部门收支总体情况表' : '部门收支预算表'));
  w.text('收入\t\t支出\t');
  w.text('项目\t金额\t项目\t金额');
  const cur = (p: Pred) => sumAtoms(b.atoms, and(current, p));
  const income: Array<[string, Decimal]> = [
    ['一、一般公共预算', cur(fund('general'))],
    ['其中：财政拨款', cur(fund('general'))],
    ['二、政府性基金预算拨款收入', cur(fund('govFund'))],
    ['三、国有资本经营预算拨款收入', cur(fund('stateCapital'))],
    ['四、财政专户管理资金收入', cur(fund('specialAccount'))],
    ['五、事业收入', cur(fund('business'))],
    ['六、事业单位经营收入', new Decimal(0)],
    ['七、上级补助收入', new Decimal(0)],
    ['八、附属单位上缴收入', new Decimal(0)],
    ['九、其他收入', cur(fund('other'))],
  ];
  SUMMARY_01_LINES.forEach(([label, cls], i) => {
    const left = income[i];
    const spent = sumAtoms(b.atoms, (a) => a.item.startsWith(cls));
    w.compose([
      left ? left[0] : '',
      left ? amountPiece(ctx, left[1], kind, left[0], 'amount', { side: 'income' }) : '',
      label,
      amountPiece(ctx, spent, kind, label, 'amount', { side: 'expenditure' }),
    ], '\t');
  });
  const total = sumAtoms(b.atoms);
  const thisYear = sumAtoms(b.atoms, current);
  const carry = sumAtoms(b.atoms, carried);
  w.compose(['本年收入合计', amountPiece(ctx, thisYear, kind, '本年收入合计', 'amount', { side: 'income' }), '本年支出合计', amountPiece(ctx, total, kind, '本年支出合计', 'amount', { side: 'expenditure' })], '\t');
  w.compose(['上年结转结余', amountPiece(ctx, carry, kind, '上年结转结余', 'amount', { side: 'income' }), '年终结转结余', ''], '\t');
  w.compose(['收入总计', amountPiece(ctx, total, kind, '收入总计', 'amount', { side: 'income' }), '支出总计', amountPiece(ctx, total, kind, '支出总计', 'amount', { side: 'expenditure' })], '\t');
  roundingNote(ctx, '收支总体情况');
}

const INCOME_COLUMNS: Array<[string, Pred]> = [
  ['total', all], ['current', current], ['general', and(current, fund('general'))], ['general.fiscal', and(current, fund('general'))],
  ['govFund', and(current, fund('govFund'))], ['stateCapital', and(current, fund('stateCapital'))],
  ['specialAccount', and(current, fund('specialAccount'))], ['business', and(current, fund('business'))],
  ['operating', () => false], ['superior', () => false], ['affiliated', () => false], ['other', and(current, fund('other'))],
  ['carryover', carried], ['carryover.general', and(carried, fund('general'))], ['carryover.govFund', and(carried, fund('govFund'))],
  ['carryover.stateCapital', and(carried, fund('stateCapital'))], ['carryover.specialAccount', and(carried, fund('specialAccount'))],
  ['carryover.unitFunds', and(carried, unitFunds)],
];

function t02(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'income';
  preamble(ctx, ctx.yearTitle(b.wording === '2026' ? '部门收入总体情况表' : '部门收入预算表'));
  w.text('部门（科目） 代码\t部门（科目）名称\t总计\t本年收入\t\t\t\t\t\t\t\t\t\t上年结转结余\t\t\t\t\t\t');
  w.text('\t\t\t合计\t一般公共预算\t\t政府性 基金\t国有 资本 经营 预算\t财政专 户管理 资金收 入\t事业 收入\t事业 单位 经营 收入\t上级 补助 收入\t附属 单位 上缴 收入\t其他 收入\t合计\t一般 公共 预算\t政府 性基 金\t国有 资本 经营 预算\t财政 专户 管理 资金\t单位 资金');
  w.text('\t\t\t\t小计\t其中：财 政拨款\t\t\t\t\t\t\t\t\t\t\t\t\t\t');
  const row = (code: string, label: string, scope: Pred) =>
    w.compose([code, label, ...INCOME_COLUMNS.map(([col, p]) => amountPiece(ctx, sumAtoms(b.atoms, and(scope, p)), kind, label, col))], '\t');
  row('', '合计', all);
  row(b.deptCode, b.deptName, all);
  b.units.forEach((u, i) => row(u.code, u.name, (a) => a.unit === i));
  roundingNote(ctx, '收入总体情况');
}

const EXPENDITURE_COLUMNS: Array<[string, Pred]> = [
  ['total', all],
  ['basic', (a) => a.kind === 'basic'],
  ['basic.wages', (a) => a.kind === 'basic' && a.econ.startsWith('301')],
  ['basic.family', (a) => a.kind === 'basic' && a.econ.startsWith('303')],
  ['basic.goods', (a) => a.kind === 'basic' && a.econ.startsWith('302')],
  ['basic.capital', (a) => a.kind === 'basic' && a.econ.startsWith('310')],
  ['project', (a) => a.kind === 'project'],
  ['project.operating', (a) => a.kind === 'project' && a.project !== undefined],
  ['project.specific', (a) => a.kind === 'project' && a.project !== undefined],
];

/** 03, 05 and 09: function 项 rows under 合计 and the department row. */
function functionTable(ctx: TableContext, kind: TableKind, title: string, nameHeader: string, scope: Pred, note: string, emptyNote?: string): void {
  const { w, b } = ctx;
  preamble(ctx, title);
  w.text(`科目编码\t\t\t部门代码\t${nameHeader}\t合计\t基本支出\t\t\t\t项目支出\t\t\t`);
  w.text('类\t款\t项\t\t\t\t小计\t人员经费\t\t公用经费\t\t小计\t其他运转类\t特定目标类');
  w.text('\t\t\t工资福利支出\t对个人和家庭补助\t商品和服务支出\t\t资本性支出\t\t\t\t\t\t');
  const atoms = b.atoms.filter(scope);
  const type = (a: Atom) => (a.project === undefined ? undefined : b.projects[a.project]?.type);
  const cols: Array<[string, Pred]> = EXPENDITURE_COLUMNS.map(([k, p]) =>
    k === 'project.operating' ? [k, (a: Atom) => p(a) && type(a) === '其他运转类'] : k === 'project.specific' ? [k, (a: Atom) => p(a) && type(a) === '特定目标类'] : [k, p]);
  if (atoms.length > 0) {
    const row = (lead: string[], label: string, p: Pred) =>
      w.compose([...lead, label, ...cols.map(([col, q]) => amountPiece(ctx, sumAtoms(atoms, and(p, q)), kind, label, col))], '\t');
    row(['', '', '', ''], '合计', all);
    row(['', '', '', b.deptCode], b.deptName, all);
    for (const item of groups(atoms, (a) => a.item))
      row([item.slice(0, 3), item.slice(3, 5), item.slice(5, 7), ''], ITEMS[item] as string, (a) => a.item === item);
  }
  roundingNote(ctx, note);
  if (atoms.length === 0 && emptyNote) {
    w.text(emptyNote);
    w.blank();
  }
}

function t04(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'fiscal-summary';
  preamble(ctx, ctx.yearTitle(b.wording === '2026' ? '财政拨款收支总体情况表' : '部门财政拨款收支总体情况表'));
  w.text('收 入\t\t支 出\t\t\t\t\t');
  w.text('项 目\t金 额\t项 目\t合 计\t一般公共预算\t\t政府性基金\t国有资本经营预算');
  w.text('\t\t\t\t小 计\t其中：财 政拨款\t\t');
  const s = (p: Pred) => sumAtoms(b.atoms, p);
  const income: Array<[string, Decimal]> = [
    ['一、本年收入', s(and(current, isFiscal))],
    ['（一）一般公共预算拨款', s(and(current, fund('general')))],
    ['其中：财政拨款', s(and(current, fund('general')))],
    ['（二）政府性基金预算拨款', s(and(current, fund('govFund')))],
    ['（三）国有资本经营预算拨款', s(and(current, fund('stateCapital')))],
    ['二、上年结转', s(and(carried, isFiscal))],
    ['（一）一般公共预算拨款', s(and(carried, fund('general')))],
    ['（二）政府性基金预算拨款', s(and(carried, fund('govFund')))],
    ['（三）国有资本经营预算拨款', s(and(carried, fund('stateCapital')))],
  ];
  const cols: Array<[string, Pred]> = [
    ['total', isFiscal], ['general', fund('general')], ['general.fiscal', fund('general')], ['govFund', fund('govFund')], ['stateCapital', fund('stateCapital')],
  ];
  const right = (label: string, p: Pred): Piece[] => [label, ...cols.map(([col, q]) => amountPiece(ctx, s(and(p, q)), kind, label, col, { side: 'expenditure' }))];
  const lines: Piece[][] = [right('一、本年支出', all), ...SUMMARY_04_LINES.map(([label, cls]) => right(label, (a) => cls !== null && a.item.startsWith(cls))), ['二、年终结转结余', '', '', '', '', '']];
  lines.forEach((r, i) => {
    const left = income[i];
    w.compose([left ? left[0] : '', left ? amountPiece(ctx, left[1], kind, left[0], 'amount', { side: 'income' }) : '', ...r], '\t');
  });
  w.compose(['收入合计：', amountPiece(ctx, s(isFiscal), kind, '收入合计', 'amount', { side: 'income' }), ...right('支出合计', all)], '\t');
  roundingNote(ctx, '财政拨款收支总体情况');
}

function t06(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'general-budget-basic';
  preamble(ctx, ctx.yearTitle('一般公共预算基本支出表'));
  w.text('部门预算支出经济分类科目\t\t政府预算支出经济分类科目编码\t\t本年一般公共预算基本支出\t\t');
  w.text('科目编码\t科目名称\t科目编码\t科目名称\t合计\t人员经费\t公用经费');
  const atoms = b.atoms.filter((a) => a.fund === 'general' && a.kind === 'basic');
  const personnel: Pred = (a) => a.econ.startsWith('301') || a.econ.startsWith('303');
  const pub: Pred = (a) => a.econ.startsWith('302') || a.econ.startsWith('310');
  const row = (lead: string[], label: string, p: Pred) =>
    w.compose([...lead.slice(0, 1), label, ...lead.slice(1), ...([['total', all], ['personnel', personnel], ['public', pub]] as Array<[string, Pred]>).map(([col, q]) => amountPiece(ctx, sumAtoms(atoms, and(p, q)), kind, label, col))], '\t');
  row(['', '', ''], '合计', all);
  for (const [econ, gov] of groups(atoms, (a) => [a.econ, a.gov] as const))
    row([econ, gov, GOV_ECON_NAMES[gov] as string], ECON_NAMES[econ] as string, (a) => a.econ === econ && a.gov === gov);
  roundingNote(ctx, '一般公共预算基本支出情况');
}

function t07(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'economic-summary';
  preamble(ctx, ctx.yearTitle('支出经济分类汇总表'));
  w.text('部门预算经济分类\t\t\t政府预算经济分类\t\t\t总计\t一般公共预算\t\t政府性基金\t国有资本经营预算\t上年结转结余\t财政专户管理资金收入\t事业收入\t上级补助收入\t附属单位上缴收入\t事业单位经营收入\t其他收入');
  w.text('类\t款\t科目名称\t类\t款\t科目名称\t\t小计\t其中：财政拨款\t\t\t\t\t\t\t\t\t');
  const cols: Array<[string, Pred]> = [
    ['total', all], ['general', and(current, fund('general'))], ['general.fiscal', and(current, fund('general'))], ['govFund', and(current, fund('govFund'))],
    ['stateCapital', and(current, fund('stateCapital'))], ['carryover', carried], ['specialAccount', and(current, fund('specialAccount'))],
    ['business', and(current, fund('business'))], ['superior', () => false], ['affiliated', () => false], ['operating', () => false], ['other', and(current, fund('other'))],
  ];
  const row = (lead: string[], label: string, p: Pred) =>
    w.compose([...lead, ...cols.map(([col, q]) => amountPiece(ctx, sumAtoms(b.atoms, and(p, q)), kind, label, col))], '\t');
  row(['', '', '合计', '', '', ''], '合计', all);
  row([b.deptCode, '', b.deptName, '', '', ''], b.deptName, all);
  for (const [econ, gov] of groups(b.atoms, (a) => [a.econ, a.gov] as const)) {
    const name = ECON_NAMES[econ] as string;
    row([econ.slice(0, 3), econ.slice(3), name, gov.slice(0, 3), gov.slice(3), GOV_ECON_NAMES[gov] as string], name, (a) => a.econ === econ && a.gov === gov);
  }
  roundingNote(ctx, '支出经济分类汇总情况');
}

export function threePublic(b: Budget): Record<'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', Decimal> {
  const s = (econ: string) => sumAtoms(b.atoms, (a) => a.fund === 'general' && a.econ === econ);
  const abroad = s(THREE_PUBLIC_ECON.abroad);
  const vehiclePurchase = s(THREE_PUBLIC_ECON.vehiclePurchase);
  const vehicleOperation = s(THREE_PUBLIC_ECON.vehicleOperation);
  const reception = s(THREE_PUBLIC_ECON.reception);
  const vehicle = vehiclePurchase.plus(vehicleOperation);
  return { total: abroad.plus(vehicle).plus(reception), abroad, vehicle, vehiclePurchase, vehicleOperation, reception };
}

function t08(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'three-public';
  preamble(ctx, ctx.yearTitle(b.wording === '2026' ? '一般公共预算“三公”经费支出情况表' : '一般公共预算“三公”经费预算表'));
  w.text('“三公”经费合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费');
  w.text('\t\t小计\t公务用车购置费\t公务用车运行费\t');
  const t = threePublic(b);
  // A department without 三公 money prints a row of zeros, and the narrative says so.
  const zero = t.total.isZero();
  const cell = (v: Decimal, col: string) => amountPiece(ctx, v, kind, '“三公”经费', col, { zero });
  w.compose([cell(t.total, 'total'), cell(t.abroad, 'abroad'), cell(t.vehicle, 'vehicle'), cell(t.vehiclePurchase, 'vehicle.purchase'), cell(t.vehicleOperation, 'vehicle.operation'), cell(t.reception, 'reception')], '\t');
  w.blank();
  w.text('注：1.按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。');
  w.text(b.tableUnit === '万元' ? ' 2.本表金额转换为万元时，因四舍五入可能存在尾差。' : ' 2.本表反映本部门一般公共预算“三公”经费支出情况。');
  w.blank();
}

function t10(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'project-expenditure';
  preamble(ctx, b.wording === '2026' ? ctx.yearTitle('项目支出表') : '项目支出预算表');
  w.text('类型\t项目名称\t项目单位\t合计\t本年拨款\t\t\t财政拨款结转结余\t\t\t财政专户管理资金\t单位资金');
  w.text('\t\t\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t');
  const cols: Array<[string, Pred]> = [
    ['total', all], ['general', and(current, fund('general'))], ['govFund', and(current, fund('govFund'))], ['stateCapital', and(current, fund('stateCapital'))],
    ['carryover.general', and(carried, fund('general'))], ['carryover.govFund', and(carried, fund('govFund'))], ['carryover.stateCapital', and(carried, fund('stateCapital'))],
    ['specialAccount', fund('specialAccount')], ['unitFunds', unitFunds],
  ];
  const atoms = b.atoms.filter((a) => a.kind === 'project');
  const row = (lead: string[], label: string, p: Pred) =>
    w.compose([...lead, ...cols.map(([col, q]) => amountPiece(ctx, sumAtoms(atoms, and(p, q)), kind, label, col))], '\t');
  row(['', b.deptCode, b.deptName], b.deptName, all);
  for (const p of b.projects) row([p.type, p.name, b.units[p.unit]?.name as string], p.name, (a) => a.project === p.index);
  roundingNote(ctx, '项目预算支出情况');
}

function t11(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'performance-overall';
  w.text(ctx.heading('部门（单位）整体绩效目标表'));
  w.blank();
  w.text(`(${b.year}年度)`);
  w.blank();
  w.text(`部门名称：${b.deptName}\t\t\t\t`);
  w.text(`年度履职目标\t目标1:${b.sector.duties[0]} 目标2:${b.sector.duties[1]}\t\t\t`);
  w.text('年度主要任务\t任务名称\t主要内容\t\t');
  for (const p of b.projects.slice(0, 3)) w.text(`\t${p.name}\t保障${p.name}相关工作按期完成。\t\t`);
  const s = (p: Pred) => sumAtoms(b.atoms, p);
  const cell = (v: Decimal, row: string) => amountPiece(ctx, v, kind, row, 'amount', { unit: '万元' });
  w.compose(['预算情况', '部门预算总额(万元)', '', cell(s(all), '部门预算总额'), ''], '\t');
  w.compose(['', '1、资金来源:', '(1)政府预算资金', cell(s(isFiscal), '政府预算资金'), ''], '\t');
  w.compose(['', '', '(2)财政专户管理资金', cell(s(fund('specialAccount')), '财政专户管理资金'), ''], '\t');
  w.compose(['', '', '(3)单位资金', cell(s(unitFunds), '单位资金'), ''], '\t');
  w.compose(['', '2、资金结构:', '(1)基本支出', cell(s((a) => a.kind === 'basic'), '基本支出'), ''], '\t');
  w.compose(['(2)项目支出', '', cell(s((a) => a.kind === 'project'), '项目支出'), '', ''], '\t');
  w.text('一级指标\t二级指标\t三级指标\t指标值\t指标值说明');
  w.text('投入管理指标\t工作目标管理\t年度履职目标相关性\t相关\t年度履职目标是否符合国家、省委省政府战略部署和发展规划。');
  w.text('产出指标\t重点工作任务完成\t重点工作任务完成率\t≥95%\t反映本部门负责的重点工作任务进展情况。');
  w.text('满意度\t满意度\t服务对象满意度\t≥90%\t反映社会公众或服务对象的满意程度。');
  w.blank();
  w.text('注：本表反映本部门整体绩效目标情况。本表金额转换为万元时，因四舍五入可能存在尾差。');
  w.blank();
}

function t12(ctx: TableContext): void {
  const { w, b } = ctx;
  const kind: TableKind = 'performance-projects';
  w.text(ctx.heading(ctx.yearTitle(b.wording === '2026' ? '部门预算项目绩效目标汇总表' : '部门预算项目绩效目标表')));
  w.blank();
  w.text(`部门名称：${b.deptName}`);
  w.blank();
  w.text('部门编码（项目编码）\t项目部门（项目名称）\t项目金额（万元）\t\t\t\t绩效目标\t\t\t\t\t\t\t');
  w.text('\t\t资金总额\t政府预算资金\t财政专户管理资金\t单位资金\t成本指标\t\t产出指标\t\t效益指标\t\t满意度指标\t');
  w.text('\t\t\t\t\t\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值\t三级指标\t指标值');
  const atoms = b.atoms.filter((a) => a.kind === 'project');
  const cols: Array<[string, Pred]> = [['total', all], ['govBudget', isFiscal], ['specialAccount', fund('specialAccount')], ['unitFunds', unitFunds]];
  const amounts = (label: string, p: Pred) => cols.map(([col, q]) => amountPiece(ctx, sumAtoms(atoms, and(p, q)), kind, label, col, { unit: '万元' }));
  const blanks = ['', '', '', '', '', '', '', ''];
  w.compose([b.deptCode, '', ...amounts(b.deptCode, all), ...blanks], '\t');
  b.units.forEach((u, ui) => {
    const ps = b.projects.filter((p) => p.unit === ui);
    if (ps.length === 0) return;
    w.compose([u.code, u.name, ...amounts(u.name, (a) => a.unit === ui), ...blanks], '\t');
    for (const p of ps) {
      w.compose([p.code, p.name, ...amounts(p.name, (a) => a.project === p.index), `${p.name}总成本`, '控制在预算内', '任务完成率', '≥95%', '工作效率提升', '明显', '服务对象满意度', '≥90%'], '\t');
    }
  });
  w.blank();
  w.text('注：本表反映本部门项目绩效目标情况。本表金额转换为万元时，因四舍五入可能存在尾差。');
  w.blank();
}

export function writeTables(ctx: TableContext): void {
  const { b } = ctx;
  const general: Pred = fund('general');
  const y = ctx.yearTitle;
  t01(ctx);
  t02(ctx);
  functionTable(ctx, 'expenditure', y(b.wording === '2026' ? '部门支出总体情况表' : '部门支出预算表'), '部门名称 (功能分类科目名称)', all, '支出总体情况');
  t04(ctx);
  functionTable(ctx, 'general-budget-expenditure', y(b.wording === '2026' ? '一般公共预算支出情况表' : '一般公共预算支出预算表'), '部门（科目）名称', general, '一般公共预算支出情况');
  t06(ctx);
  t07(ctx);
  t08(ctx);
  functionTable(ctx, 'gov-fund-expenditure', y(b.wording === '2026' ? '政府性基金预算支出情况表' : '政府性基金支出预算表'), '部门（科目名称）', fund('govFund'), '政府性基金支出情况',
    '说明：我部门没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。');
  t10(ctx);
  t11(ctx);
  t12(ctx);
}
