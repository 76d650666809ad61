import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, FIXTURES } from '../helpers/audit.js';
import { mutatedValue, mutateText, mutationTargets, type Target } from '../helpers/mutate.js';
import { diagnose } from '../../src/diagnose/index.js';
import { correctionKey, holds, termKey } from '../../src/diagnose/terms.js';
import { dec } from '../../src/engine/decimal.js';
import type { Correction, Diagnosis, Finding, Identity } from '../../src/model/report.js';

/**
 * Every single-number mutation the diagnosis does not name, with its seed, line, the primary the
 * diagnosis gave and why it missed, by category:
 *   no-identity   the changed number is in no failing identity (its findings carry none)
 *   tie           named, but only as one alternative of a tie
 *   other         a diagnosis of the failing identities through it names other numbers
 *   unsolved      its failing identities got no diagnosis (nothing within the bounds)
 *
 *   npx vite-node tests/tools/diagnosis-misses.ts -- [seed-prefix …] [--step N]
 */

const SEEDS = ['000_52f5b89fd5e0ecf0.txt', '001_d3fb4ee6849ee809.txt', '002_d924ceb559bc64c1.txt', '003_5c2b6dad15e272f5.txt', '004_089b4ec93cddaf3a.txt'];
const args = process.argv.slice(2).filter((a) => a !== '--');
const stepAt = args.indexOf('--step');
const STEP = stepAt >= 0 ? Number(args[stepAt + 1]) : Number(process.env.DIAGNOSIS_SAMPLE_STEP ?? '2');
const wanted = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--step');
const seeds = wanted.length ? SEEDS.filter((s) => wanted.some((w) => s.startsWith(w))) : SEEDS;

function isTarget(c: Correction, t: Target): boolean {
  const v = c.printed.replace(/,/g, '');
  return c.location.line === t.line && !c.absent && /^-?\d+(\.\d+)?$/.test(v) && dec(v).eq(dec(mutatedValue(t.raw)));
}

function short(d: Diagnosis): string {
  const alt = (a: Correction[]) => a.filter((c) => !c.derived).map((c) => `L${c.location.line}:${c.printed}→${c.suggested ?? '?'}`).join('+');
  return `${d.kind} ${d.alternatives.map(alt).join(' | ')}`;
}

const total = { tried: 0, named: 0 };
const byCategory = new Map<string, number>();
for (const name of seeds) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const base = audit(name);
  const baseline = new Set(base.result.findings.map((f) => f.fingerprint));
  let i = 0;
  let tried = 0;
  let named = 0;
  const sample = { tried: 0, named: 0 };
  for (const t of mutationTargets(base.model)) {
    const mutated = mutateText(text, t);
    if (mutated === null) continue;
    const index = i++;
    if (index % STEP !== 0) continue;
    tried++;
    // with every mutation taken, the sample of the guard test (every 2nd) is counted too
    const inSample = STEP === 1 && index % 2 === 0;
    if (inSample) sample.tried++;
    const { result } = audit(name, mutated);
    const { diagnoses } = diagnose(result.findings, result.identities, 'zh');
    const hit = diagnoses.find((d) => d.alternatives[0]!.some((c) => isTarget(c, t)));
    if (hit && hit.kind !== 'tie') {
      named++;
      if (inSample) sample.named++;
      continue;
    }
    const value = mutatedValue(t.raw);
    const through = (id: Identity) => id.terms.some((x) => x.location.line === t.line && !x.absent && dec(x.value.replace(/,/g, '')).eq(dec(value)));
    const failing = result.findings.flatMap((f) => (f.identities ?? []).filter((id) => !holds(id) && through(id)));
    const fresh = result.findings.filter((f: Finding) => !baseline.has(f.fingerprint) && f.locations.some((l) => l.line === t.line));
    const noIdentity = fresh.filter((f) => !(f.identities ?? []).some(through)).map((f) => f.ruleId);
    const inTie = diagnoses.find((d) => d.kind === 'tie' && d.alternatives.some((a) => a.some((c) => isTarget(c, t))));
    const keys = new Set(failing.flatMap((id) => id.terms.map(termKey)));
    const near = diagnoses.find((d) => d.alternatives.some((a) => a.some((c) => keys.has(correctionKey(c)))));
    const category = inTie ? 'tie' : failing.length === 0 ? 'no-identity' : near ? 'other' : 'unsolved';
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    const primary = inTie ? short(inTie) : near ? short(near) : '-';
    console.log(
      [name.slice(0, 3), `L${t.line}`, `${t.raw}→${value}`, t.what, category, `primary: ${primary}`, `failing ids: ${failing.length}`, noIdentity.length ? `without identity: ${[...new Set(noIdentity)].join(',')}` : ''].join('\t'),
    );
  }
  total.tried += tried;
  total.named += named;
  console.log(`# ${name}: ${named}/${tried} (${((named / tried) * 100).toFixed(1)}%)`);
  if (sample.tried) console.log(`#   of them every 2nd: ${sample.named}/${sample.tried} (${((sample.named / sample.tried) * 100).toFixed(1)}%)`);
}
console.log(`# all: ${total.named}/${total.tried} (${((total.named / total.tried) * 100).toFixed(1)}%)`);
console.log(`# misses by category: ${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`);
