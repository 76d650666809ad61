import { describe, expect, it } from 'vitest';
import { cellsFromFits, enumerateFits, type Fit } from '../src/parse/degraded/assign.js';
import { narrowByRowSums, narrowExactly } from '../src/parse/degraded/consistency.js';
import { ARITHMETIC } from '../src/parse/degraded/identities.js';
import { readAmount, type Amount } from '../src/parse/degraded/text.js';
import { HENAN_COLUMNS } from '../src/parse/tables/kinds.js';

const amounts = (s: string, line = 1): Amount[] => s.split(' ').map((t) => readAmount({ t, line }) as Amount);
const SPEND = HENAN_COLUMNS.expenditure as readonly string[];
const INCOME = HENAN_COLUMNS.income as readonly string[];
const spend = ARITHMETIC.expenditure!;
const placedKeys = (f: Fit) => [...f.keys()].join(',');

describe('order-preserving placements that fit the arithmetic', () => {
  it('002 line 601 `8.60 8.60 8.60`: six placements fit 03, so nothing below 合计 is decided by the row alone', () => {
    const fits = enumerateFits(amounts('8.60 8.60 8.60'), SPEND, spend);
    expect(fits.map(placedKeys).sort()).toEqual([
      'total,basic,basic.capital',
      'total,basic,basic.family',
      'total,basic,basic.goods',
      'total,basic,basic.wages',
      'total,project,project.operating',
      'total,project,project.specific',
    ]);
    const { cells, certain, ambiguous } = cellsFromFits(SPEND, fits, 601);
    expect(certain).toBe(1);
    expect(ambiguous).toBe(8);
    expect(cells.find((c) => c.column === 'total')).toMatchObject({ certainty: 'certain', value: '8.60' });
    expect(cells.find((c) => c.column === 'project')).toMatchObject({ certainty: 'ambiguous', value: null, alternatives: ['0', '8.60'] });
  });

  it('002 line 524 `合计 50.65 50.65 50.65 50.65`: one placement of four numbers in eighteen income columns', () => {
    const fits = enumerateFits(amounts('50.65 50.65 50.65 50.65'), INCOME, ARITHMETIC.income!);
    expect(fits.map(placedKeys)).toEqual(['total,current,general,general.fiscal']);
  });

  it('002 line 591: the 合计 row fixes 基本/项目 but not which parts of 基本 are printed', () => {
    const fits = enumerateFits(amounts('50.65 42.05 24.81 13.68 3.56 8.60 8.60'), SPEND, spend);
    expect(fits).toHaveLength(8);
    for (const f of fits) {
      expect(f.get('basic')?.value).toBe('42.05');
      expect(f.get('project')?.value).toBe('8.60');
    }
  });

  it('as many numbers as columns: one placement, kept even when it does not add up (rules report it)', () => {
    const fits = enumerateFits(amounts('10.00 9.00 1.00'), ['total', 'personnel', 'public'], ARITHMETIC['general-budget-basic']!);
    expect(fits).toHaveLength(1);
    expect(enumerateFits(amounts('10.00 2.00 1.00'), ['total', 'personnel', 'public'], ARITHMETIC['general-budget-basic']!)).toHaveLength(1);
  });

  it('a printed total off by more than rounding admits no placement with an empty cell', () => {
    expect(enumerateFits(amounts('10.00 9.00'), ['total', 'personnel', 'public'], ARITHMETIC['general-budget-basic']!)).toHaveLength(0);
    // within rounding (n + 1) × 0.005 it does
    expect(enumerateFits(amounts('10.00 9.99'), ['total', 'personnel', 'public'], ARITHMETIC['general-budget-basic']!)).toHaveLength(2);
  });

  it('004 line 248 `221.52 171.30 25.07 25.15` leaves 基本支出 小计 unprinted: read as the sum of its parts, shown empty', () => {
    const fits = enumerateFits(amounts('221.52 171.30 25.07 25.15'), SPEND, spend);
    expect(fits.length).toBeGreaterThan(0);
    const { cells } = cellsFromFits(SPEND, fits, 248);
    expect(cells.find((c) => c.column === 'total')).toMatchObject({ certainty: 'certain', value: '221.52' });
    expect(cells.find((c) => c.column === 'basic')).toMatchObject({ certainty: 'certain', status: 'empty' });
    // which parts of 基本 the three numbers are is left to the column sums (see below)
    expect(cells.find((c) => c.column === 'basic.wages')?.alternatives).toContain('171.30');
  });
});

describe('column sums between rows', () => {
  // 001 lines 257–261: department 250.65 230.06 202.85 14.39 12.82 20.59 20.59 and four 项 rows,
  // three of which print the same number three times (basic or project?).
  const rows = [
    '250.65 230.06 202.85 14.39 12.82 20.59 20.59',
    '195.60 195.60 168.39 14.39 12.82',
    '20.59 20.59 20.59',
    '16.43 16.43 16.43',
    '18.03 18.03 18.03',
  ].map((s, i) => amounts(s, 257 + i));
  const sums = [{ whole: 0, parts: [1, 2, 3, 4] }];

  it('interval narrowing alone cannot pair the rows; the exact pass can', () => {
    const candidates = rows.map((r) => enumerateFits(r, SPEND, spend));
    narrowByRowSums(candidates, sums, SPEND);
    expect(candidates[2]!.length).toBeGreaterThan(1);
    narrowExactly(candidates, sums, SPEND);
    // 230.06 = 195.60 + 16.43 + 18.03: 20.59 must be 项目支出, 16.43 and 18.03 基本支出
    for (const f of candidates[2]!) expect(f.get('project')?.value).toBe('20.59');
    for (const i of [3, 4]) for (const f of candidates[i]!) expect(f.has('basic')).toBe(true);
    const { cells } = cellsFromFits(SPEND, candidates[2]!, 259);
    expect(cells.find((c) => c.column === 'basic')).toMatchObject({ certainty: 'certain', status: 'empty' });
    expect(cells.find((c) => c.column === 'project')).toMatchObject({ certainty: 'certain', value: '20.59' });
    // which part of 项目支出 is still open: the rows alone cannot say (10's project types can)
    expect(cells.find((c) => c.column === 'project.operating')?.certainty).toBe('ambiguous');
  });

  it('an inconsistent set of rows is left as it was rather than emptied', () => {
    const bad = [amounts('99.00 99.00 99.00'), amounts('1.00 1.00 1.00')];
    const candidates = bad.map((r) => enumerateFits(r, SPEND, spend));
    const before = candidates.map((c) => c.length);
    narrowByRowSums(candidates, [{ whole: 0, parts: [1] }], SPEND);
    narrowExactly(candidates, [{ whole: 0, parts: [1] }], SPEND);
    expect(candidates.map((c) => c.length)).toEqual(before);
  });
});
