import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/ingest/read.js';
import { parseRelease } from '../src/parse/index.js';
import { runRules } from '../src/engine/runner.js';
import { withPages } from '../src/batch/pdf-pages.js';
import type { Finding } from '../src/model/report.js';
import { ALL_RULES } from '../rules/index.js';
// @ts-expect-error a plain script shared with the renderer (tests/pdf-seeds/render.mjs)
import { seedHtml } from './pdf-seeds/seed-html.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'pdf', 'manifest.json'), 'utf8')) as Record<string, { seed: string; html: string }>;

/** A finding as the reader of a report sees it, without the line numbers (a PDF's lines differ). */
function place(f: Finding): string {
  const where = f.locations.map((l) => [l.table, l.row, l.column, l.value].join('|')).join(' ; ');
  return `${f.ruleId} ${f.severity} ${f.expected ?? ''} ${f.actual ?? ''} ${where}`;
}

async function auditFile(path: string) {
  const input = await ingestFile(path);
  const model = parseRelease(input);
  const result = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
  return { input, model, findings: withPages(result.findings, input.linePages), crashed: result.crashed };
}

describe('seed releases printed to PDF', () => {
  for (const [pdf, { seed, html }] of Object.entries(manifest)) {
    it(`${pdf} is current: printed from the HTML its seed lays out to today`, () => {
      const now = createHash('sha256').update(seedHtml(readFileSync(join(FIXTURES, seed), 'utf8'))).digest('hex');
      expect(now, 'run `node tests/pdf-seeds/render.mjs` to print the seeds again').toBe(html);
    });

    it(`${pdf} audits with the findings of its text`, async () => {
      const text = await auditFile(join(FIXTURES, seed));
      const printed = await auditFile(join(FIXTURES, 'pdf', pdf));
      expect(printed.crashed).toEqual([]);
      expect(printed.findings.map(place).sort()).toEqual(text.findings.map(place).sort());
      const shape = (m: typeof text.model) => m.tables.map((t) => `${t.kind} ${t.number ?? ''} ${t.status} ${t.rows.length}x${t.columns.length}`);
      expect(shape(printed.model)).toEqual(shape(text.model));
      // every cell of every table reads the same
      const cells = (m: typeof text.model) => m.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => `${t.kind}|${r.functionCode?.code ?? r.orgCode ?? ''}|${r.label}|${c.column}|${c.status}|${c.raw}|${c.value ?? ''}|${c.certainty}`)));
      expect(cells(printed.model)).toEqual(cells(text.model));
      expect(printed.model.meta.department?.text).toBe(text.model.meta.department?.text);
      expect(printed.model.meta.year?.value).toBe(text.model.meta.year?.value);
      // the pages are real: every location has one, within the document
      const pages = Math.max(...(printed.input.linePages ?? [0]));
      for (const f of printed.findings) for (const l of f.locations) expect(l.page).toBeGreaterThanOrEqual(1), expect(l.page).toBeLessThanOrEqual(pages);
    });
  }
});
