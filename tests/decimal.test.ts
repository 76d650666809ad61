import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkGrowth, checkSame, checkShare, checkSum, halfUnit } from '../src/engine/decimal.js';

const p = (value: string, decimals = 2) => ({ value, decimals });

describe('interval arithmetic', () => {
  it('half a unit of the last printed decimal', () => {
    expect(halfUnit(2).toString()).toBe('0.005');
    expect(halfUnit(0).toString()).toBe('0.5');
  });

  it('tells exact sums, rounding tails and errors apart', () => {
    // seed 000, table 01: 598.45 + 53.49 + 50.83 = 702.77
    expect(checkSum(p('702.77'), [p('598.45'), p('53.49'), p('50.83')]).verdict).toBe('exact');
    // 0.01 off over three addends: within (3+1)×0.005
    expect(checkSum(p('702.78'), [p('598.45'), p('53.49'), p('50.83')]).verdict).toBe('rounding');
    // seed 003: 本年收入合计 1,241.66 against 本年支出合计 1,261.66 — 20.00 apart
    const r = checkSum(p('1241.66'), [p('1261.66')]);
    expect(r.verdict).toBe('error');
    expect(r.difference.toString()).toBe('-20');
    // two addends: the bound is 0.015, so 0.02 is an error
    expect(checkSum(p('1.02'), [p('0.50'), p('0.50')]).verdict).toBe('error');
    expect(checkSum(p('1.01'), [p('0.50'), p('0.50')]).verdict).toBe('rounding');
  });

  it('a sum is a rounding tail exactly when |difference| ≤ (n+1)·0.005', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: -20, max: 20 }), (cents, off) => {
        const parts = cents.map((c) => p((c / 100).toFixed(2)));
        const sum = cents.reduce((a, b) => a + b, 0) + off;
        const total = p((sum / 100).toFixed(2));
        const verdict = checkSum(total, parts).verdict;
        const bound = (cents.length + 1) * 5; // in thousandths of a cent unit ×10
        const diff = Math.abs(off) * 10;
        expect(verdict).toBe(off === 0 ? 'exact' : diff <= bound ? 'rounding' : 'error');
      }),
    );
  });

  it('same quantity printed twice', () => {
    expect(checkSame(p('7.50'), p('7.50')).verdict).toBe('exact');
    expect(checkSame(p('7.50'), p('7.51')).verdict).toBe('error');
    expect(checkSame(p('8.6', 1), p('8.60')).verdict).toBe('exact');
    expect(checkSame(p('8.6', 1), p('8.64')).verdict).toBe('rounding');
    expect(checkSame(p('8.6', 1), p('8.66')).verdict).toBe('error');
  });

  it('shares', () => {
    // seed 000: 基本支出 644.66 of 702.77 = 91.73%
    expect(checkShare(p('91.73'), p('644.66'), p('702.77')).verdict).toBe('exact');
    expect(checkShare(p('91.74'), p('644.66'), p('702.77')).verdict).toBe('error');
    // tiny amounts: 0.01 of 0.03 may be anything from 14.3% to 60% once rounding is allowed for
    expect(checkShare(p('40.00'), p('0.01'), p('0.03')).verdict).toBe('rounding');
    expect(checkShare(p('92.73'), p('644.66'), p('702.77')).verdict).toBe('error');
    expect(checkShare(p('10'), p('1'), p('0')).verdict).toBe('error');
  });

  it('growth rates', () => {
    // seed 000: 三公 7.50, 增加 2.00, 增长 36.36%
    expect(checkGrowth(p('36.36'), p('2.00'), p('7.50'), 'increase').verdict).toBe('exact');
    // 机构运转经费 55.55, 增加 9.15, 增长 19.72%
    expect(checkGrowth(p('19.72'), p('9.15'), p('55.55'), 'increase').verdict).toBe('exact');
    expect(checkGrowth(p('29.20'), p('158.83'), p('702.77'), 'increase').verdict).toBe('exact');
    expect(checkGrowth(p('25.00'), p('158.83'), p('702.77'), 'increase').verdict).toBe('error');
    // 减少 1, 下降 10% → last year 10
    expect(checkGrowth(p('10.00'), p('1.00'), p('9.00'), 'decrease').verdict).toBe('exact');
  });
});
