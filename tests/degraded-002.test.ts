import { HENAN_TEMPLATE } from '../src/template/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Row, Table, TableKind } from '../src/model/table.js';
import { recoverDegradedTable, resolveAcrossTables } from '../src/parse/degraded/index.js';
import type { TableBlock } from '../src/parse/tables/block.js';

// Seed 002 is the degraded extract: its tables (lines 320–1652) print cells split over lines,
// separated by spaces, with empty cells gone. Blocks are built by hand from the title lines.
const lines = readFileSync(new URL('../fixtures/002_d924ceb559bc64c1.txt', import.meta.url), 'utf8').split(/\r\n|\r|\n/);

function block(kind: TableKind, number: string, titleLine: number, end: number): TableBlock {
  return { kind, number, title: (lines[titleLine - 1] ?? '').trim(), titleLine, start: titleLine + 1, end, unit: '万元' };
}

const BLOCKS = [
  block('income-expenditure-summary', '01', 323, 394),
  block('income', '02', 397, 546),
  block('expenditure', '03', 549, 601),
  block('fiscal-summary', '04', 604, 678),
  block('general-budget-expenditure', '05', 681, 732),
  block('economic-summary', '07', 735, 926),
  block('project-expenditure', '10', 986, 1067),
  block('performance-overall', '11', 1070, 1513),
  block('performance-projects', '12', 1516, 1652),
];

const firstPass = BLOCKS.map((b) => recoverDegradedTable(lines, b, HENAN_TEMPLATE));
const tables = resolveAcrossTables(lines, firstPass, HENAN_TEMPLATE);
const table = (n: string) => tables.find((t) => t.number === n) as Table;

function rowAt(t: Table, line: number, side?: Row['side']): Row {
  const r = t.rows.find((x) => x.line === line && (side === undefined || x.side === side));
  if (!r) throw new Error(`no row at line ${line} in table ${t.number}`);
  return r;
}

/** the certain value of a cell, '' when certainly empty */
function at(t: Table, line: number, column: string, side?: Row['side']): string {
  const c = rowAt(t, line, side).cells.find((x) => x.column === column);
  if (!c) throw new Error(`no column ${column}`);
  expect(c.certainty).toBe('certain');
  return c.value ?? '';
}

/** every certain amount of a table as `line column=value`, to compare with the document whole */
function placed(t: Table): string[] {
  return t.rows.flatMap((r) =>
    r.cells.filter((c) => c.status === 'value' && c.certainty === 'certain').map((c) => `${r.line}${r.side ? ' ' + r.side : ''} ${c.column}=${c.value}`),
  );
}

describe('seed 002: every degraded table is recovered', () => {
  it('recovers tables 01, 02, 03, 04, 05, 07, 10, 11 and 12, nothing ambiguous or lost after cross-checks', () => {
    for (const t of tables) {
      expect(t.status, t.number).toBe('recovered');
      expect(t.recovery?.method).toBe('degraded');
      expect(t.recovery?.ambiguousCells, t.number).toBe(0);
      expect(t.recovery?.lostCells, t.number).toBe(0);
    }
  });
});

describe('01 部门收支总体情况表 (lines 323–394)', () => {
  const t = table('01');
  it('places both halves of each line', () => {
    // 330: 一、一般公共预算 50.65 一、一般公共服务 50.65
    expect(at(t, 330, 'amount', 'income')).toBe('50.65');
    expect(at(t, 330, 'amount', 'expenditure')).toBe('50.65');
    expect(rowAt(t, 330, 'expenditure').classCode).toBe('201');
    // 332: 其中：财政拨款 50.65 二、外交 (empty)
    expect(rowAt(t, 332, 'income').ofWhich).toBe(true);
    expect(at(t, 332, 'amount', 'income')).toBe('50.65');
    expect(at(t, 332, 'amount', 'expenditure')).toBe('');
    expect(rowAt(t, 332, 'expenditure').classCode).toBe('202');
    // 348: 九、其他收入 / 十、卫生健康; 350: 十一、节能环保 alone is an expenditure line
    expect(rowAt(t, 348, 'income').label).toBe('其他收入');
    expect(rowAt(t, 350, 'expenditure').classCode).toBe('211');
    expect(rowAt(t, 388, 'expenditure').classCode).toBe('234');
    // 390: 本 年 收 入 合 计 50.65 本 年 支 出 合 计 50.65
    expect(rowAt(t, 390, 'income').label).toBe('本年收入合计');
    expect(rowAt(t, 390, 'income').role).toBe('total');
    expect(at(t, 390, 'amount', 'income')).toBe('50.65');
    expect(at(t, 390, 'amount', 'expenditure')).toBe('50.65');
    // 392: 上年结转结余 年终结转结余 (both empty)
    expect(at(t, 392, 'amount', 'income')).toBe('');
    expect(rowAt(t, 392, 'expenditure').label).toBe('年终结转结余');
    // 394: 收 入 总 计 50.65 支 出 总 计 50.65
    expect(at(t, 394, 'amount', 'income')).toBe('50.65');
    expect(at(t, 394, 'amount', 'expenditure')).toBe('50.65');
    expect(placed(t)).toHaveLength(7);
  });
});

describe('02 部门收入总体情况表 (lines 397–546)', () => {
  const t = table('02');
  it('places 总计, 本年收入 合计, 一般公共预算 小计 and 其中财政拨款 on all three rows', () => {
    // 524: 合计 50.65 50.65 50.65 50.65 — four numbers for eighteen columns
    for (const line of [524, 526, 536]) {
      expect(at(t, line, 'total')).toBe('50.65');
      expect(at(t, line, 'current')).toBe('50.65');
      expect(at(t, line, 'general')).toBe('50.65');
      expect(at(t, line, 'general.fiscal')).toBe('50.65');
      expect(at(t, line, 'carryover')).toBe('');
      expect(at(t, line, 'govFund')).toBe('');
    }
    // 526–532: 047 中共新乡市红 / 旗区委区直机 / 关工作委员会; 536–544: 047001 … 会本级
    expect(rowAt(t, 526, undefined)).toMatchObject({ role: 'department', orgCode: '047', label: '中共新乡市红旗区委区直机关工作委员会' });
    expect(rowAt(t, 536, undefined)).toMatchObject({ role: 'unit', orgCode: '047001', label: '中共新乡市红旗区委区直机关工作委员会本级' });
    expect(rowAt(t, 536, undefined).cells.find((c) => c.column === 'total')?.line).toBe(546);
    expect(placed(t)).toHaveLength(12);
  });
});

for (const [n, first, dept, item1, item2] of [
  ['03', 591, 593, 599, 601],
  ['05', 720, 722, 728, 730],
] as const) {
  describe(`${n} (lines ${first}–${item2})`, () => {
    const t = table(n);
    it('places the basic and project split, 7 numbers for 9 columns', () => {
      // 合计 50.65 42.05 24.81 13.68 3.56 8.60 8.60
      for (const line of [first, dept]) {
        expect(at(t, line, 'total')).toBe('50.65');
        expect(at(t, line, 'basic')).toBe('42.05');
        expect(at(t, line, 'basic.wages')).toBe('24.81');
        expect(at(t, line, 'basic.family')).toBe('13.68');
        expect(at(t, line, 'basic.goods')).toBe('3.56');
        expect(at(t, line, 'basic.capital')).toBe('');
        expect(at(t, line, 'project')).toBe('8.60');
        expect(at(t, line, 'project.operating')).toBe('8.60');
        expect(at(t, line, 'project.specific')).toBe('');
      }
      // 201 36 01 行政运行 42.05 42.05 24.81 13.68 3.56
      expect(rowAt(t, item1).functionCode).toEqual({ code: '2013601', class: '201', kuan: '36', xiang: '01' });
      expect(rowAt(t, item1).label).toBe('行政运行');
      expect(at(t, item1, 'total')).toBe('42.05');
      expect(at(t, item1, 'basic.wages')).toBe('24.81');
      expect(at(t, item1, 'basic.family')).toBe('13.68');
      expect(at(t, item1, 'basic.goods')).toBe('3.56');
      expect(at(t, item1, 'project')).toBe('');
      // 201 36 99 其他共产党事务支出 8.60 8.60 8.60
      expect(rowAt(t, item2).functionCode?.xiang).toBe('99');
      expect(at(t, item2, 'total')).toBe('8.60');
      expect(at(t, item2, 'basic')).toBe('');
      expect(at(t, item2, 'project')).toBe('8.60');
      expect(at(t, item2, 'project.operating')).toBe('8.60');
      expect(rowAt(t, dept)).toMatchObject({ role: 'department', orgCode: '047' });
      expect(placed(t)).toHaveLength(22);
    });
  });
}

describe('04 财政拨款收支总体情况表 (lines 604–678)', () => {
  const t = table('04');
  it('places the income amount and the expenditure split', () => {
    // 615: 一、本年收入 50.65 一、本年支出 50.65 50.65 50.65
    expect(at(t, 615, 'amount', 'income')).toBe('50.65');
    expect(at(t, 615, 'total', 'expenditure')).toBe('50.65');
    expect(at(t, 615, 'general', 'expenditure')).toBe('50.65');
    expect(at(t, 615, 'general.fiscal', 'expenditure')).toBe('50.65');
    expect(at(t, 615, 'govFund', 'expenditure')).toBe('');
    // 617: （一）一般公共预算拨款 50.65 （一）一般公共服务支出 50.65 50.65 50.65
    expect(rowAt(t, 617, 'income')).toMatchObject({ label: '一般公共预算拨款', ordinal: '一' });
    expect(at(t, 617, 'amount', 'income')).toBe('50.65');
    expect(rowAt(t, 617, 'expenditure').classCode).toBe('201');
    expect(at(t, 617, 'total', 'expenditure')).toBe('50.65');
    expect(at(t, 617, 'general', 'expenditure')).toBe('50.65');
    expect(at(t, 617, 'general.fiscal', 'expenditure')).toBe('50.65');
    // 619: 其中：财政拨款 50.65 （二）外交支出
    expect(at(t, 619, 'amount', 'income')).toBe('50.65');
    expect(rowAt(t, 619, 'income').ofWhich).toBe(true);
    // 633: the obsolete （九）医疗卫生与计划生育支出 names no class; 635 （十）卫生健康支出 is 210
    expect(rowAt(t, 633, 'expenditure').classCode).toBeUndefined();
    expect(rowAt(t, 635, 'expenditure').classCode).toBe('210');
    // 676: 二、年终结转结余 is one expenditure line
    expect(rowAt(t, 676, 'expenditure').label).toBe('年终结转结余');
    expect(t.rows.filter((r) => r.line === 676)).toHaveLength(1);
    // 678: 收入合计： 50.65 支出合计 50.65 50.65 50.65
    expect(at(t, 678, 'amount', 'income')).toBe('50.65');
    expect(at(t, 678, 'total', 'expenditure')).toBe('50.65');
    expect(at(t, 678, 'general.fiscal', 'expenditure')).toBe('50.65');
    expect(placed(t)).toHaveLength(13);
  });
});

describe('07 支出经济分类汇总表 (lines 735–926)', () => {
  const t = table('07');
  it('reads paired economic codes and places 总计, 一般公共预算 小计, 其中财政拨款', () => {
    // 803–807: 301 02 津贴补贴 501 01 / 工资奖金 / 津补贴 / 5.62 5.62 5.62
    expect(rowAt(t, 803).econ).toEqual({ dept: { code: '30102', name: '津贴补贴' }, gov: { code: '50101', name: '工资奖金津补贴' } });
    expect(at(t, 803, 'total')).toBe('5.62');
    expect(at(t, 803, 'general')).toBe('5.62');
    expect(at(t, 803, 'general.fiscal')).toBe('5.62');
    // 815–824: 303 07 / 医疗费补 / 助 / 509 01 / 社会福利 / 和救助 / 0.13 0.13 0.13
    expect(rowAt(t, 815).econ?.dept?.name).toBe('医疗费补助');
    expect(at(t, 815, 'total')).toBe('0.13');
    // 840: 303 02 退休费 509 05 离退休费 12.70 12.70 12.70, then page number 18 at 844
    expect(at(t, 840, 'general')).toBe('12.70');
    // 846–855: 301 13 住房公积金 after the page break
    expect(rowAt(t, 846).econ?.gov?.code).toBe('50103');
    expect(at(t, 846, 'total')).toBe('2.18');
    expect(at(t, 857, 'total')).toBe('7.28');
    expect(at(t, 869, 'general.fiscal')).toBe('2.76');
    expect(at(t, 885, 'total')).toBe('0.04');
    expect(at(t, 896, 'total')).toBe('4.16');
    expect(at(t, 904, 'total')).toBe('0.40');
    expect(at(t, 926, 'general.fiscal')).toBe('0.17');
    // 787 合计 50.65 50.65 50.65, 789–801 047 … 50.65 50.65 50.65
    expect(at(t, 787, 'total')).toBe('50.65');
    expect(at(t, 789, 'general')).toBe('50.65');
    expect(at(t, 787, 'carryover')).toBe('');
    expect(t.rows.filter((r) => r.role === 'item')).toHaveLength(16);
    expect(placed(t)).toHaveLength(54);
  });
});

describe('10 项目支出表 (lines 986–1067)', () => {
  const t = table('10');
  it('reads type, name and unit, and places the amount in 一般公共预算', () => {
    // 1019: 8.60 8.60 (the unlabelled total line)
    expect(rowAt(t, 1019).role).toBe('total');
    expect(at(t, 1019, 'total')).toBe('8.60');
    expect(at(t, 1019, 'general')).toBe('8.60');
    expect(at(t, 1021, 'total')).toBe('8.60');
    expect(at(t, 1021, 'general')).toBe('8.60');
    // 1033–1049: 其他运转 / 类 / 党员教育培 / 训 / 中共新乡市 … 委员会本级 / 5.00 5.00
    expect(rowAt(t, 1033)).toMatchObject({
      label: '党员教育培训',
      project: { type: '其他运转类', unit: '中共新乡市红旗区委区直机关工作委员会本级' },
    });
    expect(at(t, 1033, 'total')).toBe('5.00');
    expect(at(t, 1033, 'general')).toBe('5.00');
    expect(at(t, 1033, 'carryover.general')).toBe('');
    expect(at(t, 1033, 'unitFunds')).toBe('');
    // 1051–1067: 基层党组织建设 3.60 3.60
    expect(rowAt(t, 1051).label).toBe('基层党组织建设');
    expect(at(t, 1051, 'total')).toBe('3.60');
    expect(at(t, 1051, 'general')).toBe('3.60');
    expect(placed(t)).toHaveLength(8);
  });
});

describe('11 整体绩效目标表 预算情况 (lines 1106–1118)', () => {
  const t = table('11');
  it('keys the budget lines by label', () => {
    const amount = (label: string) => t.rows.find((r) => r.label === label)?.cells[0]?.value ?? '';
    expect(amount('部门预算总额')).toBe('50.65'); // 1108
    expect(amount('政府预算资金')).toBe('50.65'); // 1110
    expect(amount('财政专户管理资金')).toBe(''); // 1112
    expect(amount('单位资金')).toBe(''); // 1114
    expect(amount('基本支出')).toBe('42.05'); // 1116
    expect(amount('项目支出')).toBe('8.60'); // 1118
    expect(placed(t)).toHaveLength(4);
  });
});

describe('12 项目绩效目标汇总表 (lines 1516–1652)', () => {
  const t = table('12');
  it('reads project codes and ignores the indicator values after the amounts', () => {
    // 1567: 047 8.60 8.60; 1569–1577: 047001 … 本级 8.60 8.60
    expect(rowAt(t, 1567)).toMatchObject({ role: 'department', orgCode: '047' });
    expect(at(t, 1567, 'total')).toBe('8.60');
    expect(at(t, 1567, 'govBudget')).toBe('8.60');
    expect(at(t, 1569, 'total')).toBe('8.60');
    expect(at(t, 1569, 'govBudget')).toBe('8.60');
    // 1579: 410702220000000008246 基层党组织建设 3.60 3.60, then ≤3.6 万元 … 2024 年 12 月 31日前
    expect(rowAt(t, 1579)).toMatchObject({ label: '基层党组织建设', project: { code: '410702220000000008246' } });
    expect(at(t, 1579, 'total')).toBe('3.60');
    expect(at(t, 1579, 'govBudget')).toBe('3.60');
    expect(at(t, 1579, 'unitFunds')).toBe('');
    // 1623: 410702220000000013229 党员教育培训 5.00 5.00
    expect(at(t, 1623, 'total')).toBe('5.00');
    expect(at(t, 1623, 'govBudget')).toBe('5.00');
    expect(t.rows).toHaveLength(4);
    expect(placed(t)).toHaveLength(8);
  });
});

describe('without the other tables, ambiguity stays explicit', () => {
  it('03 on its own cannot tell 工资福利 from 对个人和家庭的补助: the cells say so and guess nothing', () => {
    const t = firstPass.find((x) => x.number === '03') as Table;
    const wages = rowAt(t, 591).cells.find((c) => c.column === 'basic.wages');
    expect(wages).toMatchObject({ certainty: 'ambiguous', value: null });
    expect(wages?.alternatives?.sort()).toEqual(['0', '24.81']);
    // total, basic and project are certain from the arithmetic alone
    expect(at(t, 591, 'basic')).toBe('42.05');
    expect(at(t, 601, 'project')).toBe('8.60');
    expect(t.recovery?.ambiguousCells).toBeGreaterThan(0);
  });

  it('10 on its own leaves the funding column open among all eight', () => {
    const t = firstPass.find((x) => x.number === '10') as Table;
    const general = rowAt(t, 1033).cells.find((c) => c.column === 'general');
    expect(general?.certainty).toBe('ambiguous');
    expect(at(t, 1033, 'total')).toBe('5.00');
  });
});
