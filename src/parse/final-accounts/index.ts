import type { Coverage, Meta } from '../../model/release.js';
import type { Narrative, Section } from '../../model/narrative.js';
import type { Table } from '../../model/table.js';
import type { FinalAccounts } from '../../model/final-accounts.js';
import type { FinalAccountsProfile } from '../../template/final-accounts-schema.js';
import { locateTables, readTable } from './tables.js';
import { chineseOrdinal, readUnits, sentencesOf, squeeze } from './narrative-text.js';
import { readClaims } from './claims.js';

export interface FinalParse {
  tables: Table[];
  narrative: Narrative;
  finalAccounts: FinalAccounts;
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
}

/** Where the narrative stands: after the heading `…决算情况说明` (a title may break it over two lines). */
function narrativeBounds(lines: readonly string[], profile: FinalAccountsProfile, after: number): { from: number; to: number } | undefined {
  const heading = new RegExp(profile.recognition.narrativeHeading);
  const end = new RegExp(profile.recognition.narrativeEnd);
  let from: number | undefined;
  for (let n = after + 1; n <= lines.length; n++) {
    const here = squeeze(lines[n - 1] ?? '');
    const withNext = here + squeeze(lines[n] ?? '');
    if (from === undefined) {
      if (/(目录|\.{4,}|…{2,})/.test(here)) continue;
      if (heading.test(here)) from = n + 1;
      else if (heading.test(withNext) && !heading.test(squeeze(lines[n] ?? ''))) from = n + 2;
      continue;
    }
    if (end.test(here)) return { from, to: n - 1 };
  }
  return from === undefined ? undefined : { from, to: lines.length };
}

export function parseFinalAccounts(lines: readonly string[], _meta: Meta, profile: FinalAccountsProfile): FinalParse {
  const located = locateTables(lines, profile);
  const tables = located.map((l) => readTable(lines, l, profile));
  // the narrative follows the tables; its headings in the table of contents come first and are skipped
  const lastTable = located[located.length - 1]?.endLine ?? 0;
  const firstTable = located[0]?.titleLine ?? 1;
  const bounds = narrativeBounds(lines, profile, lastTable ? firstTable : 0);
  if (bounds && lastTable && bounds.from > firstTable && bounds.from < lastTable) {
    // the last table ends where the narrative begins
    const last = tables[tables.length - 1];
    if (last) last.endLine = Math.max(last.titleLine, bounds.from - 3);
  }
  const sections: Section[] = [];
  let claims: ReturnType<typeof readClaims> = { claims: [], unclaimed: [], unresolved: [] };
  if (bounds) {
    const { units, headings } = readUnits(lines, bounds.from, bounds.to);
    claims = readClaims(units, profile, tables);
    for (const [i, h] of headings.entries()) {
      const ordinal = chineseOrdinal(/^([一二三四五六七八九十]+)、/.exec(h.text)?.[1] ?? '') ?? i + 1;
      const mine = units.filter((u) => u.section === ordinal);
      const endLine = Math.max(h.line, ...mine.map((u) => u.lineAt[u.lineAt.length - 1] ?? u.line));
      sections.push({
        ordinal: Math.min(ordinal, 30),
        title: h.text.replace(/^[一二三四五六七八九十]+、/, ''),
        line: h.line,
        endLine,
        sentences: mine.flatMap((u) => sentencesOf(u).map((s) => ({ line: s.line, text: s.text }))),
      });
    }
  }
  return {
    tables,
    narrative: { ...(bounds ? { line: bounds.from } : {}), sections, claims: [] },
    finalAccounts: { profile: profile.id, claims: claims.claims },
    unclaimedSentences: claims.unclaimed,
    unresolvedClaims: claims.unresolved,
  };
}
