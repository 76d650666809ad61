import type { Coverage } from '../../model/release.js';
import type { Narrative } from '../../model/narrative.js';

export interface NarrativeResult {
  narrative: Narrative;
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
}

// STUB: to be implemented (sections 一…九 and claims).
export function parseNarrative(_lines: readonly string[]): NarrativeResult {
  return { narrative: { sections: [], claims: [] }, unclaimedSentences: [], unresolvedClaims: [] };
}
