import { describe, expect, it } from 'vitest';
import { checkAcrossReleases } from '../src/batch/cross-release.js';
import { summarize } from '../src/batch/summary.js';
import type { DocumentReport } from '../src/model/report.js';
import type { ReleaseSummary } from '../src/model/release-summary.js';
import { generateFinalRelease } from './generator-final/index.js';
import { audit } from './helpers/audit.js';

/**
 * A budget and the 决算 of the same department and year in one run: the 决算's 年初预算数 (of
 * general-budget fiscal spending, stated in its narrative) must equal the budget's amount. The 决算
 * is a script-made one (tests/generator-final); the budget's summary states the figure it published.
 */
describe('a budget against its 决算 across releases', () => {
  const release = generateFinalRelease(3);
  const { model } = audit(release.name, release.text);
  const final = summarize(model, 'zh');
  const doc = (path: string, summary: ReleaseSummary): DocumentReport => ({ path, status: 'checked', findings: [], summary }) as DocumentReport;
  const budget = (general: string): ReleaseSummary => ({
    department: final.department,
    year: final.year,
    kind: '部门预算',
    totals: { 'general.expenditure': { value: general, decimals: 2, line: 9 } },
    units: [],
    yoy: [],
  });

  it('the 决算 summary carries its 年初预算数 from the narrative', () => {
    expect(final.kind).toBe('部门决算');
    expect(final.totals['budget.initial.general']?.value).toMatch(/^\d+(\.\d+)?$/);
  });

  it('equal amounts hold; a different one is a mismatch naming both files', () => {
    const initial = final.totals['budget.initial.general']!;
    const printed = initial.value.includes('.') ? initial.value.padEnd(initial.value.indexOf('.') + 3, '0') : `${initial.value}.00`;
    const ok = checkAcrossReleases([doc('budget.txt', budget(printed)), doc('final.txt', final)], 'zh');
    expect(ok.map((x) => [x.check, x.status])).toEqual([['final-initial', 'ok']]);
    const off = checkAcrossReleases([doc('budget.txt', budget('1.00')), doc('final.txt', final)], 'zh');
    expect(off[0]).toMatchObject({ check: 'final-initial', status: 'mismatch', paths: ['budget.txt', 'final.txt'] });
  });
});
