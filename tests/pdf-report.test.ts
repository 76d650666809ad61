import { describe, expect, it } from 'vitest';
import { Report } from '../src/model/report.js';
import { join } from 'node:path';
import { run, tmp } from './helpers/cli.js';

const PDF = 'fixtures/pdf/003_5c2b6dad15e272f5.pdf';

describe('reports of a PDF name the page of every location', () => {
  it('json: each location has its page; the narrative claim of 1261.66 is on page 3, table 01 on page 6', async () => {
    const r = await run(['check', PDF, '--format', 'json', '--fail-on', 'never', '--lang', 'en']);
    const report = Report.parse(JSON.parse(r.stdout));
    const findings = report.documents[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) for (const l of f.locations) expect(l.page).toBeGreaterThanOrEqual(1);
    const claim = findings.find((f) => f.ruleId === 'narrative-amount' && f.actual === '1261.66' && f.locations.some((l) => l.row === '一、一般公共预算'));
    // read off the printed PDF: the narrative's 1261.66 is on page 3, the 01 table's 1,241.66 on page 6
    expect(claim?.locations.map((l) => l.page).sort()).toEqual([3, 6]);
  });

  it('PDFs give the same report with --jobs 1 and --jobs 2, and a baseline of them holds on a second run', async () => {
    const dir = tmp();
    const baseline = join(dir, 'baseline.json');
    const strip = (s: string) => ({ ...Report.parse(JSON.parse(s)), summary: { ...Report.parse(JSON.parse(s)).summary, durationMs: 0 } });
    const one = await run(['check', 'fixtures/pdf', '--format', 'json', '--jobs', '1', '--fail-on', 'never', '--write-baseline', baseline]);
    const two = await run(['check', 'fixtures/pdf', '--format', 'json', '--jobs', '2', '--fail-on', 'never', '--baseline', baseline]);
    const first = strip(one.stdout);
    expect(first.documents.map((d) => d.path)).toEqual([0, 1, 2, 3, 4].map((i) => expect.stringMatching(new RegExp(`^fixtures/pdf/00${i}_.*\\.pdf$`))));
    expect(first.documents.every((d) => d.status === 'checked')).toBe(true);
    const second = strip(two.stdout);
    expect(second.baseline?.suppressed).toBe(first.documents.reduce((n, d) => n + d.findings.length, 0));
    expect(second.documents.map((d) => ({ ...d, findings: [] }))).toEqual(first.documents.map((d) => ({ ...d, findings: [] })));
    expect(second.documents.every((d) => d.findings.length === 0)).toBe(true);
  });

  it('html shows the page beside each line link; pretty, markdown and junit print it', async () => {
    const html = (await run(['check', PDF, '--format', 'html', '--fail-on', 'never'])).stdout;
    expect(html).toMatch(/<span class="page">第 3 页<\/span>/);
    const md = (await run(['check', PDF, '--format', 'markdown', '--fail-on', 'never', '--lang', 'en'])).stdout;
    expect(md).toMatch(/\| 82, 191 \(p\. 3, 6\) \|/);
    const junit = (await run(['check', PDF, '--format', 'junit', '--fail-on', 'never', '--lang', 'en'])).stdout;
    expect(junit).toMatch(/line 191 \(p\. 6\)/);
    const pretty = (await run(['check', PDF, '--fail-on', 'never', '--lang', 'en'])).stdout;
    expect(pretty).toMatch(/p\. 3, 6/);
    const sarif = JSON.parse((await run(['check', PDF, '--format', 'sarif', '--fail-on', 'never'])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.properties.page).toBeGreaterThanOrEqual(1);
  });
});
