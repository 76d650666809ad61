#!/usr/bin/env node
// PDF throughput: the layout reader alone (pages/s), a whole audit per release in process
// (releases/s), and the CLI over a folder of PDF releases. Writes docs/performance-pdf.md.
// Runs after `npm run build` (as `npm run bench` does); `node scripts/bench-pdf.mjs` alone works too.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(2);

export async function benchPdf({ repeat = 3, write = true } = {}) {
  const { layoutPdf } = await import(dist('src/ingest/pdf/index.js'));
  const { auditDocument } = await import(dist('src/batch/audit-document.js'));
  const files = [
    ...readdirSync(join(root, 'fixtures', 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => join('fixtures', 'pdf', f)),
    ...readdirSync(join(root, 'fixtures', 'real')).filter((f) => f.endsWith('.pdf')).map((f) => join('fixtures', 'real', f)),
  ].sort();
  const rows = [];
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    let pages = 0;
    const layoutMs = [];
    const auditMs = [];
    for (let i = 0; i < repeat; i++) {
      let t0 = performance.now();
      pages = (await layoutPdf(file, bytes)).pageCount;
      layoutMs.push(performance.now() - t0);
      t0 = performance.now();
      const r = await auditDocument({ file: join(root, file), display: file, lang: 'zh', settings: {} });
      auditMs.push(performance.now() - t0);
      if (r.status !== 'checked') throw new Error(`${file}: ${r.status} ${r.error ?? ''}`);
    }
    rows.push({ file, pages, cold: layoutMs[0], layout: median(layoutMs), audit: median(auditMs) });
  }
  const totalPages = rows.reduce((s, r) => s + r.pages, 0);
  const totalLayout = rows.reduce((s, r) => s + r.layout, 0);
  const totalCold = rows.reduce((s, r) => s + r.cold, 0);
  const totalAudit = rows.reduce((s, r) => s + r.audit, 0);

  // the CLI over one folder holding every PDF (Beijing's two parts pair into one release)
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  for (const f of files) copyFileSync(join(root, f), join(dir, f.replace(/^.*[\\/]/, '')));
  const cli = [];
  for (const jobs of [1, 2]) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'budget-audit.js'), 'check', dir, '--format', 'json', '--fail-on', 'never', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
    const releases = JSON.parse(r.stdout).documents.length;
    cli.push({ jobs, ms, releases });
  }
  rmSync(dir, { recursive: true, force: true });

  const md = [
    '# PDF performance',
    '',
    `Measured by \`npm run bench\` (scripts/bench-pdf.mjs) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), pdfjs-dist legacy build. Median of ${repeat} runs per file.`,
    '',
    '## Per file, in process',
    '',
    'The first layout of a file runs before the JIT has warmed to it (what one CLI run of one file sees);',
    'the median is the steady state of a long batch.',
    '',
    '| file | pages | first layout (ms) | median layout (ms) | pages/s (median) | whole audit (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file} | ${r.pages} | ${fmt(r.cold)} | ${fmt(r.layout)} | ${fmt((r.pages / r.layout) * 1000)} | ${fmt(r.audit)} |`),
    `| **all ${rows.length} files** | ${totalPages} | ${fmt(totalCold)} | ${fmt(totalLayout)} | ${fmt((totalPages / totalLayout) * 1000)} | ${fmt(totalAudit)} |`,
    '',
    `Layout alone: **${fmt((totalPages / totalLayout) * 1000)} pages/s** steady, ${fmt((totalPages / totalCold) * 1000)} pages/s on first sight. Whole audit (read, lay out, parse, all rules), one file after another in one thread: **${fmt((rows.length / totalAudit) * 1000)} releases/s**, ${fmt((totalPages / totalAudit) * 1000)} pages/s.`,
    '',
    `## A folder of the ${files.length} PDFs through the CLI (\`check DIR --format json\`)`,
    '',
    '| --jobs | wall time (s) | releases | releases/s | pages/s |',
    '|---|---:|---:|---:|---:|',
    ...cli.map((c) => `| ${c.jobs} | ${fmt(c.ms / 1000)} | ${c.releases} | ${fmt((c.releases / c.ms) * 1000)} | ${fmt((totalPages / c.ms) * 1000)} |`),
    '',
    'Wall time includes Node start-up, loading pdfjs in each worker and writing the JSON report. The',
    'layout reads every page\'s text and its drawing operators (for the ruling lines); the parser and',
    'the rules then cost what they cost for a text release. On a machine whose cores other work',
    'shares, runs differ by half their time; compare numbers measured together.',
    '',
  ];
  if (write) writeFileSync(join(root, 'docs', 'performance-pdf.md'), md.join('\n'));
  return md.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await benchPdf());
