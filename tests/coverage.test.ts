import { HENAN_TEMPLATE } from '../src/template/index.js';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/ingest/read.js';
import type { Toc } from '../src/model/release.js';
import { Coverage } from '../src/model/release.js';
import type { Table } from '../src/model/table.js';
import { buildCoverage } from '../src/parse/coverage.js';
import { parseRelease } from '../src/parse/index.js';

const fixture = (name: string) => new URL(`../fixtures/${name}.txt`, import.meta.url).pathname;

describe('coverage from the parsed releases', () => {
  it('000: 12 tables, cell counts per table, nothing missing', async () => {
    const { coverage } = parseRelease(await ingestFile(fixture('000_52f5b89fd5e0ecf0')));
    expect(Coverage.safeParse(coverage).success).toBe(true);
    expect(coverage.tables.map((t) => [t.number, t.rows, t.valueCells])).toEqual([
      ['01', 46, 9], ['02', 4, 16], ['03', 7, 36], ['04', 43, 19], ['05', 7, 36], ['06', 30, 61],
      ['07', 31, 93], ['08', 1, 3], ['09', 0, 0], ['10', 5, 10], ['11', 6, 4], ['12', 6, 12],
    ]);
    // 08 (line 423): 7.50, blank, 7.50, blank, 7.50, blank
    expect(coverage.tables[7]).toMatchObject({ kind: 'three-public', line: 415, status: 'parsed', valueCells: 3, emptyCells: 3, ambiguousCells: 0, lostCells: 0 });
    // 02: 4 rows × 18 columns, 16 printed
    expect(coverage.tables[1]?.emptyCells).toBe(4 * 18 - 16);
    expect(coverage.tables[8]?.status).toBe('empty');
    expect(coverage.missingTables).toEqual([]);
    expect(coverage.illegible).toEqual([]);
  });

  it('003: 02 absent; 07 and 10 replaced by [illegible] blocks at lines 350 and 378', async () => {
    const { coverage } = parseRelease(await ingestFile(fixture('003_5c2b6dad15e272f5')));
    expect(coverage.missingTables).toEqual([
      { kind: 'income', tocTitle: '部门收入预算表', tocLine: 25, reason: 'absent' },
      { kind: 'economic-summary', tocTitle: '支出经济分类汇总表', tocLine: 35, reason: 'illegible', line: 350 },
      { kind: 'project-expenditure', tocTitle: '项目支出预算表', tocLine: 41, reason: 'illegible', line: 378 },
    ]);
    expect(coverage.illegible.map((s) => s.line)).toEqual([350, 378]);
    expect(coverage.tables.map((t) => t.valueCells)).toEqual([12, 171, 170, 162, 66, 6, 18, 4, 42]);
  });

  it('004: 02 and 07 absent, no illegible block', async () => {
    const { coverage } = parseRelease(await ingestFile(fixture('004_089b4ec93cddaf3a')));
    expect(coverage.missingTables.map((m) => [m.kind, m.tocLine, m.reason])).toEqual([
      ['income', 25, 'absent'],
      ['economic-summary', 35, 'absent'],
    ]);
    expect(coverage.tables.find((t) => t.kind === 'gov-fund-expenditure')).toMatchObject({ status: 'empty', rows: 1, valueCells: 0, emptyCells: 9 });
  });

  it('002: per-table counts follow the recovery record', async () => {
    const release = parseRelease(await ingestFile(fixture('002_d924ceb559bc64c1')));
    release.tables.forEach((t, i) => {
      const c = release.coverage.tables[i];
      expect(c?.lostCells).toBe(t.recovery?.lostCells ?? 0);
      expect(c?.ambiguousCells).toBe(t.rows.flatMap((r) => r.cells).filter((x) => x.certainty === 'ambiguous').length);
    });
    expect(release.coverage.tables.find((t) => t.kind === 'three-public')).toMatchObject({ status: 'empty', rows: 0, valueCells: 0 });
  });
});

describe('buildCoverage: missing tables by printed order', () => {
  const table = (kind: Table['kind'], titleLine: number): Table => ({
    kind, title: kind, titleLine, endLine: titleLine + 5, unit: '万元', status: 'parsed', columns: [], header: [], rows: [], notes: [],
  });
  const toc: Toc = {
    line: 2,
    entries: [
      { ordinal: '一', title: '部门收支总体情况表', line: 3, tableKind: 'income-expenditure-summary' },
      { ordinal: '二', title: '部门收入总体情况表', line: 4, tableKind: 'income' },
      { ordinal: '三', title: '部门支出总体情况表', line: 5, tableKind: 'expenditure' },
      { ordinal: '四', title: '财政拨款收支总体情况表', line: 6, tableKind: 'fiscal-summary' },
    ],
  };
  const base = { unclaimedSentences: [], unresolvedClaims: [], template: HENAN_TEMPLATE };

  it('an [illegible] line between the neighbours found explains one missing table, once', () => {
    const cov = buildCoverage({
      ...base,
      toc,
      tables: [table('income-expenditure-summary', 100), table('fiscal-summary', 200)],
      illegible: [{ line: 150, text: '[illegible]' }],
    });
    expect(cov.missingTables).toEqual([
      { kind: 'income', tocTitle: '部门收入总体情况表', tocLine: 4, reason: 'illegible', line: 150 },
      { kind: 'expenditure', tocTitle: '部门支出总体情况表', tocLine: 5, reason: 'absent' },
    ]);
  });

  it('an [illegible] line outside the gap, or inside the TOC, explains nothing', () => {
    const cov = buildCoverage({
      ...base,
      toc,
      tables: [table('income-expenditure-summary', 100), table('expenditure', 200), table('fiscal-summary', 300)],
      illegible: [{ line: 5, text: '[illegible]' }, { line: 250, text: '[illegible]' }],
    });
    expect(cov.missingTables).toEqual([{ kind: 'income', tocTitle: '部门收入总体情况表', tocLine: 4, reason: 'absent' }]);
  });

  it('a first table missing before the first one found can be illegible', () => {
    const cov = buildCoverage({
      ...base,
      toc,
      tables: [table('income', 120), table('expenditure', 200), table('fiscal-summary', 300)],
      illegible: [{ line: 90, text: '[illegible]' }],
    });
    expect(cov.missingTables).toEqual([
      { kind: 'income-expenditure-summary', tocTitle: '部门收支总体情况表', tocLine: 3, reason: 'illegible', line: 90 },
    ]);
  });

  it('no TOC, nothing reported missing', () => {
    expect(buildCoverage({ ...base, toc: undefined, tables: [], illegible: [] }).missingTables).toEqual([]);
  });
});

describe('coverage without a table of contents', () => {
  it('002: the printed numbers jump from 预算 05表 to 预算 07 表, so 06 is reported missing at line 735', async () => {
    const input = await ingestFile(new URL('../fixtures/002_d924ceb559bc64c1.txt', import.meta.url).pathname);
    const { coverage } = parseRelease(input);
    expect(coverage.missingTables).toEqual([
      { kind: 'general-budget-basic', tocTitle: '一般公共预算基本支出表', tocLine: 735, evidence: 'numbering', reason: 'absent' },
    ]);
  });
});
