import type { Meta } from '../model/release.js';
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
export function detectFinalAccounts(lines: readonly string[], meta: Meta): FinalAccountsProfile | undefined {
  const kind = meta.kind?.value;
  for (const p of FINAL_ACCOUNTS_PROFILES) {
    if (!kind || !(p.recognition.kinds as readonly string[]).includes(kind)) continue;
    const numbers = new RegExp(p.recognition.tableNumber);
    let titles = 0;
    let printed = 0;
    for (const l of lines) {
      if (titleOf(l, p)) titles++;
      if (numbers.test(l.replace(/\s+/g, ''))) printed++;
      if (titles >= 2 && printed >= 2) return p;
    }
  }
  return undefined;
}

export function finalProfileById(id: string): FinalAccountsProfile | undefined {
  return FINAL_ACCOUNTS_PROFILES.find((p) => p.id === id);
}
