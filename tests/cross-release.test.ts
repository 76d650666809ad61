import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAcrossReleases, sameName } from '../src/batch/cross-release.js';
import type { ReleaseSummary } from '../src/model/release-summary.js';
import type { DocumentReport, Report } from '../src/model/report.js';
import { FIXTURE_000, ROOT, run, tmp } from './helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts', 'make-two-years.mjs');

/** Two years of department 000, made by the script; the files renamed so that names say nothing. */
function twoYears(...extra: string[]): string {
  const dir = tmp();
  execFileSync(process.execPath, [SCRIPT, FIXTURE_000, dir, ...extra]);
  readdirSync(dir).forEach((f, i) => renameSync(join(dir, f), join(dir, `release-${String.fromCharCode(97 + i)}.txt`)));
  return dir;
}

async function crossOf(dir: string) {
  const r = await run(['check', dir, '--format', 'json', '--fail-on', 'never', '-j', '1']);
  const report = JSON.parse(r.stdout) as Report;
  return { report, cross: report.crossRelease ?? [] };
}

describe('checks across releases: two years of one department', () => {
  it('last year as this year says: every year-over-year claim agrees with last year’s release', async () => {
    const { report, cross } = await crossOf(twoYears());
    expect(report.documents.map((d) => d.summary?.year).sort()).toEqual([2025, 2026]);
    const totals = cross.filter((c) => c.key === 'income.total' || c.key === 'expenditure.total');
    expect(totals.length).toBe(2);
    expect(cross.filter((c) => c.status === 'mismatch')).toEqual([]);
    expect(cross.every((c) => c.check === 'yoy' && c.year === 2026)).toBe(true);
  });

  it('last year’s total printed otherwise: the claims on the total do not agree', async () => {
    const { cross } = await crossOf(twoYears('--last-total', '700.00'));
    const mismatches = cross.filter((c) => c.status === 'mismatch');
    expect(mismatches.map((c) => c.key).sort()).toEqual(['expenditure.total', 'income.total']);
    expect(mismatches[0]).toMatchObject({ expected: '702.77', actual: '700.00', difference: '-2.77' });
    expect(mismatches[0]!.message).toContain('2025年应为 702.77');
  });

  it('the folder overview lists both releases with the mismatches (CSV and HTML)', async () => {
    const dir = twoYears('--last-total', '700.00');
    const csv = (await run(['check', dir, '--format', 'csv', '--fail-on', 'never', '-j', '1'])).stdout;
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]!.split(',').slice(0, 7)).toEqual(['文件', '部门', '年度', '类别', '模板', '状态', '支出总计']);
    expect(rows).toHaveLength(3);
    const last = rows.find((r) => r.includes(',2025,'))!.split(',');
    expect(last[6]).toBe('700.00');
    expect(last[15]).toBe('2');
    const html = (await run(['check', dir, '--format', 'html', '--fail-on', 'never', '-j', '1'])).stdout;
    expect(html).toContain('id="cross-release"');
    expect(html).toContain('2025年应为 702.77');
  });
});

function summary(department: string, year: number, total: string, extra: Partial<ReleaseSummary> = {}): ReleaseSummary {
  return { department, year, kind: '部门预算', totals: { 'expenditure.total': { value: total, decimals: 2, line: 10 } }, units: [], yoy: [], ...extra };
}

function doc(path: string, s: ReleaseSummary): DocumentReport {
  return { path, status: 'checked', findings: [], summary: s };
}

describe('checks across releases: matching by the model', () => {
  const unitRow = (name: string, value: string) => ({ name, role: 'unit' as const, total: { value, decimals: 2, line: 20 } });
  const 汇总 = summary('某局', 2026, '300.00', { units: [unitRow('某局本级', '100.00'), unitRow('某中心', '200.00')] });

  it('a 汇总 against its units’ releases: each unit row, then the sum', () => {
    const r = checkAcrossReleases([doc('a.txt', 汇总), doc('b.txt', summary('某局', 2026, '100.00', { kind: '单位预算' })), doc('c.txt', summary('某中心', 2026, '200.00', { kind: '单位预算' }))], 'zh');
    expect(r.map((x) => [x.check, x.status])).toEqual([
      ['unit', 'ok'],
      ['unit', 'ok'],
      ['units-sum', 'ok'],
    ]);
  });

  it('a unit whose own release prints another total: that unit, and the sum', () => {
    const r = checkAcrossReleases([doc('a.txt', 汇总), doc('b.txt', summary('某局', 2026, '100.00')), doc('c.txt', summary('某中心', 2026, '210.00'))], 'zh');
    expect(r.filter((x) => x.status === 'mismatch').map((x) => [x.check, x.paths.join('+')])).toEqual([
      ['unit', 'a.txt+c.txt'],
      ['units-sum', 'a.txt+b.txt+c.txt'],
    ]);
  });

  it('a unit of another year is not matched; without every unit there is no sum', () => {
    const r = checkAcrossReleases([doc('a.txt', 汇总), doc('b.txt', summary('某局', 2026, '100.00')), doc('c.txt', summary('某中心', 2025, '999.00'))], 'zh');
    expect(r.map((x) => x.check)).toEqual(['unit']);
  });

  it('a budget against the 年初预算数 of its 决算, when the 决算 states it', () => {
    const final = (initial: string) =>
      summary('某局', 2026, '320.00', { kind: '部门决算', totals: { 'expenditure.total': { value: '320.00', decimals: 2, line: 5 }, 'budget.initial': { value: initial, decimals: 2, line: 6 } } });
    const budget = summary('某局', 2026, '300.00');
    expect(checkAcrossReleases([doc('b.txt', budget), doc('f.txt', final('300.00'))], 'zh').map((x) => [x.check, x.status])).toEqual([['final-initial', 'ok']]);
    expect(checkAcrossReleases([doc('b.txt', budget), doc('f.txt', final('310.00'))], 'en')[0]).toMatchObject({ status: 'mismatch', difference: '10.00' });
    // a 决算 is never taken for last year's budget
    const yoy = summary('某局', 2027, '330.00', { yoy: [{ key: 'expenditure.total', label: '支出', line: 3, direction: 'increase', change: { value: '10.00', decimals: 2, line: 3 } }] });
    expect(checkAcrossReleases([doc('n.txt', yoy), doc('f.txt', { ...final('300.00'), year: 2026 })], 'zh')).toEqual([]);
  });

  it('a rounding tail across years is not a mismatch', () => {
    const now = summary('某局', 2026, '330.00', { yoy: [{ key: 'expenditure.total', label: '支出', line: 3, direction: 'decrease', change: { value: '10.00', decimals: 2, line: 3 } }] });
    const r = checkAcrossReleases([doc('n.txt', now), doc('o.txt', summary('某局', 2025, '340.01'))], 'zh');
    expect(r[0]).toMatchObject({ check: 'yoy', status: 'rounding' });
    const off = checkAcrossReleases([doc('n.txt', now), doc('o.txt', summary('某局', 2025, '340.02'))], 'zh');
    expect(off[0]).toMatchObject({ status: 'mismatch' });
  });

  it('names drift in spaces, brackets and 本级', () => {
    expect(sameName('中共某委 （办公室）', '中共某委(办公室)本级')).toBe(true);
    expect(sameName('某局', '某中心')).toBe(false);
  });
});
