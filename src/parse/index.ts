import type { IngestedText } from '../ingest/read.js';
import type { Release } from '../model/release.js';
import { parseMeta, parseToc } from './meta.js';
import { parseNarrative } from './narrative/index.js';
import { parseTables } from './tables/index.js';
import { buildCoverage } from './coverage.js';

/** text → typed budget model. Never throws on odd input: what cannot be read is reported in coverage. */
export function parseRelease(input: IngestedText): Release {
  const { lines } = input;
  const meta = parseMeta(lines);
  const toc = parseToc(lines);
  const { tables, illegible } = parseTables(lines, { year: meta.year?.value });
  const { narrative, unclaimedSentences, unresolvedClaims } = parseNarrative(lines);
  const coverage = buildCoverage({ toc, tables, illegible, unclaimedSentences, unresolvedClaims, narrative });
  return { schemaVersion: 1, source: input.source, meta, toc, tables, narrative, coverage };
}
