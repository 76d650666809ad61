import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Release } from '../src/model/release.js';
import { run } from './helpers/cli.js';

describe('parse', () => {
  it('--format json prints a Release that validates against the schema', async () => {
    const r = await run(['parse', 'fixtures/000_52f5b89fd5e0ecf0.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const model = Release.parse(JSON.parse(r.stdout));
    // fixtures/000: line 3 `2026年度`, line 4 the department, line 5 `部门预算`.
    expect(model.meta.year).toEqual({ value: 2026, line: 3 });
    expect(model.meta.department?.text).toBe('中国共产党新乡市红旗区委员会办公室');
    expect(model.source.path).toBe('fixtures/000_52f5b89fd5e0ecf0.txt');
    expect(model.source.lines).toBe(533);
  });

  it('prints an array of Releases for several files', async () => {
    const r = await run(['parse', 'fixtures/001_d3fb4ee6849ee809.txt', 'fixtures/004_089b4ec93cddaf3a.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    const models = z.array(Release).parse(JSON.parse(r.stdout));
    expect(models.map((m) => m.meta.year?.value)).toEqual([2026, 2022]);
  });

  it('pretty prints a summary per table and the coverage counts', async () => {
    const r = await run(['parse', 'fixtures/000_52f5b89fd5e0ecf0.txt', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('中国共产党新乡市红旗区委员会办公室');
    expect(r.stdout).toMatch(/\d+ narrative claims; \d+ sentences with numbers not read; \d+ missing tables; \d+ illegible passages/);
  });

  it('exits 2 with a clear message for a missing file or a folder, no stack trace', async () => {
    const missing = await run(['parse', 'nope.txt', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('budget-audit: nope.txt: cannot read file (ENOENT: no such file)\n');
    const folder = await run(['parse', 'fixtures']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('budget-audit: fixtures: 这是一个文件夹，不是文件\n');
    const bad = await run(['parse', 'fixtures/000_52f5b89fd5e0ecf0.txt', '--format', 'xml']);
    expect(bad.code).toBe(2);
  });
});

describe('rules and explain', () => {
  it('lists every rule with family, default severity and title in the chosen language', async () => {
    const json = await run(['rules', '--format', 'json', '--lang', 'en']);
    expect(json.code).toBe(0);
    const rules = JSON.parse(json.stdout) as Array<{ id: string; family: string; severity: string; title: string }>;
    for (const r of rules) expect(['error', 'warning', 'info']).toContain(r.severity);
    const table = await run(['rules']);
    expect(table.code).toBe(0);
    for (const r of rules) expect(table.stdout).toContain(r.id);
  });

  it('explains a rule, and exits 2 for an unknown one', async () => {
    const rules = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Array<{ id: string; title: string }>;
    if (rules[0]) {
      const r = await run(['explain', rules[0].id]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`${rules[0].id} — ${rules[0].title}`)).toBe(true);
    }
    const unknown = await run(['explain', 'no-such-rule', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('budget-audit: unknown rule: no-such-rule (run budget-audit rules to list them)\n');
  });

  it('prints help and version with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
