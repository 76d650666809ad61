// Benchmark: parse + audit throughput, in process and through the CLI's worker pool.
// Writes docs/benchmark.md. Run with `npm run bench` (builds first).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestFile } from '../dist/src/ingest/read.js';
import { parseRelease } from '../dist/src/parse/index.js';
import { runRules } from '../dist/src/engine/runner.js';
import { ALL_RULES } from '../dist/rules/index.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .map((f) => join(root, 'fixtures', f));
const copies = Number.parseInt(process.env.BENCH_COPIES ?? '200', 10);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// 1. In process, one document at a time: parse and audit, per fixture.
const perDoc = [];
for (const file of fixtures) {
  const times = { parse: [], rules: [] };
  for (let i = 0; i < 30; i++) {
    const input = await ingestFile(file);
    const t0 = performance.now();
    const model = parseRelease(input);
    const t1 = performance.now();
    runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
    const t2 = performance.now();
    if (i >= 5) {
      times.parse.push(t1 - t0);
      times.rules.push(t2 - t1);
    }
  }
  for (const k of ['parse', 'rules']) times[k].sort((a, b) => a - b);
  perDoc.push({ file: file.split('/').pop(), parse: quantile(times.parse, 0.5), rules: quantile(times.rules, 0.5) });
}

// 2. A folder of many releases through the CLI, with 1 worker and with every core.
const dir = mkdtempSync(join(tmpdir(), 'budget-audit-bench-'));
for (let i = 0; i < copies; i++) {
  const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
  mkdirSync(sub, { recursive: true });
  const src = fixtures[i % fixtures.length];
  cpSync(src, join(sub, `${String(i).padStart(5, '0')}.txt`));
}
const cli = join(root, 'bin', 'budget-audit.js');
const runs = [];
for (const jobs of [1, cpus().length]) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json', '--jobs', String(jobs), '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
  const docs = JSON.parse(r.stdout).documents.length;
  runs.push({ jobs, ms, docs, perSecond: (docs / ms) * 1000 });
}
rmSync(dir, { recursive: true, force: true });

const fmt = (x) => x.toFixed(2);
const md = [
  '# Benchmark',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
  '',
  '## One release, in process (median of 25 runs after 5 warm-up runs)',
  '',
  '| fixture | parse (ms) | all rules (ms) |',
  '|---|---|---|',
  ...perDoc.map((d) => `| ${d.file} | ${fmt(d.parse)} | ${fmt(d.rules)} |`),
  '',
  `## A folder of ${copies} releases through the CLI (\`check DIR --format json\`)`,
  '',
  '| --jobs | wall time (s) | releases/s |',
  '|---|---|---|',
  ...runs.map((r) => `| ${r.jobs} | ${fmt(r.ms / 1000)} | ${fmt(r.perSecond)} |`),
  '',
  'Wall time includes Node start-up and writing the JSON report.',
  '',
];
writeFileSync(join(root, 'docs', 'benchmark.md'), md.join('\n'));
console.log(md.join('\n'));
