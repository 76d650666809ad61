import { describe, expect, it } from 'vitest';
import { columnSum } from '../../rules/within-table/column-sum.js';
import { subtotalRows } from '../../rules/within-table/subtotal-rows.js';
import { summarySum } from '../../rules/within-table/summary-sum.js';
import { performanceBudget } from '../../rules/within-table/performance-budget.js';
import { EXPENDITURE_COLUMNS, expenditureValues, release, run, table } from '../helpers/tables.js';

// Values below are read off fixtures/000 (seed 000) unless a test alters one to make it wrong.
// 03 合计 row, line 256: 702.77 | 644.66 | 575.23 | 13.88 | 55.55 | (blank) | 58.11 | 1.50 | 56.61
const row256 = ['702.77', '644.66', '575.23', '13.88', '55.55', '', '58.11', '1.50', '56.61'];

function t03(...rows: Array<{ label: string; role?: 'total' | 'department' | 'item'; code?: string; v: string[] }>) {
  return table({
    kind: 'expenditure',
    columns: EXPENDITURE_COLUMNS,
    rows: rows.map((r) => ({ label: r.label, role: r.role, code: r.code, values: expenditureValues(...r.v) })),
  });
}

describe('table-column-sum', () => {
  it('accepts the 合计 row of seed 000 table 03 (line 256)', () => {
    const r = run(columnSum, release(t03({ label: '合计', role: 'total', v: row256 })));
    expect(r.findings).toEqual([]);
    expect(r.ran).toContain('table-column-sum');
  });

  it('reports 基本支出 ≠ its four classes as an error, with every part located', () => {
    const bad = [...row256];
    bad[4] = '55.45'; // 商品和服务支出 printed 0.10 short
    const t = t03({ label: '合计', role: 'total', v: bad });
    const r = run(columnSum, release(t));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('644.56');
    expect(f.actual).toBe('644.66');
    expect(f.difference).toBe('0.10');
    expect(f.interval).toBe('[644.545, 644.575]');
    expect(f.locations.map((l) => l.column)).toEqual(['basic', 'basic.wages', 'basic.family', 'basic.goods']);
    expect(f.locations[0]).toMatchObject({ line: t.rows[0]!.line, table: '部门支出总体情况表 (03)', row: '合计', value: '644.66' });
    expect(f.message).toContain('575.23');
    expect(f.message).toContain('55.45');
  });

  it('speaks English with --lang en', () => {
    const bad = [...row256];
    bad[4] = '55.45';
    const f = run(columnSum, release(t03({ label: '合计', role: 'total', v: bad })), 'en').findings;
    expect(f[0]!.message).toBe(
      'expenditure summary (03) / 合计: total columns against their parts; 1 sum(s) do not hold: basic is printed as 644.66 but basic.wages 575.23 + basic.family 13.88 + basic.goods 55.45 add up to 644.56, a difference of 0.10',
    );
  });

  it('gives a rounding tail an info note', () => {
    const tail = [...row256];
    tail[0] = '702.78'; // 644.66 + 58.11 = 702.77: 0.01 off over two addends is within 3 × 0.005
    const r = run(columnSum, release(t03({ label: '合计', role: 'total', v: tail })));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.severity).toBe('info');
    expect(r.findings[0]!.difference).toBe('0.01');
  });

  it('ignores a row whose involved cell is ambiguous', () => {
    const bad = [...row256];
    bad[4] = '55.45';
    const t = table({
      kind: 'expenditure',
      columns: EXPENDITURE_COLUMNS,
      rows: [{ label: '合计', role: 'total', values: expenditureValues(...bad), ambiguous: ['basic.goods'] }],
    });
    expect(run(columnSum, release(t)).findings.filter((f) => f.locations[0]!.column === 'basic')).toEqual([]);
  });

  it('checks 08: 合计 = 出国 + 公务用车 + 接待 (seed 000 line 423: 7.50 | | 7.50 | | 7.50 |)', () => {
    const cols = ['total', 'abroad', 'vehicle', 'vehicle.purchase', 'vehicle.operation', 'reception'];
    const ok = table({ kind: 'three-public', columns: cols, rows: [{ label: '', values: { total: '7.50', vehicle: '7.50', 'vehicle.operation': '7.50' } }] });
    expect(run(columnSum, release(ok)).findings).toEqual([]);
    const bad = table({ kind: 'three-public', columns: cols, rows: [{ label: '', values: { total: '8.50', vehicle: '7.50', 'vehicle.operation': '7.50' } }] });
    const f = run(columnSum, release(bad)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '7.50', actual: '8.50', difference: '1.00' });
  });

  it('does not add 其中：财政拨款 into 02 本年收入, and flags it above its whole', () => {
    const cols = ['total', 'current', 'general', 'general.fiscal', 'govFund', 'carryover', 'carryover.general', 'carryover.govFund'];
    // seed 000 line 240: 702.77 | 702.77 | 702.77 | 702.77
    const ok = table({ kind: 'income', columns: cols, rows: [{ label: '合计', role: 'total', values: { total: '702.77', current: '702.77', general: '702.77', 'general.fiscal': '702.77' } }] });
    expect(run(columnSum, release(ok)).findings).toEqual([]);
    const bad = table({ kind: 'income', columns: cols, rows: [{ label: '合计', role: 'total', values: { total: '702.77', current: '702.77', general: '702.77', 'general.fiscal': '712.77' } }] });
    const f = run(columnSum, release(bad)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.77', actual: '712.77' });
  });
});

describe('table-subtotal-rows', () => {
  // seed 000 table 02, lines 240-243
  const income = (unit2: string) =>
    table({
      kind: 'income',
      columns: ['total', 'current', 'general', 'general.fiscal'],
      rows: [
        { label: '合计', role: 'total', values: { total: '702.77', current: '702.77' } },
        { label: '中国共产党新乡市红旗区委员会办公室', role: 'department', org: '008', values: { total: '702.77', current: '702.77' } },
        { label: '本级', role: 'unit', org: '008001', values: { total: '497.58', current: '497.58' } },
        { label: '新乡市红旗区党务服务中心', role: 'unit', org: '008002', values: { total: unit2, current: unit2 } },
      ],
    });

  it('accepts 合计 = department = units (702.77 = 497.58 + 205.19)', () => {
    expect(run(subtotalRows, release(income('205.19'))).findings).toEqual([]);
  });

  it('reports the department row against its units once, listing every failing column', () => {
    const t = income('205.09');
    const f = run(subtotalRows, release(t)).findings;
    expect(f).toHaveLength(1); // one finding for the row pair, not one per column
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.67', actual: '702.77', difference: '0.10' });
    expect(f[0]!.message).toContain('2 处不符');
    expect(f[0]!.message).toContain('total 印为 702.77，各行之和 702.67，相差 0.10');
    expect(f[0]!.message).toContain('current 印为 702.77，各行之和 702.67，相差 0.10');
    const lines = [t.rows[1]!.line, t.rows[2]!.line, t.rows[3]!.line];
    expect(f[0]!.locations.map((l) => l.line)).toEqual([...lines, ...lines]);
    expect(f[0]!.locations.map((l) => l.column)).toEqual(['total', 'total', 'total', 'current', 'current', 'current']);
    expect(f[0]!.locations[0]!.row).toBe('008 中国共产党新乡市红旗区委员会办公室');
  });

  it('sums the 项 rows of 03 under the department row (seed 000 lines 257-262)', () => {
    const rows = [
      { label: '合计', role: 'total' as const, v: ['702.77'] },
      { label: '办公室', role: 'department' as const, v: ['702.77'] },
      { label: '行政运行', code: '2013101', v: ['366.38'] },
      { label: '其他党委办公厅（室）及相关机构事务支出', code: '2013199', v: ['58.11'] },
      { label: '机关事业单位基本养老保险缴费支出', code: '2080505', v: ['53.49'] },
      { label: '住房公积金', code: '2210201', v: ['50.83'] },
      { label: '事业运行', code: '2013150', v: ['173.96'] },
    ];
    expect(run(subtotalRows, release(t03(...rows))).findings).toEqual([]);
    rows[6] = { label: '事业运行', code: '2013150', v: ['163.96'] };
    const f = run(subtotalRows, release(t03(...rows))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: '692.77', actual: '702.77', difference: '10.00', severity: 'error' });
    expect(f[0]!.locations).toHaveLength(6);
  });
});

describe('table-subtotal-rows: economic items with parts of their own', () => {
  // Chongqing 06 (cq-zfbgt-2026-ys p12): 301 工资福利支出 prints 30102 津贴补贴 and, under it, its parts
  // 3010201 规范性津补贴 / 3010202 …; the parts are in 30102 already (first four lines of the block)
  const basic = (v301: string) =>
    table({
      kind: 'general-budget-basic',
      columns: ['total'],
      rows: [
        { label: '工资福利支出', role: 'subtotal', econ: ['301'], values: { total: v301 } },
        { label: '基本工资', econ: ['30101'], values: { total: '1081.54' } },
        { label: '津贴补贴', econ: ['30102'], values: { total: '1915.08' } },
        { label: '规范性津补贴', econ: ['3010201'], values: { total: '1500.00' } },
        { label: '其他津补贴', econ: ['3010202'], values: { total: '415.08' } },
        { label: '商品和服务支出', role: 'subtotal', econ: ['302'], values: { total: '10.00' } },
        { label: '办公费', econ: ['30201'], values: { total: '10.00' } },
      ],
    });

  it('sums 301 over 30101 and 30102 only (2996.62), not 30102 again in its parts', () => {
    expect(run(subtotalRows, release(basic('2996.62'))).findings).toEqual([]);
  });

  it('reports a wrong 301 against its 款 items', () => {
    const f = run(subtotalRows, release(basic('3000.62'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: '2996.62', actual: '3000.62', difference: '4.00' });
    expect(f[0]!.locations).toHaveLength(3);
  });
});

describe('table-summary-sum', () => {
  // seed 000 table 01, lines 195-227
  const t01 = (classTotal: string) =>
    table({
      kind: 'income-expenditure-summary',
      columns: ['amount'],
      rows: [
        { label: '一、一般公共预算', side: 'income', values: { amount: '702.77' } },
        { label: '其中：财政拨款', side: 'income', ofWhich: true, values: { amount: '702.77' } },
        { label: '二、政府性基金预算拨款收入', side: 'income' },
        { label: '一、一般公共服务', side: 'expenditure', values: { amount: '598.45' } },
        { label: '八、社会保障和就业', side: 'expenditure', values: { amount: '53.49' } },
        { label: '二十一、住房保障支出', side: 'expenditure', values: { amount: '50.83' } },
        { label: '本年收入合计', side: 'income', role: 'total', values: { amount: '702.77' } },
        { label: '本年支出合计', side: 'expenditure', role: 'total', values: { amount: classTotal } },
        { label: '上年结转结余', side: 'income' },
        { label: '年终结转结余', side: 'expenditure' },
        { label: '收入总计', side: 'income', role: 'total', values: { amount: '702.77' } },
        { label: '支出总计', side: 'expenditure', role: 'total', values: { amount: classTotal } },
      ],
    });

  it('accepts seed 000 table 01 (其中 line not added)', () => {
    expect(run(summarySum, release(t01('702.77'))).findings).toEqual([]);
  });

  it('reports 本年支出合计 ≠ the class lines', () => {
    const t = t01('712.77');
    const f = run(summarySum, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.77', actual: '712.77', difference: '10.00' });
    expect(f[0]!.locations.map((l) => l.value)).toEqual(['712.77', '598.45', '53.49', '50.83']);
  });

  it('reads the 04 layout: 一、本年收入 heads its lines, 收入合计 closes (seed 000 lines 275-307)', () => {
    const t04 = (income: string) =>
      table({
        kind: 'fiscal-summary',
        columns: ['amount', 'total', 'general', 'general.fiscal', 'govFund', 'stateCapital'],
        rows: [
          { label: '一、本年收入', side: 'income', values: { amount: income } },
          { label: '（一）一般公共预算拨款', side: 'income', values: { amount: '702.77' } },
          { label: '其中：财政拨款', side: 'income', ofWhich: true, values: { amount: '702.77' } },
          { label: '（二）政府性基金预算拨款', side: 'income' },
          { label: '二、上年结转', side: 'income' },
          { label: '（一）一般公共预算拨款', side: 'income' },
          { label: '收入合计：', side: 'income', values: { amount: '702.77' } },
          { label: '一、本年支出', side: 'expenditure', values: { total: '702.77', general: '702.77', 'general.fiscal': '702.77' } },
          { label: '（一）一般公共服务支出', side: 'expenditure', values: { total: '598.45', general: '598.45', 'general.fiscal': '598.45' } },
          { label: '（八）社会保障和就业支出', side: 'expenditure', values: { total: '53.49', general: '53.49', 'general.fiscal': '53.49' } },
          { label: '（二十一）住房保障支出', side: 'expenditure', values: { total: '50.83', general: '50.83', 'general.fiscal': '50.83' } },
          { label: '二、年终结转结余', side: 'expenditure' },
          { label: '支出合计', side: 'expenditure', values: { total: '702.77', general: '702.77', 'general.fiscal': '702.77' } },
        ],
      });
    expect(run(summarySum, release(t04('702.77'))).findings).toEqual([]);
    const f = run(summarySum, release(t04('702.78'))).findings;
    // 本年收入 702.78 vs its one line 702.77: rounding; 收入合计 702.77 vs 本年收入 702.78: rounding
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
  });
});

describe('table-performance-budget', () => {
  // seed 000 table 11, lines 468-473
  const t11 = (project: string) =>
    table({
      kind: 'performance-overall',
      columns: ['col1', 'col2', 'amount'],
      rows: [
        { label: '预算情况', texts: { col1: '部门预算总额(万元)' }, values: { amount: '702.77' } },
        { label: '1、资金来源:', texts: { col1: '(1)政府预算资金' }, values: { amount: '702.77' } },
        { label: '', texts: { col1: '(2)财政专户管理资金' } },
        { label: '2、资金结构:', texts: { col1: '(1)基本支出' }, values: { amount: '644.66' } },
        { label: '(2)项目支出', values: { col2: project } },
      ],
    });
  it('accepts 702.77 = 702.77 = 644.66 + 58.11', () => {
    expect(run(performanceBudget, release(t11('58.11'))).findings).toEqual([]);
  });
  it('reports 总额 ≠ 基本 + 项目', () => {
    const f = run(performanceBudget, release(t11('48.11'))).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '692.77', actual: '702.77', difference: '10.00' });
  });
});
