import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { parseDocument, DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../src/model/report.js';
import { run, ROOT, FIXTURE_000 } from './helpers/cli.js';

// One run writes every format, paired in command-line order; the tests below read the files.
const out = mkdtempSync(join(tmpdir(), 'budget-audit-formats-'));
const file = (name: string) => join(out, name);
let report: Report;
let stdout = '';

beforeAll(async () => {
  const r = await run([
    'check', 'fixtures/*.txt', 'missing.txt', '--fail-on', 'error',
    '--format', 'json', '--output-file', file('r.json'),
    '--format', 'sarif', '--output-file', file('r.sarif'),
    '--format', 'junit', '--output-file', file('r.xml'),
    '--format', 'markdown', '--output-file', file('r.md'),
    '--format', 'html', '--output-file', file('r.html'),
    '--format', 'github',
  ]);
  expect(r.code).toBe(2); // missing.txt cannot be read
  stdout = r.stdout;
  report = Report.parse(JSON.parse(readFileSync(file('r.json'), 'utf8')));
}, 120_000);

function findingCount(): number {
  return report.documents.reduce((n, d) => n + d.findings.length, 0);
}

describe('json', () => {
  it('validates against the Report schema and lists every input with its status', () => {
    expect(report.tool.name).toBe('budget-audit');
    expect(report.documents.map((d) => d.status)).toEqual(['checked', 'checked', 'checked', 'checked', 'checked', 'unreadable']);
    expect(report.summary).toMatchObject({ documents: 6, checked: 5, unreadable: 1 });
    // fixtures/000 line 4 is the department on the cover, line 3 the year (2026年度).
    expect(report.documents[0]?.meta?.department).toEqual({ line: 4, text: '中国共产党新乡市红旗区委员会办公室' });
    expect(report.documents[0]?.meta?.year).toEqual({ value: 2026, line: 3 });
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // The official schema is draft-04; ajv speaks draft-07, which differs here only in the id keyword.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(readFileSync(file('r.sarif'), 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The validator does reject a broken log.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('has one result per finding, each with its line, and every rule in the driver', () => {
    const log = JSON.parse(readFileSync(file('r.sarif'), 'utf8'));
    const run0 = log.runs[0];
    expect(run0.results).toHaveLength(findingCount());
    const ruleIds = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run0.results) {
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
    }
    for (const rule of run0.tool.driver.rules) if (rule.name) expect(rule.help.text.length).toBeGreaterThan(0);
    expect(run0.invocations[0].executionSuccessful).toBe(false);
    expect(run0.invocations[0].toolExecutionNotifications[0].message.text).toContain('missing.txt');
  });
});

describe('junit', () => {
  it('parses, with one testsuite per document and one testcase per rule that ran or was skipped', () => {
    const xml = readFileSync(file('r.xml'), 'utf8');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
    const suites = ([] as Array<Record<string, unknown>>).concat(doc.testsuites.testsuite);
    expect(suites.map((s) => s['@name'])).toEqual(report.documents.map((d) => d.path));
    for (const [i, d] of report.documents.entries()) {
      const s = suites[i]!;
      const cases = ([] as Array<Record<string, unknown>>).concat((s.testcase as Record<string, unknown>[]) ?? []);
      if (d.status !== 'checked') {
        expect(s['@errors']).toBe('1');
        continue;
      }
      const rules = d.coverage!.rules;
      expect(cases).toHaveLength(rules.ran.length + rules.skipped.length + rules.crashed.length);
      const failingRules = new Set(d.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
      expect(s['@failures']).toBe(String(failingRules.size));
      expect(cases.filter((c) => 'skipped' in c)).toHaveLength(rules.skipped.length);
    }
  });
});

describe('html', () => {
  it('parses, needs no network, escapes, and links every finding to its lines', () => {
    const html = readFileSync(file('r.html'), 'utf8');
    const dom = parseDocument(html);
    const all = DomUtils.findAll(() => true, dom.children);
    expect(all.filter((e) => e.name === 'script')).toHaveLength(0);
    for (const e of all) {
      for (const attr of ['src', 'href']) {
        const v = e.attribs[attr];
        if (v) expect(v, `${e.name} ${attr}`).toMatch(/^#/);
      }
    }
    const ids = new Set(all.map((e) => e.attribs.id).filter(Boolean));
    const links = all.filter((e) => e.name === 'a').map((e) => e.attribs.href ?? '');
    for (const href of links) expect(ids.has(href.slice(1)), href).toBe(true);
    // Every finding is an article; every involved line of document 1 is highlighted.
    const articles = all.filter((e) => e.name === 'article');
    expect(articles).toHaveLength(findingCount());
    const firstDoc = report.documents[0]!;
    for (const f of firstDoc.findings)
      for (const l of f.locations) expect(DomUtils.getElementById(`doc-1-L${l.line}`, dom.children)?.attribs.class).toContain('hit');
    // fixtures/000 line 225 is printed, escaped, in the source view.
    expect(DomUtils.textContent(DomUtils.getElementById('doc-1-L225', dom.children)!)).toContain('本年收入合计\t702.77');
  });

  it('escapes hostile text from a document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-audit-html-'));
    writeFileSync(join(dir, 'x.txt'), '<script>alert(1)</script>\n2026年部门预算\n本年收入合计\t1.00 & "quoted"\n');
    const r = await run(['check', join(dir, 'x.txt'), '--format', 'html', '--fail-on', 'never']);
    const dom = parseDocument(r.stdout);
    expect(DomUtils.findAll((e) => e.name === 'script', dom.children)).toHaveLength(0);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('markdown and github', () => {
  it('markdown has the overview table with every document', () => {
    const md = readFileSync(file('r.md'), 'utf8');
    expect(md.startsWith('## ')).toBe(true);
    for (const d of report.documents) expect(md).toContain('`' + d.path + '`');
    expect(md).toMatch(/\n\|---\|---\|---\|---:\|---:\|---:\|\n/);
  });

  it('github workflow commands go to stdout, one per finding and per unreadable file', () => {
    const lines = stdout.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(findingCount() + 1);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^:]+::.+$/);
    expect(lines).toContain('::error file=missing.txt,title=budget-audit::路径不存在：missing.txt');
  });

  it('github escapes commas and colons in file names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-audit-gh-'));
    copyFileSync(FIXTURE_000, join(dir, 'a,b:c.txt'));
    const r = await run(['check', 'a,b:c.txt', 'gone,1.txt', '--format', 'github', '--fail-on', 'never'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    expect(lines.some((l) => l.startsWith('::error file=gone%2C1.txt,'))).toBe(true);
    for (const l of lines.filter((x) => !x.includes('gone'))) expect(l).toMatch(/ file=a%2Cb%3Ac\.txt,/);
  });
});
