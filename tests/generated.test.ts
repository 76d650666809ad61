import { beforeAll, describe, expect, it } from 'vitest';
import { measure, type Measure } from './generator/measure.js';

/**
 * CI-sized run of the acceptance measure (the full size is `npm run generated`, figures in
 * docs/generated.md): consistent releases of every fund mix, both wordings, 万元 and 元 audit with no
 * error and no warning; one printed number changed beyond rounding is flagged on its line.
 */
describe('generated releases', () => {
  let m: Measure;
  // a few hundred audits: longer than one test's default time on a shared machine
  beforeAll(() => {
    m = measure(60, 200);
  }, 600_000);

  it('60 consistent releases: no error, no warning', () => {
    expect(m.falseReleases).toEqual([]);
  });

  it('200 single-number injections: at least 98% flagged on the changed line', () => {
    const flagged = m.injected - m.missed.length;
    expect(flagged * 100, JSON.stringify(m.missed)).toBeGreaterThanOrEqual(m.injected * 98);
  });
});
