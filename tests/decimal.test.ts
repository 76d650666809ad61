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

describe('units', () => {
  it('a figure in 元 is the same figure in 万元 with four more decimals, its interval unchanged', async () => {
    const { inUnit, intervalOf } = await import('../src/engine/decimal.js');
    const yuan = p('7027700', 0);
    const wan = inUnit(yuan, '元', '万元');
    expect(wan).toEqual({ value: '702.7700', decimals: 4 });
    expect(intervalOf(wan).lo.times(10000).toString()).toBe('7027699.5');
    expect(checkSame(p('702.77'), wan).verdict).toBe('exact');
    expect(checkSame(p('702.77'), inUnit(p('7027749', 0), '元', '万元')).verdict).toBe('rounding');
    expect(checkSame(p('702.77'), inUnit(p('7028000', 0), '元', '万元')).verdict).toBe('error');
    // a coarser unit: 1.2 亿元 is 12000 万元 ± 500
    const yi = inUnit(p('1.2', 1), '亿元', '万元');
    expect(yi).toEqual({ value: '12000', decimals: -3 });
    expect(intervalOf(yi).lo.toString()).toBe('11500');
  });
});

describe('a table in 元 beside a narrative in 万元', () => {
  it('the narrative amount is checked against the converted cell, not reported as ten thousand times off', async () => {
    const { audit } = await import('./helpers/audit.js');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/000_52f5b89fd5e0ecf0.txt', import.meta.url), 'utf8').split('\n');
    // table 08 (lines 419-423) reprinted in 元: 三公 7.50 万元 = 75,000.00 元
    expect(text[418]).toBe('单位：万元');
    text[418] = '单位：元';
    text[422] = '75,000.00\t\t75,000.00\t\t75,000.00\t';
    const { result } = audit('yuan.txt', text.join('\n'));
    const model = audit('yuan.txt', text.join('\n')).model;
    expect(model.tables.find((t) => t.kind === 'three-public')?.rows[0]?.cells[0]).toMatchObject({ value: '75000.00', line: 423 });
    const on423 = result.findings.filter((f) => f.locations.some((l) => l.line === 423) && f.ruleId.startsWith('narrative'));
    expect(on423).toEqual([]);
    text[422] = '76,000.00\t\t76,000.00\t\t76,000.00\t';
    const wrong = audit('yuan.txt', text.join('\n')).result.findings.filter((f) => f.ruleId === 'narrative-amount' && f.locations.some((l) => l.line === 423));
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong[0]?.severity).toBe('error');
  });
});
