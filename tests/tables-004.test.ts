import { describe, expect, it } from 'vitest';
import { Table as TableSchema } from '../src/model/table.js';
import { seedTables } from './helpers/seed-tables.js';

const { tables, tableNo, rowAt, cellAt, valueAt, printedAmounts, valueCells } = seedTables('004_089b4ec93cddaf3a.txt', 2022);

describe('seed 004: 新乡市红旗区人民政府办公室 2022 (markdown headings)', () => {
  it('finds the ten tables printed under # / ## titles; 02 and 07 are absent', () => {
    expect(tables.map((t) => [t.number, t.kind, t.titleLine])).toEqual([
      ['01', 'income-expenditure-summary', 193],
      ['03', 'expenditure', 237],
      ['04', 'fiscal-summary', 254],
      ['05', 'general-budget-expenditure', 298],
      ['06', 'general-budget-basic', 319],
      ['08', 'three-public', 367],
      ['09', 'gov-fund-expenditure', 379],
      ['10', 'project-expenditure', 392],
      ['11', 'performance-overall', 411],
      ['12', 'performance-projects', 457],
    ]);
    expect(tableNo('01').title).toBe('2022 年部门收支预算表');
    expect(tableNo('06').title).toBe('一般公共预算基本支出表');
    expect(tableNo('11').title).toBe('本级部门整体绩效目标表 (2022 年度)');
    expect(tableNo('11').year).toBe(2022);
    for (const t of tables) expect(TableSchema.safeParse(t).success, t.title).toBe(true);
  });

  it('reads every printed amount (independent token count)', () => {
    const counts = tables.map((t) => valueCells(t));
    expect(counts).toEqual(tables.map((t) => printedAmounts(t)));
    expect(counts).toEqual([8, 31, 16, 33, 65, 4, 0, 16, 4, 18]);
    expect(tables.map((t) => t.rows.length)).toEqual([46, 7, 43, 7, 32, 1, 1, 8, 6, 9]);
  });

  it('01 and 04', () => {
    const t1 = tableNo('01');
    expect(rowAt(t1, 231, 'income')).toMatchObject({ role: 'total' });
    expect(valueAt(t1, 231, 'amount', 'income')).toBe('462.78');
    expect(rowAt(t1, 204, 'expenditure')).toMatchObject({ classCode: '204' });
    expect(valueAt(t1, 204, 'amount', 'expenditure')).toBe('46.00');
    const t4 = tableNo('04');
    // labels wrapped with a space: （一）一般公共预算拨 款
    expect(rowAt(t4, 264, 'income')?.label).toBe('（一）一般公共预算拨款');
    expect(rowAt(t4, 267, 'expenditure')).toMatchObject({ classCode: '204' });
    expect(valueAt(t4, 267, 'general.fiscal', 'expenditure')).toBe('46.00');
    expect(rowAt(t4, 272, 'expenditure')?.classCode).toBeUndefined(); // （九）医疗卫生与计划 生育支出
    expect(rowAt(t4, 284, 'expenditure')?.classCode).toBe('221'); // (二十一) 住房保障支出
  });

  it('03: a blank 基本支出 小计 on lines 248 and 252 stays empty', () => {
    const t = tableNo('03');
    expect(rowAt(t, 246)).toMatchObject({ role: 'total' });
    expect(valueAt(t, 246, 'basic')).toBe('337.21');
    expect(cellAt(t, 248, 'basic')).toMatchObject({ status: 'empty', line: 248 });
    expect(valueAt(t, 248, 'basic.wages')).toBe('171.30');
    expect(rowAt(t, 251)?.functionCode?.code).toBe('2040612');
    expect(valueAt(t, 251, 'project.operating')).toBe('46.00');
    expect(valueAt(tableNo('05'), 309, 'basic')).toBe('221.52');
  });

  it('06 and 08', () => {
    const t6 = tableNo('06');
    expect(valueAt(t6, 327, 'total')).toBe('337.21');
    expect(rowAt(t6, 344)?.econ?.dept).toEqual({ code: '30217', name: '公务接待费' });
    expect(valueAt(t6, 349, 'personnel')).toBe('4.22'); // after the blank line 348
    const t8 = tableNo('08');
    expect(valueAt(t8, 375, 'total')).toBe('16.10');
    expect(valueAt(t8, 375, 'reception')).toBe('1.00');
  });

  it('09: a 合计 line without amounts makes an empty table with its note', () => {
    const t = tableNo('09');
    expect(t.status).toBe('empty');
    expect(t.rows[0]).toMatchObject({ line: 388, role: 'total' });
    expect(t.emptyNote?.line).toBe(390);
  });

  it('10, 11 and 12', () => {
    const t10 = tableNo('10');
    expect(rowAt(t10, 400)).toMatchObject({ role: 'total' }); // the 合计 line prints a blank label
    expect(valueAt(t10, 400, 'total')).toBe('125.57');
    expect(rowAt(t10, 407)).toMatchObject({ project: { unit: '新乡市红旗区政务信息中心' } });
    const t11 = tableNo('11');
    expect(t11.rows.find((r) => r.label === '基本支出')?.cells[0]?.value).toBe('337.21');
    expect(t11.rows.find((r) => r.label === '项目支出')?.line).toBe(427);
    const t12 = tableNo('12');
    expect(rowAt(t12, 465)).toMatchObject({ role: 'unit', orgCode: '007001' });
    expect(valueAt(t12, 465, 'total')).toBe('121.15');
    expect(rowAt(t12, 483)).toMatchObject({ role: 'unit', orgCode: '007002' });
    expect(valueAt(t12, 466, 'govBudget')).toBe('0.50'); // line 466: one tab fewer before the indicators
  });
});
