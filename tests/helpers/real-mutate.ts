import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile, type IngestedText } from '../../src/ingest/read.js';
import { joinParts } from '../../src/batch/pdf-pages.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ALL_RULES } from '../../rules/index.js';
import { mutateText, mutationTargets } from './mutate.js';
import type { Finding } from '../../src/model/report.js';

export const REAL = new URL('../../fixtures/real/', import.meta.url).pathname;

/** The real releases by their first file: a release printed as two PDFs (.part1 narrative, .part2 tables) is one. */
export function realReleases(): string[] {
  return readdirSync(REAL)
    .filter((f) => f.endsWith('.pdf') && !/\.part[2-9]\.pdf$/.test(f))
    .sort();
}

/** The release's lines as the CLI reads them, the two parts of a split release joined. */
export async function ingestReal(file: string): Promise<IngestedText> {
  const second = file.replace(/\.part1\.pdf$/, '.part2.pdf');
  if (second === file) return ingestFile(join(REAL, file));
  return joinParts([await ingestFile(join(REAL, file)), await ingestFile(join(REAL, second))], [file, second]).ingested;
}

export interface RealMutationMeasure {
  template: string;
  tried: number;
  flagged: number;
  /** where the changes nobody flagged stood: table kind (or claim type) → count */
  survivors: Map<string, number>;
}

const serious = (f: Finding) => f.severity !== 'info';
const key = (f: Finding) => `${f.ruleId}|${f.message}|${f.locations.map((l) => l.line).join(',')}`;

/**
 * Every `every`-th printed number the model read (table cells, narrative figures) changed well beyond
 * rounding in the release's extracted lines: flagged when a new error or warning stands on its line.
 */
export function measureRealMutations(input: IngestedText, every: number): RealMutationMeasure {
  const model = parseRelease(input);
  const base = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
  const baseline = new Set(base.findings.filter(serious).map(key));
  const text = input.lines.join('\n');
  const out: RealMutationMeasure = { template: model.template?.id ?? 'unknown', tried: 0, flagged: 0, survivors: new Map() };
  mutationTargets(model).forEach((t, i) => {
    if (i % every !== 0) return;
    const mutated = mutateText(text, t);
    if (mutated === null) return;
    out.tried++;
    const changed = { ...input, lines: mutated.split('\n') };
    const r = runRules(parseRelease(changed), changed.lines, ALL_RULES, { lang: 'zh' });
    if (r.findings.some((f) => serious(f) && !baseline.has(key(f)) && f.locations.some((l) => l.line === t.line))) out.flagged++;
    else {
      const where = t.what.split(' ')[0]!;
      out.survivors.set(where, (out.survivors.get(where) ?? 0) + 1);
    }
  });
  return out;
}
