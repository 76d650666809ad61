import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURE_000, ROOT, run, tmp } from './helpers/cli.js';

const FIXTURE_003 = join(ROOT, 'fixtures', '003_5c2b6dad15e272f5.txt');

/** A custom rule module, as a user would write one (plain ES module, no imports needed). */
function ruleModule(body: string, id = 'local-spin'): string {
  return `export default {
  id: '${id}', family: 'hygiene', severity: 'warning',
  title: { zh: '本地规则', en: 'a local rule' }, docs: { zh: '测试用', en: 'for tests' },
  messages: { hit: { zh: '本地规则发现 {n}', en: 'local rule found {n}' } },
  check(model, ctx) { ${body} },
};
`;
}

describe('Ctrl-C', () => {
  it('leaves the previous report whole and no temporary file behind', async () => {
    const dir = tmp();
    for (let i = 0; i < 60; i++) copyFileSync(FIXTURE_003, join(dir, `r${String(i).padStart(2, '0')}.txt`));
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.json'), 'previous\n');
    const child = spawn(process.execPath, [BIN, 'check', dir, '--jobs', '1', '--format', 'json', '--output-file', join(out, 'report.json')], {
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain('已中断：没有写入任何报告');
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('previous\n');
    expect(readdirSync(out)).toEqual(['report.json']);
  }, 30_000);

  // A rule stuck in synchronous code: it says so on stderr, so the signal is sent while it spins.
  const stuck = () => {
    const rules = tmp();
    writeFileSync(join(rules, 'stuck.js'), ruleModule(`process.stderr.write('spinning\\n'); for (;;);`, 'local-stuck'));
    return rules;
  };

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} ends a run stuck in synchronous code with --jobs 1: exit ${code}, no report, no temporary file`, async () => {
      const dir = tmp();
      const out = join(dir, 'out');
      mkdirSync(out);
      for (const format of [['--format', 'json'], ['--format', 'markdown']]) {
        const target = join(out, `report.${format[1]}`);
        const child = spawn(process.execPath, [BIN, 'check', FIXTURE_000, '--rules-dir', stuck(), '--jobs', '1', ...format, '--output-file', target], { cwd: ROOT });
        let stderr = '';
        const spinning = new Promise<void>((done) =>
          child.stderr.setEncoding('utf8').on('data', (d: string) => {
            stderr += d;
            if (stderr.includes('spinning')) done();
          }),
        );
        const closed = new Promise<number | null>((done) => child.on('close', (c) => done(c)));
        await spinning;
        const sent = Date.now();
        child.kill(signal);
        expect(await closed).toBe(code);
        // answered at once, not after the file's 60-second budget
        expect(Date.now() - sent).toBeLessThan(10_000);
        expect(stderr).toContain('已中断：没有写入任何报告');
        expect(readdirSync(out)).toEqual([]);
      }
    }, 60_000);
  }

  it('a run that completes replaces the report whole, with no temporary file left', async () => {
    const dir = tmp();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'previous\n');
    const r = await run(['check', FIXTURE_000, '--format', 'json', '--output-file', file, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).documents).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

describe('--rules-dir', () => {
  it('loads *.js rule modules from the folder named on the command line', async () => {
    const rules = tmp();
    writeFileSync(join(rules, 'count.js'), ruleModule(`ctx.report({ messageId: 'hit', data: { n: model.tables.length }, locations: [{ line: 1 }] });`, 'local-count'));
    writeFileSync(join(rules, 'notes.txt'), 'not a module');
    for (const jobs of ['1', '2']) {
      const r = await run(['check', FIXTURE_000, join(ROOT, 'fixtures', '001_d3fb4ee6849ee809.txt'), '--rules-dir', rules, '--format', 'json', '--lang', 'en', '--fail-on', 'never', '--jobs', jobs]);
      expect(r.code).toBe(0);
      const docs = JSON.parse(r.stdout).documents as Array<{ findings: Array<{ ruleId: string; message: string }> }>;
      for (const d of docs) expect(d.findings.filter((f) => f.ruleId === 'local-count').map((f) => f.message)).toEqual([expect.stringMatching(/^local rule found \d+$/)]);
    }
  });

  it('rejects a module that is not a rule, or takes a built-in id, with exit 2 and no stack trace', async () => {
    const rules = tmp();
    writeFileSync(join(rules, 'bad.js'), 'export default { id: "x" };\n');
    const r = await run(['check', FIXTURE_000, '--rules-dir', rules, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.js: the default export is not a rule \(family: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const clash = tmp();
    writeFileSync(join(clash, 'clash.js'), ruleModule('', 'metadata-toc'));
    const c = await run(['check', FIXTURE_000, '--rules-dir', clash, '--lang', 'en']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('duplicate rule id: metadata-toc');
  });

  it('cannot be set from a configuration file: configuration is data only', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'budget-audit.config.json'), JSON.stringify({ rulesDir: '.' }));
    const r = await run(['check', FIXTURE_000, '--config', join(dir, 'budget-audit.config.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key(s) rulesDir');
  });
});

describe('the per-file time budget', () => {
  it('stops a file that runs over it, reports it as timeout, and goes on with the batch', async () => {
    const rules = tmp();
    // Spins only on release 003 (500 lines; 000 has 532), so the other file of the batch shows the batch goes on.
    writeFileSync(join(rules, 'spin.js'), ruleModule(`if (ctx.lines.length < 520) { const end = Date.now() + 4000; while (Date.now() < end); }`));
    for (const jobs of ['2', '1']) {
      const started = Date.now();
      const r = await run(['check', FIXTURE_000, FIXTURE_003, '--rules-dir', rules, '--timeout', '1', '--jobs', jobs, '--format', 'json', '--lang', 'en', '--fail-on', 'never']);
      const elapsed = Date.now() - started;
      expect(r.code).toBe(2);
      const docs = JSON.parse(r.stdout).documents as Array<{ status: string; error?: string; findings: unknown[] }>;
      expect(docs.map((d) => d.status)).toEqual(['checked', 'timeout']);
      expect(docs[1]).toMatchObject({ error: 'over the per-file time budget (1 s): processing stopped, partial results are not reported', findings: [] });
      // The file runs in a worker thread with any --jobs, ended at the budget (the rule spins 4 s).
      expect(elapsed).toBeLessThan(4000);
    }
  }, 60_000);
});
