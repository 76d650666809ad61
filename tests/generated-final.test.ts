import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { measureFinal } from './generator-final/measure.js';
import { generateFinalRelease } from './generator-final/index.js';
import { injectFinal } from './generator-final/inject.js';

/**
 * Synthetic 决算 releases (tests/generator-final: exact atoms, printed figures rounded from them)
 * audit with no error and no warning; one printed figure changed by more than rounding is flagged on
 * its line in at least 98 % of cases. `npm run generated:final -- --count 1000` is the full-size run.
 */
describe('synthetic final accounts', () => {
  const m = measureFinal(1, 60);

  it('consistent releases audit with zero errors and zero warnings', () => {
    expect(m.releases).toBe(60);
    expect(m.flaggedClean).toEqual([]);
  });

  it('a changed number is flagged on its line in at least 98% of cases', () => {
    expect(m.injected).toBe(60);
    expect(m.caught * 100).toBeGreaterThanOrEqual(m.injected * 98);
  });

  it('a seed names one release, and the injector changes exactly one number beyond rounding', () => {
    const a = generateFinalRelease(7);
    expect(generateFinalRelease(7).text).toBe(a.text);
    const inj = injectFinal(a, 7);
    const before = a.text.split('\n');
    const after = inj.text.split('\n');
    expect(after.filter((l, i) => l !== before[i]).length).toBe(1);
    const diff = new Decimal(inj.after.replace(/,/g, '')).minus(inj.before.replace(/,/g, '')).abs();
    expect(diff.gte(1)).toBe(true);
  });
});
