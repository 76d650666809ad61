import { Decimal } from 'decimal.js';
import { Writer, type Piece, type PrintedNumber } from '../generator/format.js';
import { createRng } from '../generator/prng.js';
import { generateAccounts, type Accounts, type ThreePublic } from './accounts.js';

export type { Accounts } from './accounts.js';

/**
 * One synthetic central 部门决算 (the 9 公开表 and a narrative in 决算 wording), fully determined by
 * its seed: exact atoms (accounts.ts), every printed figure rounded from them, laid out as the PDF
 * reader yields the real ones (tab-separated cells, blanks kept, 公开 0N 表).
 */
export interface FinalRelease {
  seed: number;
  name: string;
  text: string;
  printed: PrintedNumber[];
  accounts: Accounts;
}

const TEN_THOUSAND = new Decimal(10_000);
const ZERO = new Decimal(0);

const wan = (yuan: Decimal) => yuan.div(TEN_THOUSAND);
const round2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** a table cell: two decimals with separators, blank for zero */
function cellText(yuan: Decimal): string {
  if (yuan.isZero()) return '';
  const [int, frac] = round2(wan(yuan)).toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** a narrative amount: two decimals, trailing zeros dropped (13733.80 → 13733.8) */
function proseText(yuan: Decimal): string {
  return round2(wan(yuan)).toFixed();
}

function rateText(part: Decimal, whole: Decimal): string {
  return round2(part.mul(100).div(whole)).toFixed(2);
}

const cell = (yuan: Decimal, table: string, row: string, column: string): Piece => ({
  num: cellText(yuan),
  exact: wan(yuan),
  unit: '万元',
  where: { type: 'cell', table: 'final-accounts', row: `${table} ${row}`, column },
});
const prose = (yuan: Decimal, label: string): Piece => ({ num: proseText(yuan), exact: wan(yuan), unit: '万元', where: { type: 'claim', section: '决算', label } });
const rate = (part: Decimal, whole: Decimal, label: string): Piece => ({
  num: rateText(part, whole),
  exact: part.mul(100).div(whole),
  unit: '%',
  where: { type: 'claim', section: '决算', label },
});

const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), ZERO);

const CLASS_LINES = [
  '一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出',
  '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出',
  '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '国有资本经营预算支出', '灾害防治及应急管理支出', '其他支出',
];
const CLASS_CODE: Record<string, string> = { 一般公共服务支出: '201', 教育支出: '205', 社会保障和就业支出: '208', 卫生健康支出: '210', 住房保障支出: '221' };
const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三'];

function title(w: Writer, name: string, number: string, dept: string): void {
  w.text(name);
  w.text(`公开 ${number} 表`);
  w.text(`部门：${dept}\t金额单位：万元`);
  w.blank();
}

export function generateFinalRelease(seed: number): FinalRelease {
  const rng = createRng(seed);
  const a = generateAccounts(rng, seed);
  const w = new Writer();
  const dept = a.department;
  const fiscalSpent = (i: Accounts['items'][number]) => i.fiscalBasic.plus(i.fiscalProject);
  const spent = (i: Accounts['items'][number]) => fiscalSpent(i).plus(i.otherBasic);
  const byClass = (code: string) => a.items.filter((i) => i.cls.code === code);
  const classes = [...new Set(a.items.map((i) => i.cls))];
  const incomeFiscal = sum(a.items.map((i) => i.fiscalIncome));
  const incomeOther = sum(a.items.map((i) => i.otherIncome));
  const spentFiscal = sum(a.items.map(fiscalSpent));
  const spentAll = sum(a.items.map(spent));
  const opening = a.openingFiscal.plus(a.openingOther);
  const total = incomeFiscal.plus(incomeOther).plus(opening);
  const closingFiscal = a.openingFiscal.plus(incomeFiscal).minus(spentFiscal);
  const closing = total.minus(spentAll);
  const personnel = sum(a.economic.filter((e) => e.cls === '301' || e.cls === '303').map((e) => e.amount));
  const publicFunds = sum(a.economic.filter((e) => e.cls === '302' || e.cls === '310').map((e) => e.amount));

  w.text(dept);
  w.text(`${a.year} 年度部门决算`);
  w.blank();
  w.text('第一部分');
  w.text(`${dept}概况`);
  w.text(`${dept}部门决算包括：局本级决算。`);
  w.text('第二部分');
  w.text(`${dept} ${a.year} 年度部门决算表`);

  // 01
  title(w, '收入支出决算总表', '01', dept);
  w.text('收入\t\t\t支出\t\t');
  w.text('项目\t行次\t金额\t项目\t行次\t金额');
  const income01: Array<[string, Decimal]> = [
    ['一、一般公共预算财政拨款收入', incomeFiscal], ['二、政府性基金预算财政拨款收入', ZERO], ['三、国有资本经营预算财政拨款收入', ZERO], ['四、上级补助收入', ZERO],
    ['五、事业收入', ZERO], ['六、经营收入', ZERO], ['七、附属单位上缴收入', ZERO], ['八、其他收入', incomeOther],
  ];
  CLASS_LINES.forEach((name, i) => {
    const [il, iv] = income01[i] ?? ['', ZERO];
    const code = CLASS_CODE[name];
    const v = code ? sum(byClass(code).map(spent)) : ZERO;
    w.compose([il, String(i + 1), cell(iv, '01', il, '金额'), `${ORD[i]}、${name}`, String(32 + i), cell(v, '01', name, '金额')], '\t');
  });
  w.compose(['本年收入合计', '27', cell(incomeFiscal.plus(incomeOther), '01', '本年收入合计', '金额'), '本年支出合计', '58', cell(spentAll, '01', '本年支出合计', '金额')], '\t');
  w.compose(['使用非财政拨款结余', '28', '', '结余分配', '59', ''], '\t');
  w.compose(['年初结转和结余', '29', cell(opening, '01', '年初结转和结余', '金额'), '年末结转和结余', '60', cell(closing, '01', '年末结转和结余', '金额')], '\t');
  w.compose(['总计', '31', cell(total, '01', '总计', '收入'), '总计', '62', cell(total, '01', '总计', '支出')], '\t');
  w.blank();
  w.text('注：本表反映部门本年度的总收支和年末结转结余情况。');

  // 02, 03, 05: coded rows
  const coded = (name: string, number: string, header: string, cols: Array<(i: Accounts['items'][number]) => Decimal>) => {
    title(w, name, number, dept);
    w.text(header);
    w.text('科目代码\t科目名称');
    const row = (code: string, label: string, items: Accounts['items']) =>
      w.compose([code, label, ...cols.map((f, k) => cell(sum(items.map(f)), number, `${code}${label}`, String(k + 1)))], '\t');
    row('合计', '', a.items);
    for (const c of classes) {
      row(c.code, c.name, byClass(c.code));
      row(c.kuan.code, c.kuan.name, byClass(c.code));
      for (const i of byClass(c.code)) row(i.item.code, i.item.name, [i]);
    }
    w.blank();
    w.text('注：本表反映部门本年度情况。');
  };
  coded('收入决算表', '02', '项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入', [
    (i) => i.fiscalIncome.plus(i.otherIncome), (i) => i.fiscalIncome, () => ZERO, () => ZERO, () => ZERO, () => ZERO, (i) => i.otherIncome,
  ]);
  coded('支出决算表', '03', '项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出', [
    spent, (i) => i.fiscalBasic.plus(i.otherBasic), (i) => i.fiscalProject, () => ZERO, () => ZERO, () => ZERO,
  ]);

  // 04
  title(w, '财政拨款收入支出决算总表', '04', dept);
  w.text('项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款');
  const income04 = [['一、一般公共预算财政拨款', incomeFiscal], ['二、政府性基金预算财政拨款', ZERO], ['三、国有资本经营预算财政拨款', ZERO]] as const;
  CLASS_LINES.forEach((name, i) => {
    const [il, iv] = income04[i] ?? ['', ZERO];
    const code = CLASS_CODE[name];
    const v = code ? sum(byClass(code).map(fiscalSpent)) : ZERO;
    w.compose([il, String(i + 1), cell(iv, '04', il, '金额'), `${ORD[i]}、${name}`, String(33 + i), cell(v, '04', name, '合计'), cell(v, '04', name, '一般公共预算'), '', ''], '\t');
  });
  w.compose(['本年收入合计', '27', cell(incomeFiscal, '04', '本年收入合计', '金额'), '本年支出合计', '59', cell(spentFiscal, '04', '本年支出合计', '合计'), cell(spentFiscal, '04', '本年支出合计', '一般'), '', ''], '\t');
  w.compose(['年初财政拨款结转和结余', '28', cell(a.openingFiscal, '04', '年初结转', '金额'), '年末财政拨款结转和结余', '60', cell(closingFiscal, '04', '年末结转', '合计'), cell(closingFiscal, '04', '年末结转', '一般'), '', ''], '\t');
  w.compose(['一般公共预算财政拨款', '29', cell(a.openingFiscal, '04', '年初结转 一般', '金额'), '', '61', '', '', '', ''], '\t');
  w.compose(['政府性基金预算财政拨款', '30', '', '', '62', '', '', '', ''], '\t');
  w.compose(['国有资本经营预算财政拨款', '31', '', '', '63', '', '', '', ''], '\t');
  const total04 = a.openingFiscal.plus(incomeFiscal);
  w.compose(['总计', '32', cell(total04, '04', '总计', '收入'), '总计', '64', cell(total04, '04', '总计', '合计'), cell(total04, '04', '总计', '一般'), '', ''], '\t');
  w.blank();
  w.text('注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。');

  coded('一般公共预算财政拨款支出决算表', '05', '项目\t\t本年支出\t\t', [fiscalSpent, (i) => i.fiscalBasic, (i) => i.fiscalProject]);

  // 06: 人员经费 (301, 303) ‖ 公用经费 (302) ‖ 公用经费 (310)
  title(w, '一般公共预算财政拨款基本支出决算表', '06', dept);
  w.text('人员经费\t\t\t公用经费\t\t\t\t\t');
  w.text('科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数');
  const block = (classesOf: string[]) =>
    classesOf.flatMap((cls) => {
      const items = a.economic.filter((e) => e.cls === cls);
      if (items.length === 0) return [];
      return [{ code: cls, name: items[0]!.clsName, amount: sum(items.map((e) => e.amount)) }, ...items];
    });
  const blocks = [block(['301', '303']), block(['302']), block(['310'])];
  const height = Math.max(...blocks.map((b) => b.length));
  for (let r = 0; r < height; r++)
    w.compose(
      blocks.flatMap((b) => {
        const e = b[r];
        return e ? [e.code, e.name, cell(e.amount, '06', e.code, '决算数')] : ['', '', ''];
      }),
      '\t',
    );
  w.compose(['人员经费合计', '', cell(personnel, '06', '人员经费合计', '决算数'), '公用经费合计', '', '', '', '', cell(publicFunds, '06', '公用经费合计', '决算数')], '\t');
  w.blank();
  w.text('注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。');

  // 07, 08: printed empty
  title(w, '政府性基金预算财政拨款收入支出决算表', '07', dept);
  w.text('项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余');
  w.text('合计\t\t\t\t\t\t\t');
  w.text(`说明：${dept}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`);
  title(w, '国有资本经营预算财政拨款支出决算表', '08', dept);
  w.text('项目\t\t本年支出\t\t');
  w.text('合计\t\t\t\t');
  w.text(`说明：${dept}没有国有资本经营预算，也没有使用国有资本经营预算安排的支出，故本表无数据。`);

  // 09
  title(w, '一般公共预算财政拨款“三公”经费支出决算表', '09', dept);
  w.text('预算数\t\t\t\t\t\t决算数\t\t\t\t\t');
  w.text('1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12');
  const three = (t: ThreePublic, stage: string): Piece[] => [
    cell(t.abroad.plus(t.purchase).plus(t.operation).plus(t.reception), '09', stage, '合计'),
    cell(t.abroad, '09', stage, '出国'),
    cell(t.purchase.plus(t.operation), '09', stage, '公务用车小计'),
    cell(t.purchase, '09', stage, '购置'),
    cell(t.operation, '09', stage, '运行维护'),
    cell(t.reception, '09', stage, '接待'),
  ];
  w.compose([...three(a.budget3, '预算数'), ...three(a.actual3, '决算数')], '\t');
  w.blank();
  w.text('注：本表反映部门本年度“三公”经费支出预决算情况。');

  // narrative
  w.text('第三部分');
  w.text(`${dept} ${a.year} 年度部门决算情况说明`);
  const prior = a.year - 1;
  const growth = (label: string, current: Decimal, last: Decimal): Piece[] => {
    const change = current.minus(last);
    const up = change.gte(0);
    return [
      `${label}`, prose(current, label), `万元，比${prior}年度决算数${up ? '增加' : '减少'}`, prose(change.abs(), label), `万元，${up ? '增长' : '降低'}`, rate(change.abs(), last, label), '%。',
    ];
  };
  w.text('一、收入支出决算总体情况说明');
  const t = growth(`${dept}${a.year}年度收、支总计`, total, a.prior.total);
  t[2] = `万元，与${prior}年相比，收、支总计各${(t[2] as string).endsWith('增加') ? '增加' : '减少'}`;
  w.compose(t);
  w.text('（一）收入决算具体情况');
  w.compose(['1.', ...growth('一般公共预算财政拨款收入', incomeFiscal, a.prior.fiscalIncome)]);
  // shares of the year's income: of the amount the sentence opens with (其中：…)
  w.text('二、收入决算情况说明');
  const incomeAll = incomeFiscal.plus(incomeOther);
  w.compose([
    `${dept}${a.year}年度本年收入合计`, prose(incomeAll, '本年收入合计'), '万元，其中：一般公共预算财政拨款收入', prose(incomeFiscal, '财政拨款收入'), '万元，占',
    rate(incomeFiscal, incomeAll, '财政拨款收入占比'), '%；其他收入', prose(incomeOther, '其他收入'), '万元，占', rate(incomeOther, incomeAll, '其他收入占比'), '%。',
  ]);
  w.text('三、一般公共预算财政拨款支出决算情况说明');
  const budgetTotal = sum(a.items.map((i) => i.initialBudget));
  w.compose([`${dept}${a.year}年度财政拨款支出年初预算为`, prose(budgetTotal, '年初预算'), '万元，支出决算为', prose(spentFiscal, '支出决算'), '万元，完成年初预算的', rate(round2(wan(spentFiscal)), round2(wan(budgetTotal)), '完成率'), '%。其中：']);
  a.items.forEach((i, k) => {
    const label = `${i.cls.short}（类）${i.cls.kuan.name}（款）${i.item.name}（项）`;
    w.text(`${k + 1}.${label}。`);
    const actual = fiscalSpent(i);
    const cmp = new Decimal(proseText(actual)).comparedTo(new Decimal(proseText(i.initialBudget)));
    const word = cmp > 0 ? '大于' : cmp < 0 ? '小于' : '等于';
    w.compose(['年初预算为', prose(i.initialBudget, label), '万元，支出决算为', prose(actual, label), '万元，完成年初预算的', rate(round2(wan(actual)), round2(wan(i.initialBudget)), label), '%。']);
    w.text(cmp === 0 ? '决算数等于预算数。' : `决算数${word}预算数的主要原因是${i.reason}。`);
  });
  w.text('四、一般公共预算财政拨款“三公”经费支出决算情况说明');
  const tot = (x: ThreePublic) => x.abroad.plus(x.purchase).plus(x.operation).plus(x.reception);
  const b3 = a.budget3;
  const a3 = a.actual3;
  // a rate from the printed figures the sentence and table 09 show, as an author computes it
  const r = (actual: Decimal, budget: Decimal, label: string) => rate(round2(wan(actual)), round2(wan(budget)), label);
  w.compose([`${dept}${a.year}年度“三公”经费财政拨款支出预算为`, prose(tot(b3), '三公预算'), `万元，${a.year}年度支出决算为`, prose(tot(a3), '三公决算'), '万元，完成预算的', r(tot(a3), tot(b3), '三公'), '%。']);
  w.compose(['其中：因公出国（境）费支出决算为', prose(a3.abroad, '出国'), '万元，完成预算的', r(a3.abroad, b3.abroad, '出国'), '%；']);
  w.compose(['公务用车购置及运行费支出决算为', prose(a3.purchase.plus(a3.operation), '公务用车'), '万元，完成预算的', r(a3.purchase.plus(a3.operation), b3.purchase.plus(b3.operation), '公务用车'), '%；']);
  w.compose(['公务接待费支出决算为', prose(a3.reception, '接待'), '万元，完成预算的', r(a3.reception, b3.reception, '接待'), '%。']);
  const cmp3 = new Decimal(proseText(tot(a3))).comparedTo(new Decimal(proseText(tot(b3))));
  w.text(`“三公”经费支出决算数${cmp3 > 0 ? '大于' : cmp3 < 0 ? '小于' : '等于'}预算数的主要原因是从严控制“三公”经费开支。`);
  // shares of the 三公 total: the paragraph states no total, its opening words name table 09's
  if (tot(a3).gt(0)) {
    const whole = round2(wan(tot(a3)));
    const share = (x: Decimal, label: string) => rate(round2(wan(x)), whole, label);
    w.text('（二）“三公”经费财政拨款支出决算具体情况说明');
    w.compose([
      `${a.year}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算`, prose(a3.abroad, '出国'), '万元，占', share(a3.abroad, '出国占比'),
      '%；公务用车购置及运行费支出决算', prose(a3.purchase.plus(a3.operation), '公务用车'), '万元，占', share(a3.purchase.plus(a3.operation), '公务用车占比'),
      '%；公务接待费支出决算', prose(a3.reception, '接待'), '万元，占', share(a3.reception, '接待占比'), '%。',
    ]);
  }
  w.text('五、机关运行经费支出说明');
  w.compose(growth(`${a.year}年度机关运行经费支出`, publicFunds, a.prior.publicFunds));
  w.text('第四部分');
  w.text('名词解释');
  w.text('一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。');
  return { seed, name: `final-${String(seed).padStart(6, '0')}.txt`, text: w.toString(), printed: w.printed, accounts: a };
}
