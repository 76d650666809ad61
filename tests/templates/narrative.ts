import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { joinParts } from '../../src/batch/pdf-pages.js';
import { runRules } from '../../src/engine/runner.js';
import { ingestPdfBytes } from '../../src/ingest/pdf/index.js';
import type { IngestedText } from '../../src/ingest/read.js';
import type { Claim } from '../../src/model/narrative.js';
import type { Release } from '../../src/model/release.js';
import type { Finding } from '../../src/model/report.js';
import { parseRelease } from '../../src/parse/index.js';
import { ALL_RULES } from '../../rules/index.js';

const REAL = new URL('../../fixtures/real/', import.meta.url).pathname;

const cache = new Map<string, Promise<IngestedText>>();

/** A real release's lines as the CLI reads them, its parts (Beijing's two files) joined in order. */
export function releaseText(files: readonly string[]): Promise<IngestedText> {
  const key = files.join('+');
  let p = cache.get(key);
  if (!p) {
    p = Promise.all(files.map((f) => ingestPdfBytes(f, readFileSync(REAL + f)))).then((parts) =>
      parts.length === 1 ? parts[0]! : joinParts(parts, [...files]).ingested,
    );
    cache.set(key, p);
  }
  return p;
}

export interface Audited {
  model: Release;
  findings: Finding[];
}

/** Parse and audit the lines (as printed, or with one changed) with every rule. */
export function auditLines(input: IngestedText, lines: readonly string[] = input.lines): Audited {
  const changed: IngestedText = { ...input, lines: [...lines], text: lines.join('\n') };
  const model = parseRelease(changed);
  const result = runRules(model, changed.lines, ALL_RULES, { lang: 'zh' });
  return { model, findings: result.findings };
}

/** A narrative claim read off the document by hand: its type, quantity key and printed figure. */
export interface ClaimExpect {
  type: Claim['type'];
  key: string;
  /** the amount, the percent, or the count as printed */
  figure: string;
  /** words of the sentence it stands in */
  words: string;
}

function figureOf(c: Claim): string | undefined {
  if (c.type === 'amount') return c.amount.raw;
  if (c.type === 'share') return c.percent.raw;
  if (c.type === 'count') return c.value;
  if (c.type === 'change') return c.amount?.raw ?? c.rate?.raw;
  return undefined;
}

/** Each hand-read claim is among the claims the parser reads, with its quantity. */
export function expectClaims(model: Release, expected: readonly ClaimExpect[]): void {
  for (const e of expected) {
    const hit = model.narrative.claims.find((c) => c.type === e.type && c.quantity.key === e.key && figureOf(c) === e.figure && c.text.replace(/\s+/g, '').includes(e.words));
    expect.soft(hit, `${e.type} ${e.key} ${e.figure} in “${e.words}”: read as ${JSON.stringify(model.narrative.claims.filter((c) => figureOf(c) === e.figure).map((c) => [c.type, c.quantity.key]))}`).toBeDefined();
  }
}

/**
 * Change one printed narrative figure (the first `from` on the line holding `words`) and audit again:
 * the findings the change brings that the release did not have, with the line changed.
 */
export function mutateNarrative(input: IngestedText, words: string, from: string, to: string): { line: number; added: Finding[] } {
  const index = input.lines.findIndex((l) => l.replace(/\s+/g, '').includes(words) && l.includes(from));
  expect(index, `a line with “${words}” and ${from}`).toBeGreaterThanOrEqual(0);
  const lines = [...input.lines];
  lines[index] = lines[index]!.replace(from, to);
  const key = (f: Finding) => `${f.ruleId} ${f.severity} ${f.locations.map((l) => l.line).join(',')}`;
  const before = new Set(auditLines(input).findings.map(key));
  const added = auditLines(input, lines).findings.filter((f) => f.severity !== 'info' && !before.has(key(f)));
  return { line: index + 1, added };
}
