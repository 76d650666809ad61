import { describe, expect, it } from 'vitest';
import { incomeExpenditure } from '../../rules/balance/income-expenditure.js';
import { fundBalance } from '../../rules/balance/fund-balance.js';
import { release, run, table, type RowSpec } from '../helpers/tables.js';

describe('balance-total', () => {
  const t01 = (spent: string) =>
    table({
      kind: 'income-expenditure-summary',
      columns: ['amount'],
      rows: [
        { label: '一、一般公共预算', side: 'income', values: { amount: '702.77' } },
        { label: '一、一般公共服务', side: 'expenditure', values: { amount: spent } },
        { label: '本年收入合计', side: 'income', role: 'total', values: { amount: '702.77' } },
        { label: '本年支出合计', side: 'expenditure', role: 'total', values: { amount: spent } },
        { label: '收入总计', side: 'income', role: 'total', values: { amount: '702.77' } },
        { label: '支出总计', side: 'expenditure', role: 'total', values: { amount: spent } },
      ],
    });
  it('accepts 收入总计 = 支出总计 = 702.77 (seed 000 line 227)', () => {
    expect(run(incomeExpenditure, release(t01('702.77'))).findings).toEqual([]);
  });
  it('reports 收入总计 ≠ 支出总计: one amount printed twice must print identically', () => {
    const t = t01('702.78');
    const f = run(incomeExpenditure, release(t)).findings;
    expect(f).toHaveLength(1);
    // a budget balances exactly: even 0.01 is an error, not a rounding tail
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.77', actual: '702.78', difference: '0.01' });
    expect(f[0]!.locations.map((l) => l.line)).toEqual([t.rows[4]!.line, t.rows[5]!.line]);
  });
});

describe('balance-fund', () => {
  // seed 003, table 04 lines 254-287: 本年收入 1,241.66 (一般公共预算), 上年结转 (三) 国有资本经营 20.00,
  // 支出合计 1,261.66 all in the 一般公共预算 column, 0.00 under 国有资本经营预算.
  const t04 = (general: string, stateCapital: string) => {
    const rows: RowSpec[] = [
      { label: '一、本年收入', side: 'income', role: 'subtotal', values: { amount: '1241.66' } },
      { label: '（一）一般公共预算拨款', side: 'income', values: { amount: '1241.66' } },
      { label: '（三）国有资本经营预算拨款', side: 'income' },
      { label: '二、上年结转', side: 'income', role: 'subtotal' },
      { label: '（一）一般公共预算拨款', side: 'income' },
      { label: '（三）国有资本经营预算拨款', side: 'income', values: { amount: '20.00' } },
      { label: '收入合计:', side: 'income', role: 'total', values: { amount: '1261.66' } },
      { label: '一、本年支出', side: 'expenditure', values: { total: '1261.66', general, stateCapital } },
      { label: '支出合计', side: 'expenditure', role: 'total', values: { total: '1261.66', general, stateCapital } },
    ];
    return table({ kind: 'fiscal-summary', columns: ['amount', 'total', 'general', 'govFund', 'stateCapital'], rows });
  };
  it('accepts each fund balancing (1241.66 general, 20.00 state capital)', () => {
    expect(run(fundBalance, release(t04('1241.66', '20.00'))).findings).toEqual([]);
  });
  it('reports seed 003: general spending 1,261.66 against 1,241.66 income, state capital 0.00 against 20.00', () => {
    const f = run(fundBalance, release(t04('1261.66', '0.00'))).findings;
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '1241.66', actual: '1261.66', difference: '20.00' });
    expect(f[1]).toMatchObject({ severity: 'error', expected: '20.00', actual: '0.00', difference: '-20.00' });
  });
});
