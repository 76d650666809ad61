// `npm run bench`: speed and scale of the audit on a generated corpus of consistent releases.
// Measures one release end to end against the `node -e 0` floor, batch throughput at each count with
// --jobs 1 and the default, peak RSS, and the time by stage; prints a table and writes the measured
// block of docs/performance.md. Environment: BENCH_COUNTS (default 1000,10000), BENCH_RUNS (single
// release repetitions, default 15), BENCH_KEEP=1 keeps the corpus folder.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const counts = (process.env.BENCH_COUNTS ?? '1000,10000').split(',').map((s) => Number.parseInt(s, 10)).filter((n) => n > 0).sort((a, b) => a - b);
const runs = Number.parseInt(process.env.BENCH_RUNS ?? '15', 10);
const defaultJobs = Math.max(1, availableParallelism());
const cli = join(root, 'bin', 'budget-audit.js');
const usage = join(root, 'scripts', 'bench', 'usage.mjs');
const work = mkdtempSync(join(tmpdir(), 'budget-audit-bench-'));
const log = (s) => process.stderr.write(s + '\n');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timed(args, env = {}) {
  const usageFile = join(work, 'usage.json');
  rmSync(usageFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_USAGE_FILE: usageFile, ...env }, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const u = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
  return { ms, cpuMs: u ? u.userMs + u.sysMs : undefined, maxRssMb: u ? u.maxRssKb / 1024 : undefined };
}

const machine = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  node: process.version,
  os: `${platform()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memGb: (totalmem() / 2 ** 30).toFixed(1),
  loadStart: loadavg().map((x) => x.toFixed(1)).join(' '),
};

// 1. The corpus: consistent releases from the generator (seeds 1…N), never committed.
const max = counts[counts.length - 1];
const all = join(work, 'all');
log(`generating ${max} releases …`);
const gen = spawnSync(process.execPath, [join(root, 'node_modules', 'vite-node', 'vite-node.mjs'), join(root, 'tests', 'generator', 'cli.ts'), '--count', String(max), '--out', all], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
if (gen.status !== 0) throw new Error('corpus generation failed');
rmSync(join(all, 'manifest.json'));
const names = readdirSync(all).sort();
const corpus = new Map();
for (const n of counts) {
  const dir = join(work, `c${n}`);
  mkdirSync(dir);
  let bytes = 0;
  for (const f of names.slice(0, n)) {
    linkSync(join(all, f), join(dir, f));
    bytes += statSync(join(all, f)).size;
  }
  corpus.set(n, { dir, bytes });
}
const one = join(all, names[0]);

// 2. One release end to end, against the floor, alternating so that load changes hit both alike.
log(`one release × ${runs} …`);
const floor = [];
const single = [];
const singleCpu = [];
const floorCpu = [];
for (let i = 0; i < runs; i++) {
  floor.push(timed(['-e', '0']).ms);
  single.push(timed([cli, 'check', one]).ms);
  floorCpu.push(timed([usage, '--noop']).cpuMs);
  singleCpu.push(timed([usage, 'check', one]).cpuMs);
}
const oneRelease = { floorMs: median(floor), ms: median(single), floorCpuMs: median(floorCpu), cpuMs: median(singleCpu), floorMin: Math.min(...floor), min: Math.min(...single), floorCpuMin: Math.min(...floorCpu), cpuMin: Math.min(...singleCpu) };

// 3. Batches: --jobs 1 and the default, at each count; JSON report to a file.
const batches = [];
for (const n of counts) {
  const { dir, bytes } = corpus.get(n);
  for (const jobs of [...new Set([1, defaultJobs])]) {
    log(`batch of ${n}, --jobs ${jobs} …`);
    const r = timed([usage, 'check', dir, '--format', 'json', '-o', join(work, 'report.json'), '--fail-on', 'never', '--jobs', String(jobs)]);
    const reportMb = statSync(join(work, 'report.json')).size / 1e6;
    batches.push({ n, jobs, ...r, perSecond: (n / r.ms) * 1000, mbPerSecond: bytes / 1e6 / (r.ms / 1000), reportMb });
  }
  if (n === counts[0]) {
    // For comparison: the same JSON report built whole in memory and printed to stdout.
    log(`batch of ${n}, default jobs, report built whole …`);
    const w = timed([usage, 'check', dir, '--format', 'json', '--fail-on', 'never']);
    batches.push({ n, jobs: defaultJobs, whole: true, ...w, perSecond: (n / w.ms) * 1000, mbPerSecond: bytes / 1e6 / (w.ms / 1000), reportMb: batches[batches.length - 1].reportMb });
  }
}

// 4. Time by stage, in process, over the smallest batch.
log('stages …');
const { ingestFile } = await import('../dist/src/ingest/read.js');
const { parseRelease } = await import('../dist/src/parse/index.js');
const { runRules } = await import('../dist/src/engine/runner.js');
const { ALL_RULES } = await import('../dist/rules/index.js');
const { loadFormatter } = await import('../dist/src/report/index.js');
const stageN = counts[0];
const stage = { read: 0, parse: 0, rules: 0, report: 0, pretty: 0 };
const documents = [];
for (const f of readdirSync(corpus.get(stageN).dir).sort()) {
  const t0 = performance.now();
  const input = await ingestFile(join(corpus.get(stageN).dir, f));
  const t1 = performance.now();
  const model = parseRelease(input);
  const t2 = performance.now();
  const { findings, ...rules } = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
  const t3 = performance.now();
  stage.read += t1 - t0;
  stage.parse += t2 - t1;
  stage.rules += t3 - t2;
  documents.push({ path: f, status: 'checked', source: input.source, meta: model.meta, coverage: { ...model.coverage, rules }, findings });
}
const report = { tool: { name: 'budget-audit', version: 'bench' }, lang: 'zh', documents, summary: { documents: documents.length, checked: documents.length, unreadable: 0, errors: 0, warnings: 0, infos: 0, durationMs: 0 } };
const ctx = { lang: 'zh', color: false, failOn: 'never', rules: [], readLines: async () => undefined, width: 150 };
let t = performance.now();
await (await loadFormatter('json')).render(report, ctx);
stage.report = performance.now() - t;
t = performance.now();
await (await loadFormatter('pretty')).render(report, ctx);
stage.pretty = performance.now() - t;
const findingsPerRelease = documents.reduce((s, d) => s + d.findings.length, 0) / documents.length;
machine.loadEnd = loadavg().map((x) => x.toFixed(1)).join(' ');

if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else log(`corpus kept in ${work}`);

// 5. The table and the verdicts.
const f1 = (x) => x.toFixed(1);
const f0 = (x) => x.toFixed(0);
const pick = (n, jobs) => batches.find((b) => b.n === n && b.jobs === jobs && !b.whole);
const lines = [];
lines.push(`Measured ${machine.date} on ${machine.cpu}, ${machine.memGb} GB, ${machine.os}, Node ${machine.node}; load average ${machine.loadStart} at the start, ${machine.loadEnd} at the end (1/5/15 min).`);
lines.push('');
lines.push(`Corpus: generated consistent releases (tests/generator, seeds 1…${max}), ${f1(corpus.get(counts[0]).bytes / 1e3 / counts[0])} kB each on average, ${f1(findingsPerRelease)} findings per release with today's rules (most of them info-level rounding tails).`);
lines.push('');
lines.push('| measurement | wall | CPU (user+sys) | peak RSS |');
lines.push('|---|---|---|---|');
lines.push(`| \`node -e 0\` (floor), median of ${runs} | ${f0(oneRelease.floorMs)} ms | ${f0(oneRelease.floorCpuMs)} ms | |`);
lines.push(`| \`node -e 0\` (floor), best of ${runs} | ${f0(oneRelease.floorMin)} ms | ${f0(oneRelease.floorCpuMin)} ms | |`);
lines.push(`| \`budget-audit check FILE\` (one release), median of ${runs} | ${f0(oneRelease.ms)} ms (${f1(oneRelease.ms / oneRelease.floorMs)}× floor) | ${f0(oneRelease.cpuMs)} ms (${f1(oneRelease.cpuMs / oneRelease.floorCpuMs)}× floor) | |`);
lines.push(`| \`budget-audit check FILE\` (one release), best of ${runs} | ${f0(oneRelease.min)} ms (${f1(oneRelease.min / oneRelease.floorMin)}× floor) | ${f0(oneRelease.cpuMin)} ms (${f1(oneRelease.cpuMin / oneRelease.floorCpuMin)}× floor) | |`);
lines.push('');
lines.push('Batches: `check DIR --format json -o FILE --fail-on never` (the report is written as the batch goes).');
lines.push('');
lines.push('| releases | --jobs | wall (s) | releases/s | MB/s | CPU (s) | peak RSS (MB) | report (MB) |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const b of batches)
  lines.push(`| ${b.n} | ${b.jobs}${b.whole ? ' (report built whole, to stdout)' : ''} | ${f1(b.ms / 1000)} | ${f1(b.perSecond)} | ${f1(b.mbPerSecond * 1) } | ${f1(b.cpuMs / 1000)} | ${f0(b.maxRssMb)} | ${f1(b.reportMb)} |`);
lines.push('');
const speedups = counts.map((n) => `${n}: ${f1((pick(n, defaultJobs)?.perSecond ?? 0) / (pick(n, 1)?.perSecond ?? 1))}×`).join(', ');
lines.push(`Speed-up of --jobs ${defaultJobs} over --jobs 1: ${speedups}.`);
lines.push('');
const total = stage.read + stage.parse + stage.rules + stage.report;
const share = (x) => `${f0(x)} ms (${f0((x / total) * 100)}%, ${f1(x / stageN)} ms/release)`;
lines.push(`Time by stage over ${stageN} releases in one process (--jobs 1 work without start-up):`);
lines.push('');
lines.push('| read/decode | parse | rules | report (json) |');
lines.push('|---|---|---|---|');
lines.push(`| ${share(stage.read)} | ${share(stage.parse)} | ${share(stage.rules)} | ${share(stage.report)} |`);
lines.push('');
lines.push(`(The terminal report of the same ${stageN} releases renders in ${f0(stage.pretty)} ms.)`);
lines.push('');
const big = counts[counts.length - 1];
const small = counts[0];
const verdict = (ok, text) => `${ok ? 'met' : 'missed'}: ${text}`;
const bigDefault = pick(big, defaultJobs);
const smallDefault = pick(small, defaultJobs);
const targets = [
  ['one release ≤ 2× the floor', verdict(oneRelease.ms <= 2 * oneRelease.floorMs, `${f1(oneRelease.ms / oneRelease.floorMs)}× (wall), ${f1(oneRelease.cpuMs / oneRelease.floorCpuMs)}× (CPU)`)],
  ['≥ 1,000 releases/s, default jobs', verdict((bigDefault?.perSecond ?? 0) >= 1000, `${f1(smallDefault?.perSecond ?? 0)}/s at ${small}, ${f1(bigDefault?.perSecond ?? 0)}/s at ${big} (${f1(1000 / (bigDefault?.perSecond ?? 1))}× short)`)],
  [`peak RSS ≤ 200 MB at ${big}`, verdict((bigDefault?.maxRssMb ?? Infinity) <= 200, `${f0(bigDefault?.maxRssMb ?? 0)} MB with the default jobs, ${f0(pick(big, 1)?.maxRssMb ?? 0)} MB with --jobs 1, against ${f0(pick(small, defaultJobs)?.maxRssMb ?? 0)} MB at ${small}`)],
  [`throughput at ${big} within 10% of ${small}`, verdict((bigDefault?.perSecond ?? 0) >= 0.9 * (smallDefault?.perSecond ?? 0), `${(bigDefault?.perSecond ?? 0) >= (smallDefault?.perSecond ?? 0) ? '+' : ''}${f0(((bigDefault?.perSecond ?? 0) / (smallDefault?.perSecond ?? 1) - 1) * 100)}% releases/s at ${big} against ${small}`)],
];
lines.push('| target | result |');
lines.push('|---|---|');
for (const [k, v] of targets) lines.push(`| ${k} | ${v} |`);
const block = lines.join('\n');
process.stdout.write(block + '\n');

const doc = join(root, 'docs', 'performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const text = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
if (text.includes(START) && text.includes(END)) {
  writeFileSync(doc, text.slice(0, text.indexOf(START) + START.length) + '\n' + block + '\n' + text.slice(text.indexOf(END)));
  log('updated docs/performance.md');
}
