import { Decimal } from 'decimal.js';
import { CLASS_NAMES, chineseMonth, chineseYear } from './catalog.js';
import { sumAtoms, type Atom, type Budget, type LastKey } from './budget.js';
import { percent, round2, toWan, type Piece, type Writer } from './format.js';
import { threePublic } from './tables.js';

/**
 * The cover, 目录, 第一部分 and the narrative 一…九 of 第二部分, in the 2026 wording (seeds 000/001) or
 * the 2022 wording with markdown headings (seed 004). Every amount, share and growth rate is the
 * rounding of an exact value computed from the atoms and last year's figures.
 */
interface Ctx {
  w: Writer;
  b: Budget;
  section: string;
}

const is2022 = (b: Budget) => b.wording === '2022';

/** an amount in 万元 as the narrative prints it: 0 for zero; 2022 drops trailing zeros (16.1, 46) */
function wan(c: Ctx, yuan: Decimal, label: string): Piece {
  const exact = toWan(yuan);
  const r = round2(exact);
  const text = r.isZero() ? '0' : is2022(c.b) ? r.toString() : r.toFixed(2);
  return { num: text, exact, unit: '万元', where: { type: 'claim', section: c.section, label } };
}

function pct(c: Ctx, part: Decimal, whole: Decimal, label: string): Piece {
  const exact = percent(part, whole);
  return { num: round2(exact).toFixed(2), exact, unit: '%', where: { type: 'claim', section: c.section, label } };
}

function count(c: Ctx, n: number, unit: '辆' | '台', label: string): Piece {
  return { num: String(n), exact: new Decimal(n), unit, where: { type: 'claim', section: c.section, label } };
}

/** 2022 prints spaces around numbers: `收入总计 462.78 万元` */
function sp(c: Ctx): string {
  return is2022(c.b) ? ' ' : '';
}

/** `比2025年增加A万元，增长B%` / `减少…下降` / `与2025年持平` (2022: `降低`, `与上年保持一致`) */
function change(c: Ctx, now: Decimal, before: Decimal, label: string, opts: { rate?: boolean; prefix?: string } = {}): Piece[] {
  const s = sp(c);
  const prev = c.b.year - 1;
  const rate = opts.rate ?? true;
  const diff = now.minus(before);
  if (diff.isZero()) return [is2022(c.b) ? '与上年保持一致' : `与${prev}年持平`];
  const up = diff.gt(0);
  const out: Piece[] = [`${opts.prefix ?? `比${s}${prev}${s}年`}${up ? '增加' : '减少'}${s}`, wan(c, diff.abs(), `${label}增减额`), `${s}万元`];
  if (rate) out.push(`，${up ? '增长' : is2022(c.b) ? '降低' : '下降'}${s}`, pct(c, diff.abs(), before, `${label}增减率`), '%');
  return out;
}

function heading(c: Ctx, level: number, text: string): void {
  c.w.text(is2022(c.b) ? `${'#'.repeat(level)} ${text}` : text);
  c.w.blank();
}

function para(c: Ctx, pieces: Piece[]): void {
  c.w.compose(pieces);
  c.w.blank();
}

export function writeFront(w: Writer, b: Budget): void {
  const c: Ctx = { w, b, section: 'cover' };
  const y = b.year;
  w.blank();
  if (is2022(b)) {
    heading(c, 1, b.deptName);
    heading(c, 2, `${y} 年度部门预算`);
  } else {
    w.text(`${y}年度`);
    w.text(b.deptName);
    w.text('部门预算');
    w.blank();
  }
  w.text(`${chineseYear(y)}年${chineseMonth(b.month)}`);
  w.blank();
  heading(c, 1, '目 录');
  heading(c, 2, `第一部分 ${b.deptName}概况`);
  w.text('- 一、主要职责');
  w.text('- 二、部门所属预算单位构成情况');
  w.blank();
  heading(c, 2, `第二部分 ${b.deptName}${y}年部门预算情况说明`);
  heading(c, 2, '第三部分 名词解释');
  heading(c, 2, `附件：${b.deptName}${y}年部门预算表`);
  const names = is2022(b)
    ? ['部门收支预算表', '部门收入预算表', '部门支出预算表', '部门财政拨款收支总体情况表', '一般公共预算支出预算表', '一般公共预算基本支出表', '支出经济分类汇总表',
      '一般公共预算“三公”经费预算表', '政府性基金支出预算表', '项目支出预算表', '部门（单位）整体绩效目标表', '部门预算项目绩效目标表']
    : ['部门收支总体情况表', '部门收入总体情况表', '部门支出总体情况表', '财政拨款收支总体情况表', '一般公共预算支出情况表', '一般公共预算基本支出表',
    '支出经济分类汇总表', '一般公共预算“三公”经费支出情况表', '政府性基金预算支出情况表', '项目支出表', '部门（单位）整体绩效目标表', '部门预算项目绩效目标汇总表'];
  const ords = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  names.forEach((n, i) => w.text(`- ${ords[i]}、${n}`));
  w.blank();
  heading(c, 2, '第一部分');
  heading(c, 3, `${b.deptName}概况`);
  heading(c, 4, `一、${b.deptName}主要职责`);
  b.sector.duties.forEach((d, i) => {
    w.text(`${i + 1}. ${d}`);
    w.blank();
  });
  heading(c, 4, `二、${b.deptName}部门所属预算单位构成情况`);
  w.text(`${b.deptName}部门预算包括本级预算和所属单位预算。所属单位包括：`);
  w.blank();
  b.units.forEach((u, i) => w.text(`- ${i + 1}、${i === 0 ? `${b.deptName}（本级）` : u.name}`));
  w.blank();
}

export function writeNarrative(w: Writer, b: Budget): void {
  const c: Ctx = { w, b, section: '' };
  const s = sp(c);
  const y = b.year;
  const prev = y - 1;
  const sum = (p: (a: Atom) => boolean) => sumAtoms(b.atoms, p);
  const last = (k: LastKey) => b.last[k];
  const who = is2022(b) ? `${b.deptName}${s}${y}${s}年` : `${b.deptName}${y}年`;
  const M = `${s}万元`;

  heading(c, 2, '第二部分');
  heading(c, 1, `${b.deptName}${s}${y}${s}年部门预算情况说明`);

  // 一、收入支出预算总体情况
  c.section = '一';
  heading(c, 3, '一、收入支出预算总体情况说明');
  const total = sum(() => true);
  const reason = '主要原因：人员及业务工作变化';
  para(c, [
    `${who}收入总计${s}`, wan(c, total, '收入总计'), `${M}，支出总计${s}`, wan(c, total, '支出总计'), `${M}，与${s}${prev}${s}年预算相比，`,
    ...change(c, total, last('total'), '收入总计', { prefix: '收入' }), `，${reason}。`,
    ...change(c, total, last('total'), '支出总计', { prefix: '支出' }), `，${reason}。`,
  ]);

  // 二、收入预算总体情况
  c.section = '二';
  heading(c, 3, '二、收入预算总体情况说明');
  const cur = (f: string) => sum((a) => a.year === 'current' && a.fund === f);
  const carry = sum((a) => a.year === 'carry');
  const parts: Array<[string, Decimal]> = is2022(b)
    ? [['一般公共预算', cur('general')], ['政府性基金预算', cur('govFund')], ['国有资本经营预算', cur('stateCapital')], ['纳入财政专户管理经费', cur('specialAccount')],
      ['事业收入', cur('business')], ['其他收入', cur('other')], ['部门财政性资金结转', carry]]
    : [['一般公共预算', cur('general')], ['政府性基金预算', cur('govFund')], ['国有资本经营预算', cur('stateCapital')], ['财政专户管理资金收入', cur('specialAccount')],
      ['事业收入', cur('business')], ['事业单位经营收入', new Decimal(0)], ['上级补助收入', new Decimal(0)], ['附属单位上缴收入', new Decimal(0)], ['其他收入', cur('other')], ['上年结转结余', carry]];
  const listed: Piece[] = [];
  parts.forEach(([name, v], i) => listed.push(`${i > 0 ? '；' : ''}${name}${s}`, wan(c, v, name), M));
  para(c, [`${who}收入合计${s}`, wan(c, total, '收入合计'), `${M}，其中：`, ...listed, '。']);

  // 三、支出预算总体情况
  c.section = '三';
  heading(c, 3, '三、支出预算总体情况说明');
  const basic = sum((a) => a.kind === 'basic');
  const project = sum((a) => a.kind === 'project');
  para(c, [`${who}支出合计${s}`, wan(c, total, '支出合计'), `${M}，其中：基本支出${s}`, wan(c, basic, '基本支出'), `${M}，占${s}`, pct(c, basic, total, '基本支出占比'),
    `%；项目支出${s}`, wan(c, project, '项目支出'), `${M}，占${s}`, pct(c, project, total, '项目支出占比'), '%。']);

  // 四、财政拨款收支
  c.section = '四';
  heading(c, 3, is2022(b) ? '四、财政拨款收入支出预算总体情况说明' : '四、财政拨款收入支出总体情况说明');
  const general = sum((a) => a.fund === 'general');
  const govFund = sum((a) => a.fund === 'govFund');
  const stateCapital = sum((a) => a.fund === 'stateCapital');
  const fiscal: Piece[] = [`${who}一般公共预算收支预算${s}`, wan(c, general, '一般公共预算收支预算'), `${M}，政府性基金收支预算${s}`, wan(c, govFund, '政府性基金收支预算'), M];
  if (!is2022(b) || !stateCapital.isZero()) fiscal.push(`，国有资本经营收支预算${s}`, wan(c, stateCapital, '国有资本经营收支预算'), M);
  fiscal.push(`。与${s}${prev}${s}年相比，一般公共预算收支预算`, ...change(c, general, last('general'), '一般公共预算收支预算', { prefix: '' }), '，主要原因：财政拨款变化；');
  fiscal.push('政府性基金收支预算', ...change(c, govFund, last('govFund'), '政府性基金收支预算', { prefix: '' }));
  if (!is2022(b) || !stateCapital.isZero()) fiscal.push('；国有资本经营收支预算', ...change(c, stateCapital, last('stateCapital'), '国有资本经营收支预算', { prefix: '' }));
  fiscal.push('。');
  para(c, fiscal);

  // 五、一般公共预算支出
  c.section = '五';
  heading(c, 2, is2022(b) ? '五、一般公共预算支出预算情况说明' : '五、一般公共预算支出情况说明');
  const classes = [...new Set(b.atoms.filter((a) => a.fund === 'general').map((a) => a.item.slice(0, 3)))].sort();
  const classParts: Piece[] = [];
  classes.forEach((cls, i) => {
    const v = sum((a) => a.fund === 'general' && a.item.startsWith(cls));
    const name = `${CLASS_NAMES[cls]}（类）支出`;
    classParts.push(`${i > 0 ? '；' : ''}${name}${s}`, wan(c, v, name), `${M}，占${s}`, pct(c, v, general, `${name}占比`), '%');
  });
  const gBasic = sum((a) => a.fund === 'general' && a.kind === 'basic');
  const gProject = sum((a) => a.fund === 'general' && a.kind === 'project');
  if (is2022(b))
    para(c, [`${b.deptName}${s}${y}${s}年一般公共预算支出年初预算为${s}`, wan(c, general, '一般公共预算支出'), `${M}，其中：基本支出${s}`, wan(c, gBasic, '一般公共预算基本支出'), `${M}，占${s}`,
      pct(c, gBasic, general, '一般公共预算基本支出占比'), `%；项目支出${s}`, wan(c, gProject, '一般公共预算项目支出'), `${M}，占${s}`, pct(c, gProject, general, '一般公共预算项目支出占比'),
      '%。主要用于以下方面：', ...classParts, '。']);
  else para(c, [`${who}一般公共预算支出年初预算为`, wan(c, general, '一般公共预算支出'), '万元。其中：', ...classParts, '。']);

  // 六、一般公共预算基本支出
  c.section = '六';
  heading(c, 2, is2022(b) ? '六、一般公共预算基本和项目支出预算情况说明' : '六、一般公共预算基本支出情况说明');
  const personnel = sum((a) => a.fund === 'general' && a.kind === 'basic' && (a.econ.startsWith('301') || a.econ.startsWith('303')));
  const pub = sum((a) => a.fund === 'general' && a.kind === 'basic' && (a.econ.startsWith('302') || a.econ.startsWith('310')));
  const pe = is2022(b) ? '人员经费支出' : '人员经费';
  const pu = is2022(b) ? '公用经费支出' : '公用经费';
  para(c, [`${who}一般公共预算基本支出年初预算为${s}`, wan(c, gBasic, '一般公共预算基本支出'), `${M}。其中：${pe}${s}`, wan(c, personnel, '人员经费'), `${M}，占${s}`, pct(c, personnel, gBasic, '人员经费占比'),
    is2022(b) ? '%' : '%，主要包括：基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等', `；${pu}${s}`, wan(c, pub, '公用经费'), `${M}，占${s}`, pct(c, pub, gBasic, '公用经费占比'),
    is2022(b) ? '%。' : '%，主要包括：办公费、邮电费、差旅费、工会经费、其他商品和服务支出等。']);

  // 七、三公
  c.section = '七';
  heading(c, 2, is2022(b) ? '七、“三公”经费支出情况说明' : '七、一般公共预算“三公”经费支出预算情况说明');
  const t = threePublic(b);
  const rate = !is2022(b);
  const yoy = (now: Decimal, k: LastKey, label: string): Piece[] => change(c, now, last(k), label, { rate, prefix: `比${s}${prev}${s}年` });
  para(c, [`${is2022(b) ? '我部门' : b.deptName}${s}${y}${s}年“三公”经费预算为${s}`, wan(c, t.total, '“三公”经费'), `${M}。${s}${y}${s}年“三公”经费支出预算数`,
    ...yoy(t.total, 'threePublic', '“三公”经费'), '。']);
  w.text('具体支出情况如下：');
  w.blank();
  const b1 = is2022(b) ? ['**（一）因公出国（境）费**', '**（二）公务接待费**', '**（三）公务用车购置及运行费**'] : ['(一) 因公出国（境）费', '(二) 公务接待费', '(三) 公务用车购置及运行费'];
  para(c, [`${b1[0]} `, wan(c, t.abroad, '因公出国（境）费'), `${M}，主要用于单位工作人员公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出。预算数`, ...yoy(t.abroad, 'abroad', '因公出国（境）费'), '。']);
  para(c, [`${b1[1]} `, wan(c, t.reception, '公务接待费'), `${M}，主要用于按规定开支的各类公务接待（含外宾接待）支出。预算数`, ...yoy(t.reception, 'reception', '公务接待费'), '。']);
  para(c, [`${b1[2]} `, wan(c, t.vehicle, '公务用车购置及运行费'), `${M}，其中，公务用车购置费${s}`, wan(c, t.vehiclePurchase, '公务用车购置费'), `${M}；公务用车运行维护费${s}`,
    wan(c, t.vehicleOperation, '公务用车运行维护费'), `${M}，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费等支出。公务用车购置费预算数`,
    ...yoy(t.vehiclePurchase, 'vehiclePurchase', '公务用车购置费'), '，公务用车运行维护费预算数', ...yoy(t.vehicleOperation, 'vehicleOperation', '公务用车运行维护费'), '，主要原因：按实际需要安排。']);

  // 八、政府性基金
  c.section = '八';
  heading(c, 2, is2022(b) ? '**八、政府性基金预算支出情况说明**' : '八、政府性基金预算支出情况说明');
  const who8 = is2022(b) ? `我部门${s}${y}${s}年` : who;
  if (govFund.isZero()) para(c, [`${who8}无使用政府性基金预算拨款安排的支出，年初预算为${s}`, wan(c, govFund, '政府性基金预算支出'), `${M}。`]);
  else {
    const fundClasses = [...new Set(b.atoms.filter((a) => a.fund === 'govFund').map((a) => a.item.slice(0, 3)))].sort();
    const fp: Piece[] = [];
    fundClasses.forEach((cls, i) => {
      const v = sum((a) => a.fund === 'govFund' && a.item.startsWith(cls));
      const name = `${CLASS_NAMES[cls]}（类）支出`;
      fp.push(`${i > 0 ? '；' : ''}${name}${s}`, wan(c, v, `政府性基金${name}`), `${M}，占${s}`, pct(c, v, govFund, `政府性基金${name}占比`), '%');
    });
    para(c, [`${who8}政府性基金预算拨款安排的支出${s}`, wan(c, govFund, '政府性基金预算支出'), `${M}，其中：`, ...fp, '。']);
  }

  // 九、其他重要事项
  c.section = '九';
  heading(c, 2, is2022(b) ? '**九、其他重要事项情况说明**' : '九、其他重要事项情况说明');
  heading(c, 3, is2022(b) ? '**（一）行政（事业）部门机构运转经费**' : '（一）行政单位机构运转经费');
  const op: Piece[] = [`${who}机构运转经费支出预算${s}`, wan(c, pub, '机构运转经费'), `${M}，主要保障机构正常运转及正常履职需要的办公费、水电费、差旅费等支出`];
  if (!is2022(b)) op.push('，', ...change(c, pub, last('operatingFunds'), '机构运转经费', { prefix: '比上年' }));
  op.push('。');
  para(c, op);
  heading(c, 2, '（二）政府采购支出情况');
  const pr = b.procurement;
  para(c, [`${y}年政府采购预算安排`, wan(c, pr.goods.plus(pr.works).plus(pr.services), '政府采购'), '万元，其中：政府采购货物预算', wan(c, pr.goods, '政府采购货物'),
    '万元、政府采购工程预算', wan(c, pr.works, '政府采购工程'), '万元、政府采购服务预算', wan(c, pr.services, '政府采购服务'), '万元。']);
  heading(c, 2, '（三）绩效目标设置情况');
  para(c, [`${who}预算项目均按要求编制了绩效目标，从成本、产出、效益、满意度等方面设置了绩效指标。`]);
  heading(c, 2, '（四）国有资产占用情况');
  const v = b.vehicles;
  para(c, [`${prev}年期末，${b.deptName}共有车辆`, count(c, v.general + v.enforcement + v.special + v.other, '辆', '车辆'), '辆，其中：一般公务用车', count(c, v.general, '辆', '一般公务用车'),
    '辆、一般执法执勤用车', count(c, v.enforcement, '辆', '一般执法执勤用车'), '辆、特种专业技术用车', count(c, v.special, '辆', '特种专业技术用车'), '辆、其他用车', count(c, v.other, '辆', '其他用车'),
    '辆；单位价值50万元以上通用设备', count(c, 0, '台', '通用设备'), '台（套），单位价值100万元以上专用设备', count(c, 0, '台', '专用设备'), '台（套）。']);
  heading(c, 2, '（五）专项转移支付项目情况');
  para(c, [`${who}无负责管理的专项转移支付项目。`]);
}

export function writeGlossary(w: Writer, b: Budget): void {
  w.text(is2022(b) ? '### 第三部分 名词解释' : '第三部分 名词解释');
  w.blank();
  w.text('一、财政拨款收入：是指同级财政当年拨付的资金；包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。');
  w.blank();
  w.text('二、基本支出：是指为保障机构正常运转、完成日常工作任务所必需的开支，其内容包括人员经费和日常公用经费两部分。');
  w.blank();
  w.text('三、项目支出：是指在基本支出之外，为完成特定的行政工作任务或事业发展目标所发生的支出。');
  w.blank();
  w.text(`附件：${b.deptName}${b.year}年部门预算表`);
  w.blank();
}
