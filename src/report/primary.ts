import type { Diagnosis, DocumentReport, Finding } from '../model/report.js';
import { pushTo } from '../group.js';

/**
 * The primary findings of a document: each diagnosis with the findings it explains beneath it, then
 * the findings no diagnosis explains. A diagnosis whose findings were all filtered away (--quiet,
 * a baseline) is not shown.
 */
export interface PrimaryGroup {
  diagnosis: Diagnosis;
  findings: Finding[];
}

export function primaryGroups(d: DocumentReport): { groups: PrimaryGroup[]; rest: Finding[] } {
  const byId = new Map<string, Finding[]>();
  const rest: Finding[] = [];
  for (const f of d.findings) {
    if (f.explainedBy && d.diagnoses?.some((x) => x.id === f.explainedBy)) pushTo(byId, f.explainedBy, f);
    else rest.push(f);
  }
  const groups = (d.diagnoses ?? []).flatMap((diagnosis) => {
    const findings = byId.get(diagnosis.id);
    return findings ? [{ diagnosis, findings }] : [];
  });
  return { groups, rest };
}
