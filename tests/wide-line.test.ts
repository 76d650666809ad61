import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../src/batch/audit-document.js';
import { ingestBytes } from '../src/ingest/read.js';
import { DocumentReport } from '../src/model/report.js';
import { parseRelease } from '../src/parse/index.js';
import { coverageLines } from '../src/report/coverage-lines.js';

/**
 * One line of thousands of 合计 cells inside table 01 (the fuzz found it: 150,000 cells hung the audit
 * for more than 14 minutes and 2.6 GB). Two steps grew faster than the line: lists grouped by copying
 * (`[...old, item]`, quadratic in a group's size) and every row of the table padded to the widest
 * row's width (rows × width cells). The line is kept small here so the test is fast when the work is
 * linear; super-linear work on it takes minutes and fails on the test's time-out.
 */
const CELLS = 20_000;

const fixture = readFileSync(new URL('../fixtures/003_5c2b6dad15e272f5.txt', import.meta.url), 'utf8').split('\n');
// the cover, then table 01 from its title (line 176) with its header and body
const title = fixture.indexOf('2024 年部门收支预算表');
const lines = [...fixture.slice(0, 12), ...fixture.slice(title, title + 30)];
// in the body, after the first income line (a 合计 line right below the title now reads as a header line,
// as the header lines of other templates do)
const WIDE = 12 + 8;
lines.splice(WIDE - 1, 0, '合计\t'.repeat(CELLS));
const bytes = Buffer.from(lines.join('\n'), 'utf8');

describe('a line of 20,000 table cells', () => {
  it('is audited to a schema-valid report that names the line as text where amounts belong', async () => {
    const report = await auditBytes({ file: 'wide.txt', display: 'wide.txt', lang: 'en', settings: {} }, bytes);
    expect(DocumentReport.safeParse(report).success).toBe(true);
    expect(report.status).toBe('checked');
    expect(report.coverage?.rules.crashed).toEqual([]);
    const summary = report.coverage?.tables.find((t) => t.kind === 'income-expenditure-summary');
    expect(summary?.status).toBe('parsed');
    // every cell of the line but the two row labels prints text in an amount column
    expect(summary?.textCells?.lines).toContain(WIDE);
    expect(summary?.textCells?.count).toBeGreaterThanOrEqual(CELLS - 2);
    const notes = coverageLines(report.coverage!, 'en');
    expect(notes.find((n) => n.includes('print text where an amount belongs'))).toMatch(new RegExp(`line (\\d+, )*${WIDE}\\b`));
    expect(coverageLines(report.coverage!, 'zh').some((n) => n.includes('在金额位置印的是文字') && n.includes(String(WIDE)))).toBe(true);
  });

  it('widens only its own row: the other rows keep the columns they print', () => {
    const model = parseRelease(ingestBytes('wide.txt', bytes));
    const table = model.tables.find((t) => t.kind === 'income-expenditure-summary')!;
    const wide = table.rows.filter((r) => r.line === WIDE);
    const others = table.rows.filter((r) => r.line !== WIDE);
    expect(wide.reduce((n, r) => n + r.cells.length, 0)).toBeGreaterThanOrEqual(CELLS - 2);
    expect(others.length).toBeGreaterThan(10);
    // the release's 01 has at most the template's six expenditure columns: no row is padded to 20,000
    for (const r of others) expect(r.cells.length).toBeLessThanOrEqual(6);
    // the amounts of the real rows are still read in their columns
    expect(others.some((r) => r.cells.some((c) => c.status === 'value' && c.value === '1241.66'))).toBe(true);
  });
});
