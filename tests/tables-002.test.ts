import { HENAN_TEMPLATE } from '../src/template/index.js';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/ingest/read.js';
import { parseRelease } from '../src/parse/index.js';
import { parseTables } from '../src/parse/tables/index.js';

const FILE = new URL('../fixtures/002_d924ceb559bc64c1.txt', import.meta.url).pathname;

describe('seed 002: degraded extract (no tabs)', () => {
  it('finds every table title after its `预算 NN表` line; 06 is not printed', async () => {
    const { lines } = await ingestFile(FILE);
    const { tables, illegible } = parseTables(lines, { template: HENAN_TEMPLATE });
    expect(tables.map((t) => [t.number, t.kind, t.titleLine])).toEqual([
      ['01', 'income-expenditure-summary', 323],
      ['02', 'income', 397],
      ['03', 'expenditure', 549],
      ['04', 'fiscal-summary', 604],
      ['05', 'general-budget-expenditure', 681],
      ['07', 'economic-summary', 735],
      ['08', 'three-public', 929],
      ['09', 'gov-fund-expenditure', 949],
      ['10', 'project-expenditure', 986],
      ['11', 'performance-overall', 1070],
      ['12', 'performance-projects', 1516],
    ]);
    expect(illegible).toEqual([]);
    // each block stops before the next table's number line (line 395: ` 预算 02 表`)
    expect(tables[0]?.endLine).toBe(394);
    // line 324: 部门名称：本级 单位：万元 on one line; lines 400–402: 单位： … 万元
    expect(tables[0]).toMatchObject({ unit: '万元', unitLine: 324, department: { line: 324, text: '本级' } });
    expect(tables[1]).toMatchObject({ unit: '万元', unitLine: 400 });
  });

  it('08 and 09 are printed empty, decided before recovery', async () => {
    const { lines } = await ingestFile(FILE);
    const { tables } = parseTables(lines, { template: HENAN_TEMPLATE });
    const t8 = tables.find((t) => t.kind === 'three-public');
    expect(t8).toMatchObject({ status: 'empty', rows: [], emptyNote: { line: 946, text: '备注：我单位无“三公”支出，故此表无数据。' } });
    const t9 = tables.find((t) => t.kind === 'gov-fund-expenditure');
    expect(t9).toMatchObject({ status: 'empty', emptyNote: { line: 983 } });
    // every other table goes to recovery: never read as clean
    for (const t of tables.filter((x) => x.status !== 'empty')) expect(['recovered', 'unrecovered']).toContain(t.status);
  });

  it('the whole pipeline does not throw on it', async () => {
    const input = await ingestFile(FILE);
    const release = parseRelease(input);
    expect(release.tables).toHaveLength(11);
    expect(release.coverage.tables.map((t) => t.kind)).not.toContain('general-budget-basic');
  });
});
