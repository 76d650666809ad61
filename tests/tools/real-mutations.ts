/**
 * Mutation measure on the real releases: every `--every`-th printed number the model read (table
 * cells and narrative figures) is changed well beyond rounding, in the extracted lines of the PDF, and
 * the audit must flag that line with a new error or warning. Prints, per release and template, how
 * many changes were flagged, and which kinds of table the survivors stand in.
 *
 *   npx vite-node tests/tools/real-mutations.ts -- [--every 3] [name-substring …]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFile } from '../../src/ingest/read.js';
import { joinParts } from '../../src/batch/pdf-pages.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ALL_RULES } from '../../rules/index.js';
import { mutateText, mutationTargets } from '../helpers/mutate.js';
import type { Finding } from '../../src/model/report.js';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { every: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const every = Number.parseInt(values.every, 10);
const REAL = new URL('../../fixtures/real/', import.meta.url).pathname;
const serious = (f: Finding) => f.severity !== 'info';
const key = (f: Finding) => `${f.ruleId}|${f.message}|${f.locations.map((l) => l.line).join(',')}`;

const files = readdirSync(REAL)
  .filter((f) => f.endsWith('.pdf') && !/\.part[2-9]\.pdf$/.test(f))
  .filter((f) => positionals.length === 0 || positionals.some((p) => f.includes(p)))
  .sort();

const rows: string[] = [];
for (const file of files) {
  // a release printed as two PDFs (.part1 narrative, .part2 tables) audits as one, as the CLI joins them
  const second = file.replace(/\.part1\.pdf$/, '.part2.pdf');
  const input =
    second !== file
      ? joinParts([await ingestFile(join(REAL, file)), await ingestFile(join(REAL, second))], [file, second]).ingested
      : await ingestFile(join(REAL, file));
  const model = parseRelease(input);
  const base = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
  const baseline = new Set(base.findings.filter(serious).map(key));
  const text = input.lines.join('\n');
  const targets = mutationTargets(model).filter((_t, i) => i % every === 0);
  let tried = 0;
  let flagged = 0;
  const survivors = new Map<string, number>();
  for (const t of targets) {
    const mutated = mutateText(text, t);
    if (mutated === null) continue;
    tried++;
    const changed = { ...input, lines: mutated.split('\n') };
    const m = parseRelease(changed);
    const r = runRules(m, changed.lines, ALL_RULES, { lang: 'zh' });
    if (r.findings.some((f) => serious(f) && !baseline.has(key(f)) && f.locations.some((l) => l.line === t.line))) flagged++;
    else {
      const where = t.what.split(' ')[0]!;
      survivors.set(where, (survivors.get(where) ?? 0) + 1);
    }
  }
  const rate = tried ? ((flagged * 100) / tried).toFixed(1) : '—';
  const left = [...survivors].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  rows.push(`${file}\t${model.template?.id ?? '?'}\t${flagged}/${tried}\t${rate}%\t${left}`);
  process.stdout.write(`${rows[rows.length - 1]}\n`);
}
