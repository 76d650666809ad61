import { describe, expect, it } from 'vitest';
import { Table as TableSchema } from '../src/model/table.js';
import { seedTables } from './helpers/seed-tables.js';

const { tables, tableNo, rowAt, cellAt, valueAt, printedAmounts, valueCells } = seedTables('001_d3fb4ee6849ee809.txt', 2026);

describe('seed 001: 新乡市红旗区行政审批和政务信息管理局 2026', () => {
  it('finds all 12 tables, in order, with their title lines', () => {
    expect(tables.map((t) => [t.number, t.kind, t.titleLine])).toEqual([
      ['01', 'income-expenditure-summary', 188],
      ['02', 'income', 232],
      ['03', 'expenditure', 247],
      ['04', 'fiscal-summary', 265],
      ['05', 'general-budget-expenditure', 310],
      ['06', 'general-budget-basic', 328],
      ['07', 'economic-summary', 369],
      ['08', 'three-public', 409],
      ['09', 'gov-fund-expenditure', 423],
      ['10', 'project-expenditure', 437],
      ['11', 'performance-overall', 450],
      ['12', 'performance-projects', 499],
    ]);
    for (const t of tables) expect(TableSchema.safeParse(t).success, t.title).toBe(true);
  });

  it('reads every printed amount of every table (independent token count)', () => {
    const counts = tables.map((t) => valueCells(t));
    expect(counts).toEqual(tables.map((t) => printedAmounts(t)));
    expect(counts).toEqual([9, 12, 28, 19, 28, 59, 84, 0, 0, 4, 4, 6]);
  });

  it('row counts and statuses per table', () => {
    expect(tables.map((t) => t.rows.length)).toEqual([46, 3, 6, 43, 6, 29, 28, 0, 0, 2, 6, 3]);
    expect(tables.map((t) => t.status)).toEqual([
      'parsed', 'parsed', 'parsed', 'parsed', 'parsed', 'parsed', 'parsed', 'empty', 'empty', 'parsed', 'parsed', 'parsed',
    ]);
  });

  it('01 and 04 totals', () => {
    const t1 = tableNo('01');
    expect(rowAt(t1, 226, 'income')).toMatchObject({ role: 'total', label: '本年收入合计' });
    expect(valueAt(t1, 226, 'amount', 'income')).toBe('250.65');
    expect(valueAt(t1, 196, 'amount', 'expenditure')).toBe('216.19');
    expect(valueAt(t1, 203, 'amount', 'expenditure')).toBe('16.43');
    const t4 = tableNo('04');
    expect(rowAt(t4, 306, 'income')).toMatchObject({ role: 'total' });
    expect(valueAt(t4, 306, 'amount', 'income')).toBe('250.65');
    expect(valueAt(t4, 294, 'general', 'expenditure')).toBe('18.03');
    expect(rowAt(t4, 294, 'expenditure')?.classCode).toBe('221');
  });

  it('02 and 03: 合计, department 028, unit 028001, function codes', () => {
    const t2 = tableNo('02');
    expect(rowAt(t2, 241)).toMatchObject({ role: 'total' });
    expect(rowAt(t2, 242)).toMatchObject({ role: 'department', orgCode: '028' });
    expect(rowAt(t2, 243)).toMatchObject({ role: 'unit', orgCode: '028001' });
    expect(valueAt(t2, 243, 'general')).toBe('250.65');
    const t3 = tableNo('03');
    expect(rowAt(t3, 256)).toMatchObject({ role: 'total', label: '合计' });
    expect(valueAt(t3, 256, 'basic')).toBe('230.06');
    expect(valueAt(t3, 256, 'project.operating')).toBe('20.59');
    expect(cellAt(t3, 256, 'project.specific')?.status).toBe('empty');
    expect(rowAt(t3, 259)?.functionCode?.code).toBe('2010399');
    expect(valueAt(t3, 258, 'basic.family')).toBe('14.39');
  });

  it('06 and 07: economic rows, 07 lines 403–405 with fewer tabs', () => {
    const t6 = tableNo('06');
    expect(valueAt(t6, 336, 'total')).toBe('230.06');
    expect(valueAt(t6, 336, 'personnel')).toBe('217.24');
    expect(rowAt(t6, 363)?.econ?.gov?.code).toBe('50501'); // after the blank line 362
    expect(valueAt(t6, 365, 'personnel')).toBe('2.48');
    const t7 = tableNo('07');
    expect(t7.columns).toHaveLength(12); // a trailing tab on lines 375–401 adds no column
    expect(valueAt(t7, 393, 'general.fiscal')).toBe('20.64');
    expect(rowAt(t7, 405)?.econ?.dept?.code).toBe('30113');
    expect(valueAt(t7, 405, 'total')).toBe('2.48');
  });

  it('08 and 09 are printed empty with notes saying so', () => {
    expect(tableNo('08').emptyNote?.line).toBe(421);
    expect(tableNo('08').notes.map((n) => n.line)).toEqual([418, 419, 421]);
    expect(tableNo('09').emptyNote?.line).toBe(435);
  });

  it('10, 11 and 12', () => {
    const t10 = tableNo('10');
    expect(rowAt(t10, 446)).toMatchObject({ label: '从业人员、12345热线人员、保安保洁人员工资', project: { type: '其他运转类' } });
    expect(valueAt(t10, 446, 'total')).toBe('20.59');
    const t11 = tableNo('11');
    expect(t11.rows.find((r) => r.label === '基本支出')?.cells[0]?.value).toBe('230.06');
    expect(t11.rows.find((r) => r.label === '项目支出')).toMatchObject({ line: 465, ordinal: '2' });
    const t12 = tableNo('12');
    // line 508: one tab fewer before the indicators
    expect(rowAt(t12, 508)?.project?.code).toBe('410702260000000021203');
    expect(valueAt(t12, 508, 'govBudget')).toBe('20.59');
    expect(cellAt(t12, 508, 'unitFunds')?.status).toBe('empty');
  });
});
