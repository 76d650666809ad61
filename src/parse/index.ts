import type { IngestedText } from '../ingest/read.js';
import type { Release } from '../model/release.js';
import { parseMeta, parseToc } from './meta.js';
import { parseNarrative } from './narrative/index.js';
import { parseTables } from './tables/index.js';
import { buildCoverage } from './coverage.js';
import { parseFinalAccounts } from './final-accounts/index.js';
import { detectFinalAccounts } from '../template/final-accounts.js';
import { detectTemplate, templateById } from '../template/index.js';

/** text → typed budget model. Never throws on odd input: what cannot be read is reported in coverage. */
export function parseRelease(input: IngestedText): Release {
  const { lines } = input;
  // the template first: it decides how titles, columns, units and sections are read
  const detected = detectTemplate(lines);
  const template = templateById(detected.id);
  const meta = parseMeta(lines);
  const toc = parseToc(lines, template);
  const final = detectFinalAccounts(lines, meta);
  if (final) {
    const finalProfile = final.profile;
    // a 决算 template is read with its own profile: its tables and narrative are not the budget's
    const fa = parseFinalAccounts(lines, meta, finalProfile);
    const coverage = buildCoverage({
      toc,
      tables: fa.tables,
      illegible: [],
      unclaimedSentences: fa.unclaimedSentences,
      unresolvedClaims: fa.unresolvedClaims,
      narrative: fa.narrative,
      template,
    });
    const ref = { id: finalProfile.id, name: finalProfile.name, score: detected.score, evidence: final.evidence };
    return { schemaVersion: 1, source: input.source, meta, template: ref, toc, tables: fa.tables, narrative: fa.narrative, coverage, finalAccounts: fa.finalAccounts };
  }
  const { tables, illegible } = parseTables(lines, { year: meta.year?.value, template });
  const { narrative, unclaimedSentences, unresolvedClaims } = parseNarrative(lines, template);
  const coverage = buildCoverage({ toc, tables, illegible, unclaimedSentences, unresolvedClaims, narrative, template });
  return { schemaVersion: 1, source: input.source, meta, template: detected, toc, tables, narrative, coverage };
}
