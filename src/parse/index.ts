import type { IngestedText } from '../ingest/read.js';
import type { Release } from '../model/release.js';
import { parseMeta, parseToc } from './meta.js';
import { parseNarrative } from './narrative/index.js';
import { parseTables } from './tables/index.js';
import { buildCoverage } from './coverage.js';
import { detectTemplate, templateById } from '../template/index.js';

/** text → typed budget model. Never throws on odd input: what cannot be read is reported in coverage. */
export function parseRelease(input: IngestedText): Release {
  const { lines } = input;
  // the template first: it decides how titles, columns, units and sections are read
  const detected = detectTemplate(lines);
  const template = templateById(detected.id);
  const meta = parseMeta(lines);
  const toc = parseToc(lines, template);
  const { tables, illegible } = parseTables(lines, { year: meta.year?.value, template });
  const { narrative, unclaimedSentences, unresolvedClaims } = parseNarrative(lines, template);
  const coverage = buildCoverage({ toc, tables, illegible, unclaimedSentences, unresolvedClaims, narrative, template });
  return { schemaVersion: 1, source: input.source, meta, template: detected, toc, tables, narrative, coverage };
}
