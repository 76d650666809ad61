import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, FIXTURES } from './helpers/audit.js';
import { mutateText, mutationTargets } from './helpers/mutate.js';
import type { Finding } from '../src/model/report.js';

const SEEDS = ['000_52f5b89fd5e0ecf0.txt', '001_d3fb4ee6849ee809.txt', '002_d924ceb559bc64c1.txt', '003_5c2b6dad15e272f5.txt', '004_089b4ec93cddaf3a.txt'];
const key = (f: Finding) => `${f.ruleId}|${f.severity}|${f.message}|${f.locations.map((l) => l.line).join(',')}`;
const serious = (f: Finding) => f.severity !== 'info';

/**
 * Change one printed number (a table cell or a narrative figure) by more than rounding can explain:
 * the audit must flag that line with a new error or warning. Every number the model read is tried;
 * the kill rate over all seeds is printed and must reach 98%.
 */
describe('mutation: one changed number is flagged on its line', () => {
  const tally = { tried: 0, killed: 0 };
  const survivors: string[] = [];
  const perSeed: string[] = [];

  for (const name of SEEDS) {
    it(name, async () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const base = audit(name);
      const baseline = new Set(base.result.findings.filter(serious).map(key));
      let killed = 0;
      let tried = 0;
      for (const t of mutationTargets(base.model)) {
        const mutated = mutateText(text, t);
        if (mutated === null) continue;
        tried++;
        // let the test runner's messages through: a seed can take tens of seconds
        if (tried % 10 === 0) await new Promise((r) => setImmediate(r));
        const { result } = audit(name, mutated);
        const flagged = result.findings.some(
          (f) => serious(f) && !baseline.has(key(f)) && f.locations.some((l) => l.line === t.line),
        );
        if (flagged) killed++;
        else survivors.push(`${name}:${t.line} ${t.raw} (${t.what})`);
      }
      tally.tried += tried;
      tally.killed += killed;
      perSeed.push(`${name}: ${killed}/${tried}`);
      expect(tried).toBeGreaterThan(50);
    });
  }

  afterAll(() => {
    const rate = tally.killed / tally.tried;
    console.log(`mutation kill rate ${(rate * 100).toFixed(1)}% (${tally.killed}/${tally.tried})\n  ${perSeed.join('\n  ')}`);
    if (survivors.length) console.log(`survivors (${survivors.length}):\n  ${survivors.slice(0, 80).join('\n  ')}`);
    expect(tally.tried).toBeGreaterThanOrEqual(300);
    expect(rate).toBeGreaterThanOrEqual(0.98);
  });
});
