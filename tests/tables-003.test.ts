import { describe, expect, it } from 'vitest';
import { Table as TableSchema } from '../src/model/table.js';
import { seedTables } from './helpers/seed-tables.js';

const { tables, illegible, tableNo, rowAt, cellAt, valueAt, printedAmounts, valueCells } = seedTables('003_5c2b6dad15e272f5.txt', 2024);

describe('seed 003: 中共新乡市凤泉区委员会办公室 2024', () => {
  it('finds the nine tables printed; 02 is absent, 07 and 10 stand as [illegible] (lines 350, 378)', () => {
    expect(tables.map((t) => [t.number, t.kind, t.titleLine])).toEqual([
      ['01', 'income-expenditure-summary', 176],
      ['03', 'expenditure', 216],
      ['04', 'fiscal-summary', 245],
      ['05', 'general-budget-expenditure', 289],
      ['06', 'general-budget-basic', 319],
      ['08', 'three-public', 352],
      ['09', 'gov-fund-expenditure', 364],
      ['11', 'performance-overall', 380],
      ['12', 'performance-projects', 431],
    ]);
    expect(illegible).toEqual([
      { line: 350, text: '[illegible]' },
      { line: 378, text: '[illegible]' },
    ]);
    // a table ends before an [illegible] block
    expect(tables.find((t) => t.number === '06')?.endLine).toBe(348);
    for (const t of tables) expect(TableSchema.safeParse(t).success, t.title).toBe(true);
  });

  it('titles without 部门 and without a year; 01 prints no unit line', () => {
    expect(tableNo('01').title).toBe('2024 年部门收支预算表');
    expect(tableNo('01').unit).toBe('万元');
    expect(tableNo('01').unitLine).toBeUndefined();
    expect(tableNo('06').title).toBe('一般公共预算基本支出表');
    expect(tableNo('06').year).toBe(2024); // from the cover year passed in
    expect(tableNo('11').year).toBe(2024); // line 381: (2024 年度)
  });

  it('reads every printed amount, thousands separators included (independent token count)', () => {
    const counts = tables.map((t) => valueCells(t));
    expect(counts).toEqual(tables.map((t) => printedAmounts(t)));
    expect(counts).toEqual([12, 171, 170, 162, 66, 6, 18, 4, 42]);
    expect(tables.map((t) => t.rows.length)).toEqual([46, 19, 43, 18, 22, 1, 2, 6, 21]);
  });

  it('01: 1,241.66 read as 1241.66 with two decimals; the expenditure total differs', () => {
    const t = tableNo('01');
    expect(cellAt(t, 182, 'amount', 'income')).toMatchObject({ raw: '1,241.66', value: '1241.66', decimals: 2, line: 182 });
    expect(rowAt(t, 212, 'income')).toMatchObject({ role: 'total', label: '本年收入合计' }); // printed 本 年 收 入 合 计
    expect(valueAt(t, 212, 'amount', 'expenditure')).toBe('1261.66');
    expect(valueAt(t, 213, 'amount', 'income')).toBe('20.00');
    expect(rowAt(t, 203, 'expenditure')?.classCode).toBe('223');
  });

  it('03: explicit 0.00 cells are values; the department row 101 prints zeros', () => {
    const t = tableNo('03');
    expect(rowAt(t, 225)).toMatchObject({ role: 'total' });
    expect(valueAt(t, 225, 'total')).toBe('1261.66');
    expect(cellAt(t, 225, 'basic.capital')).toMatchObject({ status: 'value', value: '0.00', decimals: 2 });
    expect(rowAt(t, 226)).toMatchObject({ role: 'department', orgCode: '101' });
    expect(valueAt(t, 226, 'total')).toBe('0.00');
    expect(rowAt(t, 243)?.functionCode).toEqual({ code: '2230105', class: '223', kuan: '01', xiang: '05' });
    expect(valueAt(t, 243, 'project.operating')).toBe('20.00');
  });

  it('04 and 05', () => {
    const t4 = tableNo('04');
    expect(valueAt(t4, 262, 'amount', 'income')).toBe('20.00');
    expect(rowAt(t4, 277, 'expenditure')).toMatchObject({ ordinal: '二十三', classCode: '223' }); // printed (二十三) 国有资本经营预算
    expect(valueAt(t4, 287, 'total', 'expenditure')).toBe('1261.66');
    const t5 = tableNo('05');
    expect(valueAt(t5, 299, 'total')).toBe('1241.66');
    expect(valueAt(t5, 298, 'project')).toBe('203.04');
    expect(t5.notes).toEqual([{ line: 317, text: '备注：本表仅含当年财政拨款安排的支出' }]);
  });

  it('06: the class-only code 302 on line 338', () => {
    const t = tableNo('06');
    expect(rowAt(t, 327)).toMatchObject({ role: 'total' }); // 合计 in the first cell
    expect(valueAt(t, 327, 'personnel')).toBe('980.74');
    expect(rowAt(t, 338)?.econ).toEqual({ dept: { code: '302', name: '商品和服务支出' }, gov: { code: '50299', name: '其他商品和服务支出' } });
  });

  it('08 and 09', () => {
    expect(valueAt(tableNo('08'), 360, 'reception')).toBe('2.00');
    expect(valueAt(tableNo('08'), 360, 'vehicle')).toBe('9.00');
    const t9 = tableNo('09');
    // zeros printed and a note calling the table empty (line 376): the rows are kept for the rules
    expect(t9.emptyNote).toEqual({ line: 376, text: '备注：我单位 2024 年无使用政府性基金预算拨款安排的支出，此表为空表。' });
    expect(rowAt(t9, 374)).toMatchObject({ orgCode: '101001', functionCode: { code: '2013101' }, label: '中共新乡市凤泉区委员会办公室' });
  });

  it('11 and 12: budget block by label; broken project codes joined', () => {
    const t11 = tableNo('11');
    expect(t11.rows.find((r) => r.label === '项目支出')).toMatchObject({ line: 396 });
    expect(t11.rows.find((r) => r.label === '项目支出')?.cells[0]?.value).toBe('223.04');
    expect(t11.rows.find((r) => r.label === '部门预算总额')?.cells[0]?.value).toBe('1261.66');
    const t12 = tableNo('12');
    expect(rowAt(t12, 447)?.project?.code).toBe('410704240000000004850'); // printed 41070424000 0000004850
    expect(rowAt(t12, 447)?.label).toBe('专项-电子政务网络运行经费');
    expect(valueAt(t12, 485, 'total')).toBe('0.62');
    expect(rowAt(t12, 439)).toMatchObject({ role: 'unit', orgCode: '101001' });
  });
});
