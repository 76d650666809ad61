import { describe, expect, it } from 'vitest';
import { solve } from '../../src/diagnose/solve.js';
import { diagnose } from '../../src/diagnose/index.js';
import { holds } from '../../src/diagnose/terms.js';
import type { Finding, Identity } from '../../src/model/report.js';
import { absentTerm, cell, grid, sameIdentity, shareIdentity, stated, sumIdentity } from './build.js';

const CLEAN = {
  r1: { 合计: '3.00', a: '1.00', b: '2.00' },
  r2: { 合计: '9.00', a: '4.00', b: '5.00' },
  total: { 合计: '12.00', a: '5.00', b: '7.00' },
};

function failingOf(ids: Identity[]) {
  return ids.filter((i) => !holds(i));
}

function finding(identities: Identity[], n: number): Finding {
  return { ruleId: 'test', severity: 'error', message: `f${n}`, locations: [identities[0]!.terms[0]!.location], fingerprint: `fp${n}`, identities };
}

/** Split identities into findings (the failing ones) and held ones, as the runner does. */
function run(ids: Identity[]) {
  const failing = failingOf(ids);
  return diagnose(failing.map((f, i) => finding([f], i)), ids.filter((i) => holds(i)), 'zh');
}

describe('diagnosis: the fewest printed numbers to correct', () => {
  it('a clean table has nothing to diagnose', () => {
    expect(solve(grid(CLEAN, 'total'))).toEqual([]);
  });

  it('one wrong cell breaks its row sum and its column sum: that cell is the one finding', () => {
    const ids = grid({ ...CLEAN, r1: { ...CLEAN.r1, a: '2.37' } }, 'total');
    expect(failingOf(ids)).toHaveLength(2);
    const groups = solve(ids);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.solutions).toHaveLength(1);
    const [c] = groups[0]!.solutions[0]!.corrections;
    expect(c!.variable.term.location).toMatchObject({ line: 10, column: 'a', value: '2.37' });
    expect(c!.value!.toFixed(2)).toBe('1.00');
    const r = run(ids);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]).toMatchObject({ kind: 'number', explains: ['fp0', 'fp1'] });
    expect(r.diagnoses[0]!.alternatives[0]![0]).toMatchObject({ printed: '2.37', suggested: '1.00' });
    expect(r.diagnoses[0]!.message).toContain('应为 1.00');
    expect(r.findings.every((f) => f.explainedBy === 'D1')).toBe(true);
  });

  it('a rounding tail is not a mistake', () => {
    const ids = grid({ ...CLEAN, r1: { ...CLEAN.r1, a: '1.01' } }, 'total');
    expect(failingOf(ids)).toHaveLength(0);
    expect(solve(ids)).toEqual([]);
  });

  it('a narrative figure against one cell, neither in any other identity: a tie between the two', () => {
    const ids = [sameIdentity(cell(40, '合计', '1038.62'), stated(5, '基本支出', '1058.62'))];
    const r = run(ids);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]!.kind).toBe('tie');
    expect(r.diagnoses[0]!.alternatives.map((a) => a[0]!.suggested).sort()).toEqual(['1038.62', '1058.62']);
  });

  it('the cell also holds in its table: the narrative figure is the one to correct', () => {
    const total = cell(40, '合计', '1038.62');
    const ids = [
      sameIdentity(total, stated(5, '基本支出', '1058.62')),
      sumIdentity(total, [cell(40, '工资', '1000.00'), cell(40, '商品', '38.62')]),
    ];
    const r = run(ids);
    expect(r.diagnoses[0]).toMatchObject({ kind: 'number' });
    expect(r.diagnoses[0]!.alternatives[0]![0]).toMatchObject({ printed: '1058.62', suggested: '1038.62' });
    expect(r.diagnoses[0]!.message).toContain('说明第5行“基本支出” 印为 1058.62，应为 1038.62');
  });

  it('a row missing from table 07: the absent row is the correction, of the amount 06 prints', () => {
    const in06 = cell(80, '合计', '3.75', '表06', '30229 福利费');
    const missing = cell(120, '合计', '0.00', '表07', '30229 福利费');
    const ids = [
      absentTerm(sumIdentity(cell(110, '合计', '10.00', '表07', '合计'), [cell(111, '合计', '6.25', '表07', '30201 办公费'), missing]), 2),
      absentTerm(sameIdentity(in06, missing), 1),
      sumIdentity(cell(79, '合计', '10.00', '表06', '合计'), [cell(81, '合计', '6.25', '表06', '30201 办公费'), in06]),
      sameIdentity(cell(79, '合计', '10.00', '表06', '合计'), cell(110, '合计', '10.00', '表07', '合计')),
    ];
    const r = run(ids);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]).toMatchObject({ kind: 'missing' });
    expect(r.diagnoses[0]!.alternatives[0]![0]).toMatchObject({ absent: true, suggested: '3.75' });
    expect(r.diagnoses[0]!.message).toContain('表07 缺少“30229 福利费”行，应为 3.75');
  });

  it('a row printed as zeros: the row is the one mistake', () => {
    const ids = grid(
      {
        r1: { 合计: '6.00', a: '4.00', b: '2.00' },
        r2: { 合计: '0.00', a: '0.00', b: '0.00' },
        total: { 合计: '10.00', a: '7.00', b: '3.00' },
      },
      'total',
    );
    expect(failingOf(ids)).toHaveLength(3);
    const r = run(ids);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]!.kind).toBe('zero-row');
    expect(r.diagnoses[0]!.alternatives[0]!.map((c) => [c.location.column, c.suggested])).toEqual([
      ['合计', '4.00'],
      ['a', '3.00'],
      ['b', '1.00'],
    ]);
    expect(r.diagnoses[0]!.message).toContain('表03“r2”行（第11行）各数印为零');
  });

  it('two independent errors: two diagnoses, each with its own findings', () => {
    const t1 = grid({ ...CLEAN, r2: { ...CLEAN.r2, b: '6.37' } }, 'total');
    const part = stated(7, '基本支出', '30.00');
    const whole = stated(6, '支出合计', '100.00');
    const share = shareIdentity(stated(7, '基本支出', '50.00'), part, whole);
    // both amounts also agree with the tables: only the percent is free to be wrong
    const pinned = [sameIdentity(part, cell(50, '基本支出', '30.00', '表03', '合计')), sameIdentity(whole, cell(50, '合计', '100.00', '表03', '合计'))];
    const ids = [...t1, share, ...pinned];
    const r = run(ids);
    expect(r.diagnoses).toHaveLength(2);
    expect(r.diagnoses.map((d) => d.kind)).toEqual(['number', 'number']);
    const fixes = r.diagnoses.map((d) => d.alternatives[0]![0]!);
    expect(fixes[0]).toMatchObject({ printed: '6.37', suggested: '5.00' });
    // the share's percent is printed with 2 decimals here: 30 of 100 is 30.00%
    expect(fixes[1]).toMatchObject({ printed: '50.00', suggested: '30.00' });
    expect(r.diagnoses[0]!.explains).toHaveLength(2);
    expect(r.diagnoses[1]!.explains).toHaveLength(1);
  });

  it('a share whose three figures stand alone: any one of them could be wrong, a tie of three', () => {
    const share = shareIdentity(stated(7, '基本支出', '50.00'), stated(7, '基本支出', '30.00'), stated(6, '支出合计', '100.00'));
    const r = run([share]);
    expect(r.diagnoses[0]!.kind).toBe('tie');
    expect(r.diagnoses[0]!.alternatives.map((a) => `${a[0]!.printed}→${a[0]!.suggested}`).sort()).toEqual(['100.00→60.00', '30.00→50.00', '50.00→30.00']);
  });

  it('two wrong cells in one table, no single one explains all: the pair (and the other pair the sums cannot tell from it)', () => {
    const ids = grid({ ...CLEAN, r1: { ...CLEAN.r1, a: '2.37' }, r2: { ...CLEAN.r2, b: '6.37' } }, 'total');
    const groups = solve(ids);
    expect(groups).toHaveLength(1);
    const sets = groups[0]!.solutions.map((s) => s.corrections.map((c) => c.variable.term.value).sort().join('+'));
    // r1.a + r2.b, or r1.b + r2.a: both pairs close all four sums; the diagnosis says it cannot tell
    expect(sets.sort()).toEqual(['2.00+4.00', '2.37+6.37']);
  });

  it('a correction must not break an identity that holds', () => {
    // r1.a and the 合计 column of the total row are both in one failing identity only if … here the
    // total 合计 is wrong, and it also sits in the total row's own sum: only it fixes both
    const ids = grid({ ...CLEAN, total: { ...CLEAN.total, 合计: '13.37' } }, 'total');
    const r = run(ids);
    expect(r.diagnoses[0]!.alternatives).toHaveLength(1);
    expect(r.diagnoses[0]!.alternatives[0]![0]).toMatchObject({ printed: '13.37', suggested: '12.00' });
  });
});
