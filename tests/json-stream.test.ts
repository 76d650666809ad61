import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentReport, Report } from '../src/model/report.js';
import { JsonReportWriter } from '../src/cli/json-stream.js';
import { run, tmp } from './helpers/cli.js';

function streamed(report: Report): string {
  let out = '';
  const w = new JsonReportWriter((s) => (out += s), report);
  for (const d of report.documents) w.document(d);
  const { tool: _t, lang: _l, documents: _d, ...rest } = report;
  w.end(rest);
  return out;
}

const doc = (path: string, findings: DocumentReport['findings'] = []): DocumentReport => ({ path, status: 'checked', findings });
const finding = { ruleId: 'table-column-sum', severity: 'error' as const, message: '合计\n"不符"', locations: [{ line: 3, table: '01', value: '1.00' }], fingerprint: 'f' };
const base = (documents: DocumentReport[]): Report => ({
  tool: { name: 'budget-audit', version: '0.1.0' },
  lang: 'zh',
  documents,
  summary: { documents: documents.length, checked: documents.length, unreadable: 0, notRelease: 0, tooLarge: 0, binary: 0, timeout: 0, failed: 0, errors: 0, warnings: 0, infos: 0, durationMs: 5 },
});

describe('JSON report written one document at a time', () => {
  it('writes exactly what JSON.stringify writes for the whole report (no, one and several documents, a baseline)', () => {
    for (const report of [
      base([]),
      base([doc('a.txt')]),
      base([doc('a.txt', [finding]), { path: 'b.txt', status: 'unreadable', error: '无法读取', findings: [] }, doc('c.txt', [finding, finding])]),
      { ...base([doc('a.txt')]), baseline: { file: 'b.json', suppressed: 1, absent: [{ fingerprint: 'f', ruleId: 'r', path: 'a.txt', message: 'm' }] } },
    ])
      expect(streamed(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('check --format json -o FILE (streamed) writes the same report as --format json to stdout (built whole)', async () => {
    const dir = tmp();
    const file = join(dir, 'r.json');
    const args = ['check', 'fixtures/000_52f5b89fd5e0ecf0.txt', 'fixtures/004_089b4ec93cddaf3a.txt', 'fixtures/no-such.txt', '--format', 'json', '--fail-on', 'never'];
    const whole = await run(args);
    const toFile = await run([...args, '-o', file]);
    expect(toFile.code).toBe(whole.code);
    expect(toFile.code).toBe(2); // the missing file
    const clean = (s: string) => s.replace(/"durationMs": \d+/, '"durationMs": 0');
    expect(clean(readFileSync(file, 'utf8'))).toBe(clean(whole.stdout));
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Report;
    expect(parsed.documents.map((d) => d.path)).toEqual(['fixtures/000_52f5b89fd5e0ecf0.txt', 'fixtures/004_089b4ec93cddaf3a.txt', 'fixtures/no-such.txt']);
    expect(parsed.documents.flatMap((d) => d.findings).length).toBeGreaterThan(0);
    const quietWhole = await run([...args, '--quiet']);
    const quietFile = await run([...args, '--quiet', '-o', file]);
    expect(clean(readFileSync(file, 'utf8'))).toBe(clean(quietWhole.stdout));
    expect(quietFile.code).toBe(quietWhole.code);
    // workers finish in any order; the file lists documents in path order all the same
    await run([...args, '--jobs', '2', '-o', file]);
    expect(clean(readFileSync(file, 'utf8'))).toBe(clean(whole.stdout));
  });
});
