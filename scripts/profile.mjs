// Profiling harness: parses and audits every fixture many times in one process, so that a CPU
// profile shows where the time goes. Run after `npm run build`:
//   node --cpu-prof --cpu-prof-dir=tmp/prof scripts/profile.mjs [rounds] [parse|rules|all]
//   node scripts/profile.mjs --summary tmp/prof/<file>.cpuprofile   (self time per function)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

if (process.argv[2] === '--summary') {
  summarise(process.argv[3]);
} else {
  await run(Number.parseInt(process.argv[2] ?? '20', 10), process.argv[3] ?? 'all');
}

async function run(rounds, what) {
  const { ingestFile } = await import('../dist/src/ingest/read.js');
  const { parseRelease } = await import('../dist/src/parse/index.js');
  const { runRules } = await import('../dist/src/engine/runner.js');
  const { ALL_RULES } = await import('../dist/rules/index.js');
  const root = new URL('..', import.meta.url).pathname;
  const files = readdirSync(join(root, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => join(root, 'fixtures', f));
  const inputs = await Promise.all(files.map((f) => ingestFile(f)));
  const models = inputs.map((i) => parseRelease(i));
  // Colleagues' builds and tests share the machine: report the median and the fastest round.
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const [i, input] of inputs.entries()) {
      const model = what === 'rules' ? models[i] : parseRelease(input);
      if (what !== 'parse') runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${rounds} rounds × ${inputs.length} fixtures (${what}): median ${median.toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms a round`);
}

function summarise(file) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const dt = new Map();
  // timeDeltas[i] is the time before samples[i]; attribute it to that sample's node.
  prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const self = new Map();
  for (const n of prof.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, us] of top) console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}
