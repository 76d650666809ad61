import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ALL_RULES } from '../../rules/index.js';
import { generateFinalRelease } from './index.js';
import { injectFinal, type FinalInjection } from './inject.js';

export interface FinalMeasure {
  releases: number;
  /** consistent releases with an error or a warning (must be none) */
  flaggedClean: Array<{ seed: number; findings: string[] }>;
  injected: number;
  /** injections flagged by an error or a warning on the changed line */
  caught: number;
  missed: FinalInjection[];
  /** how often each rule caught an injection on its line */
  byRule: Record<string, number>;
}

function auditText(name: string, text: string) {
  const input = ingestBytes(name, Buffer.from(text, 'utf8'));
  const model = parseRelease(input);
  return runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
}

/** Audit `count` synthetic 决算 from seed `first`, then each again with one number changed. */
export function measureFinal(first: number, count: number): FinalMeasure {
  const m: FinalMeasure = { releases: 0, flaggedClean: [], injected: 0, caught: 0, missed: [], byRule: {} };
  for (let seed = first; seed < first + count; seed++) {
    const r = generateFinalRelease(seed);
    m.releases++;
    const clean = auditText(r.name, r.text).findings.filter((f) => f.severity !== 'info');
    if (clean.length > 0) m.flaggedClean.push({ seed, findings: clean.map((f) => `${f.ruleId}: ${f.message}`) });
    const inj = injectFinal(r, seed);
    m.injected++;
    const found = auditText(r.name, inj.text).findings.filter((f) => f.severity !== 'info' && f.locations.some((l) => l.line === inj.line));
    if (found.length > 0) {
      m.caught++;
      for (const id of new Set(found.map((f) => f.ruleId))) m.byRule[id] = (m.byRule[id] ?? 0) + 1;
    } else m.missed.push(inj);
  }
  return m;
}
