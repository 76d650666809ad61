import { describe, expect, it } from 'vitest';
import { Table as TableSchema } from '../src/model/table.js';
import { seedTables } from './helpers/seed-tables.js';

const { tables, tableNo, rowAt, cellAt, valueAt, printedAmounts, valueCells } = seedTables('000_52f5b89fd5e0ecf0.txt', 2026);

describe('seed 000: 中国共产党新乡市红旗区委员会办公室 2026', () => {
  it('finds all 12 tables in the attachment part, in order, with their title lines', () => {
    expect(tables.map((t) => [t.number, t.kind, t.titleLine])).toEqual([
      ['01', 'income-expenditure-summary', 187],
      ['02', 'income', 231],
      ['03', 'expenditure', 247],
      ['04', 'fiscal-summary', 266],
      ['05', 'general-budget-expenditure', 311],
      ['06', 'general-budget-basic', 330],
      ['07', 'economic-summary', 372],
      ['08', 'three-public', 415],
      ['09', 'gov-fund-expenditure', 428],
      ['10', 'project-expenditure', 442],
      ['11', 'performance-overall', 458],
      ['12', 'performance-projects', 507],
    ]);
    for (const t of tables) expect(TableSchema.safeParse(t).success, t.title).toBe(true);
  });

  it('reads titles, units, departments and years', () => {
    const t01 = tableNo('01');
    expect(t01.title).toBe('2026年部门收支总体情况表');
    expect(t01.unit).toBe('万元');
    expect(t01.unitLine).toBe(191);
    expect(t01.department).toEqual({ line: 189, text: '中国共产党新乡市红旗区委员会办公室' });
    // line 460: (2026年度) under the title; line 462 prints the name without 市
    expect(tableNo('11').year).toBe(2026);
    expect(tableNo('11').department).toEqual({ line: 462, text: '中国共产党新乡红旗区委员会办公室' });
    // 12 prints no 单位 line: 万元 by default
    expect(tableNo('12').unit).toBe('万元');
    expect(tableNo('12').unitLine).toBeUndefined();
  });

  it('reads every printed amount of every table (independent token count)', () => {
    const counts = tables.map((t) => valueCells(t));
    expect(counts).toEqual(tables.map((t) => printedAmounts(t)));
    expect(counts).toEqual([9, 16, 36, 19, 36, 61, 93, 3, 0, 10, 4, 12]);
  });

  it('row counts per table', () => {
    expect(tables.map((t) => t.rows.length)).toEqual([46, 4, 7, 43, 7, 30, 31, 1, 0, 5, 6, 6]);
  });

  it('01: two halves side by side, 其中 lines, classes by name', () => {
    const t = tableNo('01');
    expect(rowAt(t, 225, 'income')).toMatchObject({ role: 'total', label: '本年收入合计' });
    expect(valueAt(t, 225, 'amount', 'income')).toBe('702.77');
    expect(valueAt(t, 227, 'amount', 'expenditure')).toBe('702.77'); // 支出总计
    expect(rowAt(t, 196, 'income')).toMatchObject({ label: '其中：财政拨款', ofWhich: true });
    expect(rowAt(t, 195, 'expenditure')).toMatchObject({ ordinal: '一', classCode: '201' });
    expect(valueAt(t, 195, 'amount', 'expenditure')).toBe('598.45');
    expect(rowAt(t, 202, 'expenditure')).toMatchObject({ label: '八、社会保障和就业', classCode: '208' });
    expect(valueAt(t, 214, 'amount', 'expenditure')).toBe('50.83');
    expect(rowAt(t, 214, 'expenditure')?.classCode).toBe('221');
    // line 226: 上年结转结余 printed blank: an empty cell, not a zero
    expect(cellAt(t, 226, 'amount', 'income')).toMatchObject({ status: 'empty', value: null, line: 226 });
    expect(rowAt(t, 205, 'income')).toBeUndefined(); // the income half of line 205 is blank
  });

  it('02: 合计, department 008 and units 008001/008002', () => {
    const t = tableNo('02');
    expect(t.columns).toHaveLength(18);
    expect(rowAt(t, 240)).toMatchObject({ role: 'total', label: '合计' });
    expect(valueAt(t, 240, 'total')).toBe('702.77');
    expect(rowAt(t, 241)).toMatchObject({ role: 'department', orgCode: '008' });
    expect(rowAt(t, 243)).toMatchObject({ role: 'unit', orgCode: '008002', label: '新乡市红旗区党务服务中心' });
    expect(valueAt(t, 243, 'general.fiscal')).toBe('205.19');
    expect(cellAt(t, 243, 'business')?.status).toBe('empty');
  });

  it('03: function codes and the basic/project columns under a shifted header', () => {
    const t = tableNo('03');
    expect(t.columns.map((c) => c.key)).toEqual([
      'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project', 'project.operating', 'project.specific',
    ]);
    expect(t.header.map((h) => h.line)).toEqual([253, 254, 255]);
    expect(rowAt(t, 256)).toMatchObject({ role: 'total' });
    expect(valueAt(t, 256, 'project.specific')).toBe('56.61');
    expect(rowAt(t, 258)?.functionCode).toEqual({ code: '2013101', class: '201', kuan: '31', xiang: '01' });
    expect(valueAt(t, 258, 'basic.wages')).toBe('307.38');
    expect(valueAt(t, 262, 'basic.family')).toBe('0.38');
    expect(cellAt(t, 259, 'basic')).toMatchObject({ status: 'empty' });
    expect(valueAt(t, 259, 'project.operating')).toBe('1.50');
  });

  it('04: fiscal summary keeps the obsolete 医疗卫生与计划生育 line without a class', () => {
    const t = tableNo('04');
    expect(rowAt(t, 307, 'expenditure')).toMatchObject({ role: 'total', label: '支出合计' });
    expect(valueAt(t, 307, 'general.fiscal', 'expenditure')).toBe('702.77');
    expect(rowAt(t, 284, 'expenditure')?.classCode).toBeUndefined();
    expect(rowAt(t, 285, 'expenditure')?.classCode).toBe('210'); // （十）卫生健康支出
    expect(rowAt(t, 295, 'expenditure')?.classCode).toBe('221');
    expect(valueAt(t, 283, 'total', 'expenditure')).toBe('53.49');
    expect(rowAt(t, 277, 'income')).toMatchObject({ ofWhich: true });
  });

  it('06 and 07: economic codes in one cell and split over two', () => {
    const t6 = tableNo('06');
    expect(rowAt(t6, 338)).toMatchObject({ role: 'total' });
    expect(valueAt(t6, 338, 'personnel')).toBe('589.11');
    expect(rowAt(t6, 350)?.econ).toEqual({ dept: { code: '30231', name: '公务用车运行维护费' }, gov: { code: '50208', name: '公务用车运行维护费' } });
    expect(valueAt(t6, 365, 'public')).toBe('1.83'); // after the blank line 364
    const t7 = tableNo('07');
    expect(rowAt(t7, 381)).toMatchObject({ role: 'department', orgCode: '008' });
    expect(rowAt(t7, 392)?.econ).toEqual({ dept: { code: '30299', name: '其他商品和服务支出' }, gov: { code: '50299', name: '其他商品和服务支出' } });
    expect(valueAt(t7, 392, 'total')).toBe('58.81');
    expect(valueAt(t7, 406, 'general.fiscal')).toBe('3.90'); // after the blank line 405
  });

  it('08 one row; 09 printed empty with its note', () => {
    const t8 = tableNo('08');
    expect(t8.rows).toHaveLength(1);
    expect(valueAt(t8, 423, 'vehicle.operation')).toBe('7.50');
    expect(cellAt(t8, 423, 'abroad')?.status).toBe('empty');
    const t9 = tableNo('09');
    expect(t9.status).toBe('empty');
    expect(t9.emptyNote?.line).toBe(440);
    expect(t9.columns.map((c) => c.key)).not.toContain('project.specific'); // header lines 434–436 print no 特定目标类
  });

  it('10: project type and unit', () => {
    const t = tableNo('10');
    expect(rowAt(t, 450)).toMatchObject({ role: 'department', orgCode: '008' });
    expect(rowAt(t, 454)).toMatchObject({ label: '信创工程', project: { type: '特定目标类', unit: '中国共产党新乡市红旗区委员会办公室本级' } });
    expect(valueAt(t, 454, 'general')).toBe('49.11');
  });

  it('11: the budget block by label, line 473 shifted left', () => {
    const t = tableNo('11');
    expect(t.rows.map((r) => [r.label, r.line, r.cells[0]?.value ?? null])).toEqual([
      ['部门预算总额', 468, '702.77'],
      ['政府预算资金', 469, '702.77'],
      ['财政专户管理资金', 470, null],
      ['单位资金', 471, null],
      ['基本支出', 472, '644.66'],
      ['项目支出', 473, '58.11'],
    ]);
  });

  it('12: project codes, and lines 525/528 with one tab fewer keep their amounts', () => {
    const t = tableNo('12');
    expect(rowAt(t, 516)?.project?.code).toBe('410702260000000024406');
    expect(valueAt(t, 525, 'total')).toBe('49.11');
    expect(valueAt(t, 525, 'govBudget')).toBe('49.11');
    expect(cellAt(t, 525, 'unitFunds')?.status).toBe('empty');
    expect(valueAt(t, 528, 'govBudget')).toBe('7.50');
    expect(rowAt(t, 517)).toBeUndefined(); // an indicator line, not a row
  });
});
