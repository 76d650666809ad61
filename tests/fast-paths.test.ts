import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSum, dec, halfUnit, intervalOf, sumIntervals, sumVerdict } from '../src/engine/decimal.js';
import { columnLabel, hasColumn, normLabel, rowName } from '../src/engine/query.js';
import { ingestBytes } from '../src/ingest/read.js';
import { enumerateFits, satisfies, type Fit } from '../src/parse/degraded/assign.js';
import { ARITHMETIC, type KindArithmetic } from '../src/parse/degraded/identities.js';
import { readAmount, type Amount } from '../src/parse/degraded/text.js';
import { parseRelease } from '../src/parse/index.js';
import { HENAN_COLUMNS } from '../src/parse/tables/kinds.js';
import type { TableKind } from '../src/model/table.js';

// The shortcuts taken for speed must give exactly what the plain definitions give: the verdict
// without intervals, the pruned placement search, and the memoised lookups of the rules.

const p = (value: string, decimals = 2) => ({ value, decimals });
const amounts = (s: string, line = 1): Amount[] => s.split(' ').map((t) => readAmount({ t, line }) as Amount);

/** The search as first written: every C(n, k) placement, tested whole. */
function bruteForceFits(numbers: readonly Amount[], columns: readonly string[], arithmetic: KindArithmetic): string[] {
  const k = numbers.length;
  const n = columns.length;
  const all: number[][] = [];
  const pick = (from: number, acc: number[]) => {
    if (acc.length === k) return void all.push(acc.slice());
    for (let i = from; i <= n - (k - acc.length); i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  for (const fill of [false, true]) {
    const fits = all
      .map((idx) => new Map(idx.map((c, i) => [columns[c]!, numbers[i]!])) as Fit)
      .filter((f) => satisfies(f, arithmetic, fill));
    if (fits.length > 0) return fits.map(describeFit);
  }
  return [];
}

/** a placement as text; subtotals supplied from their parts (raw '') are marked * */
const describeFit = (f: Fit) => [...f.entries()].map(([k, a]) => `${k}=${a.value}${a.raw === '' ? '*' : ''}`).join(',');
/** the numbers' columns only: the reference does not supply subtotals */
const placedOnly = (fits: string[]) => fits.map((f) => f.split(',').filter((e) => !e.endsWith('*')).join(','));

describe('sum verdicts without intervals', () => {
  it('seed 000 table 01: 702.77 = 598.45 + 53.49 + 50.83 is exact, 702.78 a tail, 702.80 an error', () => {
    const parts = [p('598.45'), p('53.49'), p('50.83')];
    expect(sumVerdict(p('702.77'), parts)).toBe('exact');
    expect(sumVerdict(p('702.78'), parts)).toBe('rounding');
    expect(sumVerdict(p('702.80'), parts)).toBe('error');
    // 8.6 against 8.60 + 0.00 (seed 002 line 601 prints 8.60): one decimal widens the total to ±0.05
    expect(sumVerdict(p('8.6', 1), [p('8.63'), p('0.00')])).toBe('rounding');
  });

  it('agrees with checkSum, and checkSum keeps the interval of the summed part intervals', () => {
    const printed = fc.tuple(fc.integer({ min: -5_000_000, max: 5_000_000 }), fc.integer({ min: 0, max: 3 })).map(([units, d]) => {
      const v = dec(String(units)).div(dec('10').pow(d));
      return p(v.toFixed(d), d);
    });
    fc.assert(
      fc.property(printed, fc.array(printed, { maxLength: 10 }), (total, parts) => {
        const full = checkSum(total, parts);
        expect(sumVerdict(total, parts)).toBe(full.verdict);
        const reference = sumIntervals(parts.map(intervalOf));
        expect(full.sumInterval.lo.eq(reference.lo) && full.sumInterval.hi.eq(reference.hi)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('shared parsed values and half units are the values themselves', () => {
    expect(dec('1,241.66'.replace(',', '')).toFixed(2)).toBe('1241.66');
    expect(dec('1241.66')).toBe(dec('1241.66'));
    expect(halfUnit(2).toString()).toBe('0.005');
    expect(halfUnit(3).toString()).toBe('0.0005');
    expect(halfUnit(0).toString()).toBe('0.5');
  });
});

describe('the pruned placement search returns what trying every placement returns', () => {
  it('seed 002 line 524 `合计 50.65 50.65 50.65 50.65` in eighteen income columns: one placement', () => {
    const numbers = amounts('50.65 50.65 50.65 50.65');
    const fits = enumerateFits(numbers, HENAN_COLUMNS.income!, ARITHMETIC.income!).map(describeFit);
    expect(fits).toEqual(['total=50.65,current=50.65,general=50.65,general.fiscal=50.65']);
    expect(fits).toEqual(bruteForceFits(numbers, HENAN_COLUMNS.income!, ARITHMETIC.income!));
  });

  it('seed 002 line 591 `50.65 42.05 24.81 13.68 3.56 8.60 8.60` in 03: the same eight placements, in the same order', () => {
    const numbers = amounts('50.65 42.05 24.81 13.68 3.56 8.60 8.60');
    const fits = enumerateFits(numbers, HENAN_COLUMNS.expenditure!, ARITHMETIC.expenditure!).map(describeFit);
    expect(fits).toHaveLength(8);
    expect(fits).toEqual(bruteForceFits(numbers, HENAN_COLUMNS.expenditure!, ARITHMETIC.expenditure!));
  });

  it('seed 004 line 248 (基本支出 小计 blank): the supplied subtotal is found the same way', () => {
    const numbers = amounts('221.52 171.30 25.07 25.15');
    const fits = enumerateFits(numbers, HENAN_COLUMNS.expenditure!, ARITHMETIC.expenditure!).map(describeFit);
    expect(fits.some((f) => f.includes('basic=221.52*'))).toBe(true);
    expect(placedOnly(fits)).toEqual(bruteForceFits(numbers, HENAN_COLUMNS.expenditure!, ARITHMETIC.expenditure!));
  });

  it('for random rows of every kind', () => {
    const kinds = Object.keys(ARITHMETIC).filter((k) => HENAN_COLUMNS[k as TableKind]) as TableKind[];
    // few distinct values, so that sums often hold and the search has placements to keep
    const value = fc.constantFrom('0.00', '1.00', '2.00', '3.00', '3.01', '5.00', '8.60', '10.00', '-1.00');
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(value, { minLength: 1, maxLength: 7 }), (kind, values) => {
        const numbers = amounts(values.join(' '));
        const columns = HENAN_COLUMNS[kind]!;
        if (numbers.length >= columns.length) return;
        expect(placedOnly(enumerateFits(numbers, columns, ARITHMETIC[kind]!).map(describeFit))).toEqual(
          bruteForceFits(numbers, columns, ARITHMETIC[kind]!),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('memoised lookups follow the model', () => {
  const input = ingestBytes('000', readFileSync(new URL('../fixtures/000_52f5b89fd5e0ecf0.txt', import.meta.url)));
  const model = parseRelease(input);
  const t03 = model.tables.find((t) => t.kind === 'expenditure')!;

  it('seed 000 table 03 (header lines 250–252): the two 小计 columns are named by their headers, also when asked again', () => {
    for (let i = 0; i < 2; i++) {
      expect(columnLabel(t03, 'basic')).toBe('基本支出小计');
      expect(columnLabel(t03, 'project')).toBe('项目支出小计');
    }
    expect(hasColumn(t03, 'basic.wages')).toBe(true);
    expect(hasColumn(t03, 'govFund')).toBe(false);
  });

  it('seed 000 line 258 `201 31 01 行政运行`, renamed after it was named, is named anew', () => {
    const row = { ...t03.rows.find((r) => r.functionCode?.code === '2013101')! };
    expect(rowName(row)).toBe('2013101 行政运行');
    row.label = '事业运行';
    expect(rowName(row)).toBe('2013101 事业运行');
  });

  it('labels reduce to their words', () => {
    expect(normLabel('（一） 收 入 合 计：')).toBe('收入合计');
    expect(normLabel('（一） 收 入 合 计：')).toBe('收入合计');
    expect(normLabel('九、其他收入')).toBe('其他收入');
  });
});
