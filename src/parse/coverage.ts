import type { Span } from '../model/primitives.js';
import type { Coverage, Toc } from '../model/release.js';
import type { Table } from '../model/table.js';

export interface CoverageInput {
  toc: Toc | undefined;
  tables: Table[];
  illegible: Span[];
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
}

// STUB: to be implemented with table parsing.
export function buildCoverage(input: CoverageInput): Coverage {
  return {
    tables: [],
    missingTables: [],
    illegible: input.illegible,
    unclaimedSentences: input.unclaimedSentences,
    unresolvedClaims: input.unresolvedClaims,
  };
}
