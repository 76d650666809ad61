import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ALL_RULES } from '../../rules/index.js';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** The seed releases and the hand-corrected ones, by file name. */
export function fixtureFiles(): string[] {
  const seeds = readdirSync(FIXTURES).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f));
  const corrected = readdirSync(join(FIXTURES, 'corrected')).map((f) => join('corrected', f));
  return [...seeds, ...corrected].sort();
}

export function audit(name: string, text?: string) {
  const bytes = text === undefined ? readFileSync(join(FIXTURES, name)) : Buffer.from(text, 'utf8');
  const input = ingestBytes(name, bytes);
  const model = parseRelease(input);
  const result = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
  return { input, model, result };
}
