import type { Meta, TemplateEvidence } from '../model/release.js';
import { CENTRAL_FINAL_ACCOUNTS } from './central-final-accounts.js';
import type { FinalAccountsProfile } from './final-accounts-schema.js';
import { titleOf } from '../parse/final-accounts/tables.js';

export type { FinalAccountsProfile, FinalTable, FinalColumn } from './final-accounts-schema.js';

/** The 决算 templates known, most specific first. */
export const FINAL_ACCOUNTS_PROFILES: readonly FinalAccountsProfile[] = [CENTRAL_FINAL_ACCOUNTS];

/**
 * The 决算 profile a release is printed in: its cover says 决算 and it prints the profile's numbered
 * tables (two of them at least, so that a budget quoting one title is not taken for a 决算).
 */
export function detectFinalAccounts(lines: readonly string[], meta: Meta): { profile: FinalAccountsProfile; evidence: TemplateEvidence[] } | undefined {
  const kind = meta.kind?.value;
  for (const p of FINAL_ACCOUNTS_PROFILES) {
    if (!kind || !(p.recognition.kinds as readonly string[]).includes(kind)) continue;
    const numbers = new RegExp(p.recognition.tableNumber);
    let titles = 0;
    let printed = 0;
    // what showed the template, for the report's template line: the first title and table number seen
    const evidence: TemplateEvidence[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (titleOf(l, p)) {
        if (titles++ === 0) evidence.push({ kind: 'title', text: l.trim().slice(0, 40), line: i + 1 });
      }
      const number = numbers.exec(l.replace(/\s+/g, ''));
      if (number) {
        if (printed++ === 0) evidence.push({ kind: 'table-number', text: number[0], line: i + 1 });
      }
      if (titles >= 2 && printed >= 2) return { profile: p, evidence };
    }
  }
  return undefined;
}

export function finalProfileById(id: string): FinalAccountsProfile | undefined {
  return FINAL_ACCOUNTS_PROFILES.find((p) => p.id === id);
}
