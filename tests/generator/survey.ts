/**
 * Audit generated consistent releases with today's rules and count what they report (every error or
 * warning on a consistent release is a false finding): `npx vite-node tests/generator/survey.ts -- --count 200`.
 */
import { parseArgs } from 'node:util';
import { audit } from '../helpers/audit.js';
import { generateRelease } from './index.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { count: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } },
});
const count = Number.parseInt(values.count, 10);
const first = Number.parseInt(values.seed, 10);
const tally = new Map<string, { findings: number; releases: Set<number>; example: string }>();
let clean = 0;
for (let seed = first; seed < first + count; seed++) {
  const r = generateRelease(seed);
  const { result } = audit(r.name, r.text);
  const bad = result.findings.filter((f) => f.severity !== 'info');
  if (bad.length === 0) clean++;
  for (const f of bad) {
    const key = `${f.severity}\t${f.ruleId}`;
    const t = tally.get(key) ?? { findings: 0, releases: new Set<number>(), example: '' };
    t.findings++;
    t.releases.add(seed);
    if (!t.example) t.example = `seed ${seed} (${r.budget.wording}, ${r.budget.tableUnit}) line ${f.locations[0]?.line}: ${f.message}`;
    tally.set(key, t);
  }
}
process.stdout.write(`${count} releases, ${clean} without errors or warnings\n`);
process.stdout.write('severity\trule\tfindings\treleases\texample\n');
for (const [key, t] of [...tally].sort((a, b) => b[1].findings - a[1].findings))
  process.stdout.write(`${key}\t${t.findings}\t${t.releases.size}\t${t.example}\n`);
