import type { Finding } from '../../src/model/report.js';
import { audit } from '../helpers/audit.js';
import { generateRelease, inject } from './index.js';

/**
 * The acceptance measure of the scoped-facts work: generated consistent releases must audit with no
 * error and no warning, and a single printed number changed beyond rounding must be flagged (an
 * error or warning) with a location on the changed line.
 */
export interface Measure {
  consistent: number;
  /** consistent releases with an error or a warning: each one a false finding */
  falseReleases: Array<{ seed: number; findings: string[] }>;
  injected: number;
  /** injections with no error or warning on their line */
  missed: Array<{ seed: number; line: number; before: string; after: string; meaning: string }>;
}

const bad = (f: Finding) => f.severity !== 'info';

export function measure(consistent: number, injections: number, firstSeed = 1): Measure {
  const out: Measure = { consistent, falseReleases: [], injected: injections, missed: [] };
  for (let seed = firstSeed; seed < firstSeed + consistent; seed++) {
    const r = generateRelease(seed);
    const { result } = audit(r.name, r.text);
    const found = result.findings.filter(bad);
    if (found.length > 0 || result.crashed.length > 0)
      out.falseReleases.push({ seed, findings: [...result.crashed.map((c) => `crash ${c.ruleId}`), ...found.map((f) => `${f.ruleId} ${f.locations[0]?.line}: ${f.message}`)] });
  }
  for (let i = 0; i < injections; i++) {
    // injections run on releases of their own seeds, after the consistent ones
    const seed = firstSeed + consistent + i;
    const r = generateRelease(seed);
    const inj = inject(r, seed);
    const { result } = audit(r.name, inj.text);
    const flagged = result.findings.some((f) => bad(f) && f.locations.some((l) => l.line === inj.line));
    if (!flagged) {
      const w = inj.target.where;
      const meaning = w.type === 'cell' ? `${w.table} ${w.side ?? ''} ${w.column}` : JSON.stringify(w);
      out.missed.push({ seed, line: inj.line, before: inj.before, after: inj.after, meaning });
    }
  }
  return out;
}
