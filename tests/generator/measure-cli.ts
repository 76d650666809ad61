/**
 * The full-size measure: `npm run generated -- [--consistent 500] [--injections 1000] [--seed 1]`.
 * Prints the figures docs/generated.md reports, and every false finding and missed injection.
 */
import { parseArgs } from 'node:util';
import { measure } from './measure.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    consistent: { type: 'string', default: '500' },
    injections: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
const started = Date.now();
const m = measure(Number.parseInt(values.consistent, 10), Number.parseInt(values.injections, 10), Number.parseInt(values.seed, 10));
const flagged = m.injected - m.missed.length;
const pct = m.injected === 0 ? '—' : ((flagged * 10000) / m.injected / 100).toFixed(2);
process.stdout.write(`consistent releases: ${m.consistent}, with an error or warning: ${m.falseReleases.length}\n`);
process.stdout.write(`injected single-number changes: ${m.injected}, flagged on their line: ${flagged} (${pct}%)\n`);
process.stdout.write(`time: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
for (const f of m.falseReleases) process.stdout.write(`false finding, seed ${f.seed}: ${f.findings.join(' | ')}\n`);
for (const x of m.missed) process.stdout.write(`missed, seed ${x.seed} line ${x.line}: ${x.before} → ${x.after} (${x.meaning})\n`);
if (m.falseReleases.length > 0 || flagged * 100 < m.injected * 98) process.exitCode = 1;
