/**
 * The full-size run of the synthetic 决算: `npm run generated:final -- --count 1000 [--seed 1]`.
 * Prints the measure as JSON: clean releases flagged (must be 0), injections caught on their line.
 */
import { parseArgs } from 'node:util';
import { Decimal } from 'decimal.js';
import { measureFinal } from './measure.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const count = Number.parseInt(values.count, 10);
const seed = Number.parseInt(values.seed, 10);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) {
  process.stderr.write('--count must be a positive integer and --seed a non-negative integer\n');
  process.exitCode = 2;
} else {
  const started = Date.now();
  const m = measureFinal(seed, count);
  const summary = {
    releases: m.releases,
    cleanFlagged: m.flaggedClean.length,
    injected: m.injected,
    caught: m.caught,
    rate: `${new Decimal(m.caught).mul(100).div(m.injected).toFixed(2)}%`,
    byRule: m.byRule,
    missed: m.missed.map((x) => ({ seed: x.seed, line: x.line, before: x.before, after: x.after, where: x.target.where })),
    firstFlagged: m.flaggedClean.slice(0, 5),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (m.flaggedClean.length > 0 || m.caught * 100 < m.injected * 98) process.exitCode = 1;
}
