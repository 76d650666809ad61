import type { TemplateEvidence, TemplateRef } from '../model/release.js';
import { HENAN } from './henan.js';
import type { TemplateProfile } from './schema.js';
import { SHANGHAI } from './shanghai.js';
import { pattern, templateFor, type Template } from './template.js';
import { UNKNOWN } from './unknown.js';

/** Every known template. A region's profile is added here and nowhere else. */
export const PROFILES: readonly TemplateProfile[] = [HENAN, SHANGHAI];

export { HENAN, SHANGHAI, UNKNOWN };

/** The lines that count as the cover and front matter for `head` signals. */
const HEAD_LINES = 30;

export function profileById(id: string): TemplateProfile | undefined {
  return id === UNKNOWN.id ? UNKNOWN : PROFILES.find((p) => p.id === id);
}

/** The template of an id; an id no profile has (a report from another version) reads as unknown. */
export function templateById(id: string): Template {
  return templateFor(profileById(id) ?? UNKNOWN);
}

/** The template a release was read with. A model built without detection (tests) is Henan's. */
export function templateOf(model: { template?: { id: string } }): Template {
  return model.template ? templateById(model.template.id) : templateFor(HENAN);
}

export const HENAN_TEMPLATE: Template = templateFor(HENAN);

interface Scored {
  profile: TemplateProfile;
  score: number;
  evidence: TemplateEvidence[];
}

function score(profile: TemplateProfile, lines: ReadonlyArray<{ line: number; text: string }>, head: number): Scored {
  const evidence: TemplateEvidence[] = [];
  let total = 0;
  for (const s of profile.recognition.signals) {
    const re = pattern(s.pattern);
    for (const l of lines) {
      if (s.head && l.line > head) break;
      const m = re.exec(l.text);
      if (!m) continue;
      total += s.weight;
      evidence.push({ kind: s.kind, text: m[0], line: l.line });
      break;
    }
  }
  return { profile, score: total, evidence };
}

/**
 * Which template a release follows, from its own words: each profile's signals (cover and title
 * words, table-number style, region) are looked for, their weights added; the highest score at or
 * above the profile's minimum wins (ties go to the profile listed first). None: `unknown`.
 */
export function detectTemplate(lines: readonly string[]): TemplateRef {
  const compacted: Array<{ line: number; text: string }> = [];
  let head = Infinity;
  let seen = 0;
  lines.forEach((raw, i) => {
    const text = raw.replace(/[\s\u3000#*]/g, '');
    if (text === '') return;
    compacted.push({ line: i + 1, text });
    if (++seen === HEAD_LINES) head = i + 1;
  });
  let best: Scored | undefined;
  for (const p of PROFILES) {
    const s = score(p, compacted, head);
    if (s.score >= p.recognition.minScore && (!best || s.score > best.score)) best = s;
  }
  if (!best) return { id: UNKNOWN.id, name: UNKNOWN.name, score: 0, evidence: [] };
  return { id: best.profile.id, name: best.profile.name, score: best.score, evidence: best.evidence };
}
