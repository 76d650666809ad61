import type { Lang } from '../engine/rule.js';
import type { Correction, Diagnosis, Finding, Identity } from '../model/report.js';
import { describe } from './describe.js';
import { solve, type Solution } from './solve.js';

/**
 * From a release's findings (their failing identities) and the identities its checks found to hold,
 * the primary findings: the fewest printed numbers to correct, each with the findings it explains.
 * The findings keep every detail; each explained one names its diagnosis (`explainedBy`).
 */
export interface DiagnosisResult {
  diagnoses: Diagnosis[];
  findings: Finding[];
}

function corrections(s: Solution): Correction[] {
  return s.corrections.map(({ variable, value, zeroRow, derived }) => {
    const t = variable.term;
    return {
      location: t.location,
      printed: t.absent ? '' : (t.location.value ?? t.value),
      ...(value ? { suggested: value.toFixed(t.decimals) } : {}),
      ...(t.absent ? { absent: true } : {}),
      ...(zeroRow ? { zeroRow: true } : {}),
      ...(derived ? { derived: true } : {}),
    };
  });
}

function kindOf(solutions: readonly Solution[]): Diagnosis['kind'] {
  if (solutions.length > 1) return 'tie';
  const s = solutions[0]!;
  if (s.units.every((u) => u.zeroRow)) return 'zero-row';
  if (s.units.length > 1) return 'numbers';
  return s.corrections[0]!.variable.term.absent ? 'missing' : 'number';
}

export function diagnose(findings: readonly Finding[], held: readonly Identity[], lang: Lang): DiagnosisResult {
  const identities: Identity[] = [];
  const owner: Array<number | undefined> = [];
  findings.forEach((f, i) => {
    for (const id of f.identities ?? []) {
      identities.push(id);
      owner.push(i);
    }
  });
  for (const id of held) {
    identities.push(id);
    owner.push(undefined);
  }
  const explainedBy = new Map<number, string>();
  const diagnoses: Diagnosis[] = [];
  for (const g of solve(identities)) {
    if (g.solutions.length === 0) continue;
    const explained = [...new Set(g.failing.map((i) => owner[i]).filter((i): i is number => i !== undefined))].filter(
      (i) => !explainedBy.has(i),
    );
    if (explained.length === 0) continue;
    const id = `D${diagnoses.length + 1}`;
    for (const i of explained) explainedBy.set(i, id);
    const kind = kindOf(g.solutions);
    const alternatives = g.solutions.map(corrections);
    diagnoses.push({
      id,
      kind,
      message: describe(kind, alternatives, explained.length, lang),
      alternatives,
      explains: explained.map((i) => findings[i]!.fingerprint),
    });
  }
  return {
    diagnoses,
    findings: findings.map((f, i) => (explainedBy.has(i) ? { ...f, explainedBy: explainedBy.get(i)! } : f)),
  };
}
