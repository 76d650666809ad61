import type { Coverage } from '../../model/release.js';
import type { Narrative, Section } from '../../model/narrative.js';
import { readSectionClaims, type ClaimSink } from './claims.js';
import { findNarrative, readSections, splitSentences } from './sections.js';
import type { Template } from '../../template/index.js';

export interface NarrativeResult {
  narrative: Narrative;
  unclaimedSentences: Coverage['unclaimedSentences'];
  unresolvedClaims: Coverage['unresolvedClaims'];
}

/** 第二部分: its sections 一…九, their sentences, and the claims they make about the numbers. */
export function parseNarrative(lines: readonly string[], template: Template): NarrativeResult {
  const block = findNarrative(lines, template.profile.narrative);
  const sink: ClaimSink = { template, claims: [], unclaimed: [], unresolved: [], perLine: new Map() };
  if (!block) {
    return { narrative: { sections: [], claims: [] }, unclaimedSentences: [], unresolvedClaims: [] };
  }
  const sections: Section[] = [];
  for (const text of readSections(lines, block.start, block.end, { form: template.profile.narrative.sectionForm, words: template.profile.narrative.headingWords })) {
    const sentences = splitSentences(text);
    readSectionClaims(text, sentences, sink);
    sections.push({
      ordinal: text.ordinal,
      title: text.title,
      line: text.line,
      endLine: text.endLine,
      sentences: sentences.map((s) => ({ line: s.line, text: s.text })),
    });
  }
  return {
    narrative: { ...(block.line !== undefined ? { line: block.line } : {}), sections, claims: sink.claims },
    unclaimedSentences: sink.unclaimed,
    unresolvedClaims: sink.unresolved,
  };
}
