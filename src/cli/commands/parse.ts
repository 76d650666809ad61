import Table from 'cli-table3';
import type { Lang } from '../../engine/rule.js';
import { ingestFile, InputError } from '../../ingest/read.js';
import { parseRelease } from '../../parse/index.js';
import type { Release } from '../../model/release.js';
import { KIND_NAME } from '../../parse/tables/kinds.js';
import { pickLang } from '../../batch/bilingual.js';
import { msg } from '../messages.js';
import { tableStatusLabel } from '../../report/coverage-lines.js';

export interface ParseOptions {
  format: 'json' | 'pretty';
  lang: Lang;
}

function pretty(model: Release, lang: Lang): string {
  const m = model.meta;
  const head = [model.source.path, m.department?.text, m.year ? String(m.year.value) : undefined, m.kind?.value]
    .filter(Boolean)
    .join('  ');
  const t = new Table({
    head: [msg(lang, 'kind'), msg(lang, 'number'), msg(lang, 'title'), msg(lang, 'status'), msg(lang, 'rows'), msg(lang, 'valueCells'), msg(lang, 'ambiguousCells'), msg(lang, 'lostCells'), msg(lang, 'line')],
    colAligns: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    style: { head: [], border: [] },
  });
  for (const c of model.coverage.tables) {
    t.push([KIND_NAME[c.kind][lang], c.number ?? '', c.title, tableStatusLabel(c.status, lang), String(c.rows), String(c.valueCells), String(c.ambiguousCells), String(c.lostCells), String(c.line)]);
  }
  const cov = model.coverage;
  const line = msg(lang, 'coverageLine', {
    claims: model.narrative.claims.length,
    unclaimed: cov.unclaimedSentences.length,
    missing: cov.missingTables.length,
    illegible: cov.illegible.length,
  });
  return `${head}\n${t.toString()}\n${line}\n`;
}

/** `budget-audit parse`: every readable file is printed; an unreadable one is named on stderr and exits 2. */
export async function runParse(files: string[], opts: ParseOptions): Promise<number> {
  const models: Release[] = [];
  let failed = false;
  for (const file of files) {
    try {
      models.push(parseRelease(await ingestFile(file)));
    } catch (err) {
      failed = true;
      const why = err instanceof InputError ? pickLang(err.message, opts.lang) : err instanceof Error ? err.message : String(err);
      process.stderr.write(`budget-audit: ${file}: ${why}\n`);
    }
  }
  let text: string;
  if (opts.format === 'json') {
    // One file prints one Release; several print an array of them.
    const value = files.length === 1 ? models[0] : models;
    text = value === undefined ? '' : JSON.stringify(value, null, 2) + '\n';
  } else {
    text = models.map((m) => pretty(m, opts.lang)).join('\n');
  }
  if (text) await new Promise<void>((done) => process.stdout.write(text, () => done()));
  return failed ? 2 : 0;
}
