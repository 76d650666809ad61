import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../src/model/report.js';
import { run, ROOT, FIXTURE_000, tmp } from './helpers/cli.js';

function json(stdout: string): Report {
  return Report.parse(JSON.parse(stdout));
}

describe('check: exit codes', () => {
  it('exits 2 for a missing path, after reporting the readable files', async () => {
    const r = await run(['check', 'fixtures/000_52f5b89fd5e0ecf0.txt', 'no-such-file.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    const report = json(r.stdout);
    expect(report.documents.map((d) => [d.path, d.status])).toEqual([
      ['fixtures/000_52f5b89fd5e0ecf0.txt', 'checked'],
      ['no-such-file.txt', 'unreadable'],
    ]);
    expect(report.documents[1]?.error).toContain('no-such-file.txt');
  });

  it('keeps going past a file that cannot be read (binary content)', async () => {
    const dir = tmp();
    copyFileSync(FIXTURE_000, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    const r = await run(['check', dir, '--format', 'json', '--lang', 'en', '--jobs', '2']);
    expect(r.code).toBe(2);
    const report = json(r.stdout);
    expect(report.documents.map((d) => d.status)).toEqual(['checked', 'binary']);
    expect(report.documents[1]?.error).toBe('not a text file (ZIP/Office file)');
    expect(report.summary).toMatchObject({ documents: 2, checked: 1, unreadable: 0, binary: 1 });
  });

  it('exits 2 for usage errors, with a message and no stack trace', async () => {
    for (const args of [
      ['check', 'fixtures', '--fail-on', 'bogus'],
      ['check', 'fixtures', '--format', 'nope'],
      ['check', 'fixtures', '--jobs', '0'],
      ['check', 'fixtures', '--no-such-option'],
      ['check', 'fixtures', '--format', 'json', '--format', 'sarif'],
      ['frobnicate'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^budget-audit: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 for a bad configuration file, naming the mistake', async () => {
    const dir = tmp();
    copyFileSync(FIXTURE_000, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'budget-audit.config.json'), JSON.stringify({ rulez: {} }));
    const unknownKey = await run(['check', 'a.txt'], { cwd: dir });
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain('rulez');

    writeFileSync(join(dir, 'budget-audit.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const unknownRule = await run(['check', 'a.txt', '--lang', 'en'], { cwd: dir });
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain('unknown rule(s) no-such-rule');

    writeFileSync(join(dir, 'bad.json'), '{ "lang": "fr" }');
    const badLang = await run(['check', 'a.txt', '--config', 'bad.json'], { cwd: dir });
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('lang');

    writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
    const notJson = await run(['check', 'a.txt', '--config', 'broken.json', '--lang', 'en'], { cwd: dir });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');
  });

  it('rejects a bad severity for a real rule', async () => {
    const ids = (JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>).map((r) => r.id);
    if (ids.length === 0) return; // no rules registered yet: nothing to misconfigure
    const dir = tmp();
    copyFileSync(FIXTURE_000, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'budget-audit.config.json'), JSON.stringify({ rules: { [ids[0]!]: 'fatal' } }));
    const r = await run(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`rules.${ids[0]}`);
  });

  it('--fail-on never exits 0 on the fixtures', async () => {
    const r = await run(['check', 'fixtures', '--fail-on', 'never', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).summary.documents).toBeGreaterThanOrEqual(5);
  });

  it('--max-warnings fails a run whose warnings exceed it', async () => {
    // the text releases only: the PDFs beside them would make three runs slow and add nothing here
    const texts = ['check', 'fixtures', '--ext', '.txt,.md', '--fail-on', 'never'];
    const r = await run([...texts, '--format', 'json']);
    const warnings = json(r.stdout).summary.warnings;
    expect((await run([...texts, '--max-warnings', String(warnings)])).code).toBe(0);
    if (warnings > 0) expect((await run([...texts, '--max-warnings', String(warnings - 1)])).code).toBe(1);
  });

  it('checks the configuration include list when no path is given, relative to the file', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'releases'));
    mkdirSync(join(dir, 'work'));
    copyFileSync(FIXTURE_000, join(dir, 'releases', 'a.txt'));
    copyFileSync(FIXTURE_000, join(dir, 'releases', 'draft.txt'));
    writeFileSync(join(dir, 'budget-audit.config.json'), JSON.stringify({ include: ['releases'], exclude: ['draft.txt'] }));
    const r = await run(['check', '--format', 'json', '--fail-on', 'never'], { cwd: join(dir, 'work') });
    expect(r.code).toBe(0);
    // Outside the working directory, paths are shown absolute.
    expect(json(r.stdout).documents.map((d) => d.path)).toEqual([join(dir, 'releases', 'a.txt')]);
  });

  it('a configuration found upward from the working directory switches rules off', async () => {
    const ids = (JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>).map((r) => r.id);
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    copyFileSync(FIXTURE_000, join(dir, 'sub', 'a.txt'));
    writeFileSync(
      join(dir, 'budget-audit.config.json'),
      JSON.stringify({ rules: Object.fromEntries(ids.map((id) => [id, 'off'])), lang: 'en' }),
    );
    const r = await run(['check', 'a.txt', '--format', 'json'], { cwd: join(dir, 'sub') });
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.lang).toBe('en');
    expect(report.documents[0]?.findings).toEqual([]);
    expect(report.documents[0]?.coverage?.rules.ran).toEqual([]);
  });
});

describe('check: batch behaviour', () => {
  it('gives the same output with --jobs 1 and --jobs 4 on the fixtures folder', async () => {
    const strip = (s: string) => {
      const r = JSON.parse(s) as { summary: { durationMs: number } };
      r.summary.durationMs = 0;
      return r;
    };
    // the text releases (the PDFs' --jobs determinism is tested in pdf-report.test.ts, on fewer files)
    const one = await run(['check', 'fixtures', '--ext', '.txt,.md', '--format', 'json', '--jobs', '1', '--fail-on', 'never']);
    const four = await run(['check', 'fixtures', '--ext', '.txt,.md', '--format', 'json', '--jobs', '4', '--fail-on', 'never']);
    expect(one.code).toBe(0);
    expect(strip(four.stdout)).toEqual(strip(one.stdout));
    const paths = json(one.stdout).documents.map((d) => d.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths.slice(0, 5)).toEqual([
      'fixtures/000_52f5b89fd5e0ecf0.txt',
      'fixtures/001_d3fb4ee6849ee809.txt',
      'fixtures/002_d924ceb559bc64c1.txt',
      'fixtures/003_5c2b6dad15e272f5.txt',
      'fixtures/004_089b4ec93cddaf3a.txt',
    ]);
  });

  it('honours --exclude and --ext when walking a folder', async () => {
    const r = await run(['check', 'fixtures', '--exclude', '00[1-4]_*', '--exclude', 'corrected', '--exclude', 'pdf', '--exclude', 'real', '--exclude', 'scoped', '--format', 'json', '--fail-on', 'never']);
    expect(json(r.stdout).documents.map((d) => d.path)).toEqual(['fixtures/000_52f5b89fd5e0ecf0.txt']);
    const none = await run(['check', 'fixtures', '--ext', '.csv']);
    expect(none.code).toBe(2);
  });

  it('expands glob patterns', async () => {
    const r = await run(['check', 'fixtures/00[34]_*.txt', '--format', 'json', '--fail-on', 'never']);
    expect(json(r.stdout).documents.map((d) => d.path)).toEqual([
      'fixtures/003_5c2b6dad15e272f5.txt',
      'fixtures/004_089b4ec93cddaf3a.txt',
    ]);
  });

  it('NO_COLOR leaves no ANSI escape codes, where FORCE_COLOR alone brings them', async () => {
    const args = ['check', 'fixtures/001_d3fb4ee6849ee809.txt', '--fail-on', 'never'];
    const forced = await run(args, { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const plain = await run(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    // Not a TTY and nothing forced: no colour either.
    expect((await run(args)).stdout).not.toMatch(/\u001b\[/);
  });

  it('pretty output ends with the summary line (files, errors, warnings, time)', async () => {
    const r = await run(['check', 'fixtures/*.txt', 'nope.txt', '--fail-on', 'never', '--lang', 'en']);
    const last = r.stdout.trimEnd().split('\n').pop() ?? '';
    expect(last).toMatch(/^6 file\(s\) \(5 checked, 1 unreadable, 0 failed\): \d+ error\(s\), \d+ warning\(s\), \d+ info; [\d.]+s$/);
  });
});

describe('check: baseline', () => {
  it('round trip: a run checked against its own baseline reports nothing new', async () => {
    const dir = tmp();
    const baseline = join(dir, 'baseline.json');
    const first = await run(['check', 'fixtures', '--ext', '.txt,.md', '--write-baseline', baseline, '--format', 'json', '--fail-on', 'never']);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as { entries: Array<{ fingerprint: string }> };
    const total = json(first.stdout).documents.reduce((n, d) => n + d.findings.length, 0);
    expect(written.entries.length).toBe(total);

    const second = await run(['check', 'fixtures', '--ext', '.txt,.md', '--baseline', baseline, '--format', 'json']);
    expect(second.code).toBe(0);
    const report = json(second.stdout);
    expect(report.documents.every((d) => d.findings.length === 0)).toBe(true);
    expect(report.baseline).toMatchObject({ suppressed: total, absent: [] });
  });

  it('lists baseline entries that no longer occur', async () => {
    const dir = tmp();
    const baseline = join(dir, 'baseline.json');
    writeFileSync(
      baseline,
      JSON.stringify({
        baselineVersion: 1,
        tool: 'budget-audit',
        entries: [{ fingerprint: 'feedfacefeedfacefeedface', ruleId: 'gone-rule', path: 'fixtures/000_52f5b89fd5e0ecf0.txt', message: 'fixed since' }],
      }),
    );
    const r = await run(['check', 'fixtures/000_52f5b89fd5e0ecf0.txt', '--baseline', baseline, '--format', 'json', '--fail-on', 'never']);
    expect(json(r.stdout).baseline?.absent.map((e) => e.ruleId)).toEqual(['gone-rule']);
  });
});

describe('check: a planted error', () => {
  // fixtures/000 line 225 prints `本年收入合计\t702.77\t本年支出合计\t702.77`; the income lines above it
  // add up to 702.77. Printing 712.77 breaks 本年收入合计 = Σ income lines and 收入总计 = 本年收入合计 + 结转.
  it('finds 本年收入合计 712.77 on line 225 and exits 1', async () => {
    const dir = tmp();
    const text = readFileSync(FIXTURE_000, 'utf8');
    expect(text.split('\n')[224]).toContain('本年收入合计\t702.77');
    writeFileSync(join(dir, '000.txt'), text.replace('本年收入合计\t702.77', '本年收入合计\t712.77'));
    const r = await run(['check', join(dir, '000.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = json(r.stdout).documents[0]?.findings ?? [];
    expect(findings.some((f) => f.severity === 'error' && f.locations.some((l) => l.line === 225))).toBe(true);
  });
});

describe('check: a consistent release and a baseline after one change', () => {
  const CORRECTED = join(ROOT, 'fixtures', 'corrected', '001_corrected.txt');

  it('the hand-corrected 001 passes even with --fail-on warning; its rounding tails are info only', async () => {
    const r = await run(['check', CORRECTED, '--format', 'json', '--fail-on', 'warning']);
    expect(r.code).toBe(0);
    const findings = json(r.stdout).documents[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    const strict = await run(['check', CORRECTED, '--format', 'json', '--fail-on', 'info']);
    expect(strict.code).toBe(1);
  });

  // fixtures/000 line 139: 机构运转经费 55.55万元 … 比上年增加9.15万元，增长19.72% (9.15 / 46.40 = 19.72%).
  it('write a baseline, change one figure, and exactly that one finding is new', async () => {
    const dir = tmp();
    const file = join(dir, '000.txt');
    const baseline = join(dir, 'baseline.json');
    const text = readFileSync(FIXTURE_000, 'utf8');
    writeFileSync(file, text);
    const first = await run(['check', file, '--write-baseline', baseline, '--format', 'json', '--fail-on', 'never']);
    expect(first.code).toBe(0);
    expect((await run(['check', file, '--baseline', baseline, '--format', 'json'])).code).toBe(0);

    expect(text.split('\n')[138]).toContain('增长19.72%');
    writeFileSync(file, text.replace('增长19.72%', '增长29.72%'));
    const after = await run(['check', file, '--baseline', baseline, '--format', 'json']);
    expect(after.code).toBe(1);
    const findings = json(after.stdout).documents[0]?.findings ?? [];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yoy-rate', severity: 'error' });
    expect(findings[0]?.locations.some((l) => l.line === 139)).toBe(true);
  });
});
