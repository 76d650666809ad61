import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, FIXTURES } from '../helpers/audit.js';
import { diagnose } from '../../src/diagnose/index.js';
import type { Diagnosis } from '../../src/model/report.js';

/** The seed with one printed figure changed, on its line. */
function changed(name: string, line: number, from: string, to: string): string {
  const lines = readFileSync(join(FIXTURES, name), 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  return lines.join('\n');
}

function diagnosesOf(name: string, text: string): Diagnosis[] {
  const { result } = audit(name, text);
  return diagnose(result.findings, result.identities, 'zh').diagnoses;
}

const on = (ds: Diagnosis[], line: number) => ds.filter((d) => d.alternatives.some((a) => a.some((c) => c.location.line === line && !c.derived)));

describe('findings that carry their identity, so that the diagnosis can name the number', () => {
  it('004 line 248: a part of a 基本支出 printed blank (26.44 for 25.07) is named: the blank subtotal stands for its parts', () => {
    const ds = on(diagnosesOf('004_089b4ec93cddaf3a.txt', changed('004_089b4ec93cddaf3a.txt', 248, '25.07', '26.44')), 248);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.kind).toBe('number');
    expect(ds[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '26.44', suggested: '25.07' })]);
  });

  it('001 line 121: 三公 stated as 3 while table 08 is printed empty: the narrative figure is named, to be 0', () => {
    const text = changed('001_d3fb4ee6849ee809.txt', 121, '0万元', '3万元');
    const ds = on(diagnosesOf('001_d3fb4ee6849ee809.txt', text), 121);
    expect(ds.map((d) => d.kind)).toEqual(['number']);
    expect(ds[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '3', suggested: '0' })]);
  });

  it('000 line 143: 政府采购 3 against goods + works + services 0: a tie of the total and a part, reported as a tie', () => {
    const text = changed('000_52f5b89fd5e0ecf0.txt', 143, '预算安排0万元', '预算安排3万元');
    const ds = on(diagnosesOf('000_52f5b89fd5e0ecf0.txt', text), 143);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.kind).toBe('tie');
    expect(ds[0]!.alternatives.some((a) => a.some((c) => c.printed === '3' && c.suggested === '0'))).toBe(true);
    expect(ds[0]!.alternatives.length).toBeGreaterThanOrEqual(2);
  });

  it('004 line 126: a 三公 part changed by 6.2 instead of 4.8 breaks total change = Σ part changes; which of them is a tie', () => {
    const text = changed('004_089b4ec93cddaf3a.txt', 126, '减少 4.8 万元', '减少 6.2 万元');
    const { result } = audit('004_089b4ec93cddaf3a.txt', text);
    const f = result.findings.find((x) => x.ruleId === 'yoy-repeat')!;
    expect(f.identities?.[0]?.terms.map((t) => [t.location.line, t.value, t.coefficient])).toEqual([
      // −6.8 (减少) = 0 (持平) + −0 + −2 + −6.2 (减少): decreases enter with the opposite sign
      [120, '6.8', '-1'], [124, '0', '-1'], [128, '0', '1'], [128, '2', '1'], [126, '6.2', '1'],
    ]);
    const ds = on(diagnose(result.findings, result.identities, 'zh').diagnoses, 126);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.kind).toBe('tie');
    expect(ds[0]!.alternatives.some((a) => a.some((c) => c.location.line === 126 && c.printed === '6.2' && c.suggested === '4.8'))).toBe(true);
  });
});

describe('a number every alternative of a tie corrects', () => {
  it('002 line 787: 07 合计 52.02 (for 50.65) joins the tie the release already has in 07; it is its own diagnosis, the rest stays a tie', () => {
    const name = '002_d924ceb559bc64c1.txt';
    const before = diagnosesOf(name, readFileSync(join(FIXTURES, name), 'utf8')).filter((d) => d.kind === 'tie');
    expect(before.length).toBeGreaterThan(0);
    const ds = diagnosesOf(name, changed(name, 787, '合计 50.65 50.65 50.65', '合计 52.02 50.65 50.65'));
    const mine = on(ds, 787);
    expect(mine.map((d) => d.kind)).toEqual(['number']);
    expect(mine[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '52.02', suggested: '50.65' })]);
    // the tie of the printed release is still reported, as a tie, without line 787
    const ties = ds.filter((d) => d.kind === 'tie');
    expect(ties.length).toBe(before.length);
    for (const t of ties) expect(t.alternatives.every((a) => a.every((c) => c.location.line !== 787))).toBe(true);
  });
});
