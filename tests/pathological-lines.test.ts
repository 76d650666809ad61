import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../src/batch/audit-document.js';

/**
 * Lines shaped to make a backtracking regular expression work quadratically or worse, 300,000
 * characters long, put into the narrative and into a table. Each shape once hung the audit for
 * minutes or more (the regex is named); linear work on such a line takes well under a second, so
 * the bound only fails for super-linear behaviour, also on a loaded machine.
 */
const N = 300_000;
const SHAPES: Record<string, string> = {
  // rules/hygiene/text.ts: /\s+$/ on every narrative line
  'spaces, then text': '\t'.repeat(N) + 'x',
  // src/parse/narrative/labels.ts: ([\u4e00-\u9fa5]+)\(类\)支出…$ unanchored
  'a long run of Chinese': '没有'.repeat(N / 2),
  // rules/hygiene/template.ts: 主要原因\s*(是|为)?\s*[：:]?\s*[。；;] (three \s* in a row: cubic)
  '主要原因 and spaces': '主要原因' + '\t'.repeat(N) + 'x主要原因;',
  // src/parse/narrative/tokens.ts: (?:,\d{3})* re-read from every comma
  'thousands groups without a unit': '0,00'.repeat(N / 4) + '!',
  'cells of 合计': '合计\t'.repeat(N / 3),
  'a giant number': '9'.repeat(N) + '.5万元',
};

const text = readFileSync(new URL('../fixtures/001_d3fb4ee6849ee809.txt', import.meta.url), 'utf8');
const BOUND_MS = 15_000;

describe('pathological lines', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    it(`${name}: audited within the bound in the narrative and in a table`, async () => {
      for (const anchor of ['收入支出预算总体情况', '预算01表']) {
        const lines = text.split('\n');
        lines.splice(lines.findIndex((l) => l.includes(anchor)) + 2, 0, line);
        const started = performance.now();
        const report = await auditBytes({ file: 'x.txt', display: 'x.txt', lang: 'zh', settings: {} }, Buffer.from(lines.join('\n')));
        expect(performance.now() - started, anchor).toBeLessThan(BOUND_MS);
        expect(report.status).toBe('checked');
        expect(report.coverage?.rules.crashed).toEqual([]);
      }
    }, 2 * BOUND_MS + 5000);
  }
});
