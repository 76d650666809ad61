import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../src/model/report.js';
import { displayPath } from '../src/batch/inputs.js';
import { buildCorpus, CORPUS_MAX_MIB, NOT_WALKED, type CorpusCase } from './corpus/build.js';
import { ROOT, run, type Run } from './helpers/cli.js';

let dir: string;
let out: string;
let cases: CorpusCase[];
let result: Run;
let report: Report;

const FORMATS = ['json', 'sarif', 'junit', 'markdown', 'html', 'pretty', 'github'] as const;
const shown = (c: CorpusCase) => displayPath(join(dir, c.file), ROOT);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-audit-corpus-'));
  out = mkdtempSync(join(tmpdir(), 'budget-audit-corpus-out-'));
  cases = buildCorpus(dir);
  const outputs = FORMATS.flatMap((f) => ['--format', f, '--output-file', join(out, `report.${f}`)]);
  result = await run(['check', dir, 'fixtures', '--max-file-size', String(CORPUS_MAX_MIB), '--lang', 'en', '--jobs', '2', '--fail-on', 'never', ...outputs]);
  report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
}, 120_000);

describe('a batch over the hostile corpus and the fixtures', () => {
  it('completes and exits 2, as documented for inputs that could not be audited', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
  });

  it('reports every file once, and nothing from hidden or node_modules folders', () => {
    const paths = report.documents.map((d) => d.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const c of cases) expect(paths, c.file).toContain(shown(c));
    for (const f of NOT_WALKED) expect(paths.some((p) => p.endsWith(f))).toBe(false);
    const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt'));
    for (const f of fixtures) expect(paths).toContain(`fixtures/${f}`);
  });

  it('gives each case its status, reason and message', () => {
    for (const c of cases) {
      const d = report.documents.find((x) => x.path === shown(c));
      expect(d?.status, c.file).toBe(c.status);
      if (c.reason) expect(d?.reason, c.file).toBe(c.reason);
      if (typeof c.message === 'string') expect(d?.error, c.file).toBe(c.message);
      else if (c.message) expect(d?.error, c.file).toMatch(c.message);
      if (c.status === 'checked') expect(d?.error, c.file).toBeUndefined();
      if (c.encoding) expect(d?.source?.encoding, c.file).toBe(c.encoding);
    }
  });

  it('audits every fixture and the release whatever its encoding, line ends, spaces or digits', () => {
    for (const d of report.documents.filter((x) => x.path.startsWith('fixtures/') && x.path.endsWith('.txt'))) expect(d.status, d.path).toBe('checked');
    const base = report.documents.find((d) => d.path.endsWith('release-utf8.txt'));
    expect(base?.findings.length).toBeGreaterThan(0);
    const strip = (d: typeof base) => d?.findings.map((f) => ({ ...f }));
    for (const c of cases.filter((x) => x.sameRelease)) {
      const d = report.documents.find((x) => x.path === shown(c));
      expect(strip(d), c.file).toEqual(strip(base));
      expect(d?.meta, c.file).toEqual(base?.meta);
    }
    expect(report.documents.find((d) => d.path.endsWith('release-utf8-bom.txt'))?.source?.bom).toBe(true);
  });

  it('counts every status in the summary', () => {
    const count = (s: string) => report.documents.filter((d) => d.status === s).length;
    expect(report.summary).toMatchObject({
      documents: report.documents.length,
      checked: count('checked'),
      notRelease: count('not-a-release'),
      unreadable: count('unreadable'),
      tooLarge: count('too-large'),
      binary: count('binary'),
      timeout: 0,
      failed: 0,
    });
    expect(report.summary.notRelease).toBeGreaterThanOrEqual(4);
    expect(report.summary.binary).toBe(3);
    expect(report.summary.tooLarge).toBe(1);
    expect(report.summary.unreadable).toBe(5);
  });

  it('shows every file that was not audited, with its message, in every format', () => {
    const notAudited = report.documents.filter((d) => d.status !== 'checked');
    const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const f of FORMATS) {
      const text = readFileSync(join(out, `report.${f}`), 'utf8');
      for (const d of notAudited) {
        const file = d.path.split('/').pop() ?? d.path;
        const message = d.error ?? '';
        const asWritten = f === 'html' || f === 'junit' ? escapeXml(message) : f === 'json' || f === 'sarif' ? JSON.stringify(message).slice(1, -1) : message;
        expect(text, `${f}: ${d.path}`).toContain(f === 'html' || f === 'junit' ? escapeXml(file) : file);
        expect(text, `${f}: ${d.path}`).toContain(asWritten);
      }
    }
    const junit = readFileSync(join(out, 'report.junit'), 'utf8');
    expect(junit).toContain('<skipped message="not a budget release');
    expect(junit).toContain('type="binary"');
    const github = readFileSync(join(out, 'report.github'), 'utf8');
    expect(github).toMatch(/::notice file=[^\n]*novel\.txt/);
    expect(github).toMatch(/::error file=[^\n]*scan\.txt/);
    const pretty = readFileSync(join(out, 'report.pretty'), 'utf8');
    expect(pretty).toMatch(/\d+ checked, 5 unreadable, 0 failed, \d+ not a budget release, 1 too large, 3 binary/);
  });
});
