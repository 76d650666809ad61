import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, type IngestedText } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import type { Release } from '../../src/model/release.js';
import type { Table, TableKind } from '../../src/model/table.js';
import { withinTableRules } from '../../rules/within-table/index.js';
import { crossTableRules } from '../../rules/cross-table/index.js';
import { balanceRules } from '../../rules/balance/index.js';
import { emptyTableRules } from '../../rules/empty-table/index.js';

/** The table rules (within-table, cross-table, balance, empty-table) on the parsed seeds. */
const RULES = [...withinTableRules, ...crossTableRules, ...balanceRules, ...emptyTableRules];

async function load(name: string): Promise<{ input: IngestedText; model: Release }> {
  const input = await ingestFile(`fixtures/${name}.txt`);
  return { input, model: parseRelease(input) };
}

function check(model: Release, lines: readonly string[]) {
  return runRules(model, lines, RULES, { lang: 'zh' });
}

function cellAt(model: Release, kind: TableKind, line: number, column: string) {
  const t = model.tables.find((x) => x.kind === kind) as Table;
  const cell = t.rows.flatMap((r) => r.cells).find((c) => c.line === line && c.column === column);
  if (!cell) throw new Error(`no ${column} cell on line ${line} of ${kind}`);
  return cell;
}

describe('seed 000 (中国共产党新乡市红旗区委员会办公室)', () => {
  let seed: { input: IngestedText; model: Release };
  beforeAll(async () => {
    seed = await load('000_52f5b89fd5e0ecf0');
  });

  it('every table identity holds: no finding, no rule skipped', () => {
    const r = check(seed.model, seed.input.lines);
    expect(r.crashed).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.ran).toHaveLength(RULES.length);
    expect(r.findings).toEqual([]);
    expect(r.partial).toEqual([]);
  });

  it('a 事业运行 total changed on line 262 breaks the row, the department sum and class 201', () => {
    const model = structuredClone(seed.model);
    const cell = cellAt(model, 'expenditure', 262, 'total');
    cell.value = '163.96';
    cell.raw = '163.96';
    const f = check(model, seed.input.lines).findings.filter((x) => x.severity === 'error');
    const ids = f.map((x) => x.ruleId);
    expect(ids).toContain('table-column-sum'); // 163.96 ≠ 173.96 + 0
    expect(ids).toContain('table-subtotal-rows'); // 008 702.77 ≠ 692.77
    expect(f.find((x) => x.ruleId === 'cross-class-totals')).toMatchObject({ expected: '588.45', actual: '598.45', difference: '10.00' });
  });

  it('a 公务用车运行费 of 5.00 in 08 (line 423) falls below 06 line 350 (7.50)', () => {
    const model = structuredClone(seed.model);
    const cell = cellAt(model, 'three-public', 423, 'vehicle.operation');
    cell.value = '5.00';
    const f = check(model, seed.input.lines).findings;
    expect(f.find((x) => x.ruleId === 'cross-three-public')).toMatchObject({ severity: 'error', expected: '7.50', actual: '5.00' });
    expect(f.find((x) => x.ruleId === 'table-column-sum')).toMatchObject({ expected: '5.00', actual: '7.50' });
  });
});

describe('seed 001 (新乡市红旗区行政审批和政务信息管理局)', () => {
  it('finds the missing 福利费 lines of 07 and the rounding tails of 06', async () => {
    const { input, model } = await load('001_d3fb4ee6849ee809');
    const r = check(model, input.lines);
    expect(r.crashed).toEqual([]);
    const got = r.findings.map((f) => [f.severity, f.ruleId, f.locations[0]!.line, f.expected, f.actual, f.difference]);
    const f07 = r.findings.find((f) => f.ruleId === 'table-subtotal-rows' && f.severity === 'error')!;
    expect(f07.message).toContain('3 处不符');
    for (const col of ['总计', '一般公共预算小计', '一般公共预算其中：财政拨款']) expect(f07.message).toContain(col);
    const f06 = r.findings.find((f) => f.ruleId === 'table-subtotal-rows' && f.severity === 'info')!;
    expect(f06.message).toContain('公用经费 印为 12.82，各行之和 12.81，相差 0.01');
    expect(got).toEqual([
      // 06 合计 row (line 336) vs its 28 lines, one note for both columns: 合计 230.06 vs 230.05 and
      // 公用经费 12.82 vs 12.81 (lines 350-360); expected/actual are those of the first column
      ['info', 'table-subtotal-rows', 336, '230.05', '230.06', '0.01'],
      // 06 lines 357 and 360: 30229 福利费 3.18 / 0.57, absent from 07 (lines 379-405)
      ['error', 'cross-economic-coverage', 357, '3.18', '0', '-3.18'],
      ['error', 'cross-economic-coverage', 360, '0.57', '0', '-0.57'],
      // 07 line 378: 028 prints 250.65 in 总计/小计/财政拨款, its lines add to 246.90 (= 250.65 − 3.18 − 0.57):
      // one finding for the row pair, listing the three columns
      ['error', 'table-subtotal-rows', 378, '246.90', '250.65', '3.75'],
    ]);
  });
});

describe('seed 003: a class the detail table has no row of', () => {
  it('04 line 277 spends 20.00 on class 223 in its general-budget columns; 05 has no class-223 row at all', async () => {
    const { audit } = await import('../helpers/audit.js');
    const f = audit('003_5c2b6dad15e272f5.txt').result.findings.filter((x) => x.ruleId === 'cross-class-totals' && x.severity === 'error');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: '0', actual: '20.00', difference: '20.00' });
    expect(f[0]?.locations.map((l) => l.line)).toEqual([277]);
    expect(f[0]?.message).toBe('财政拨款收支总体情况表 (04) 的 223 类（国有资本经营预算）为 20.00，但 一般公共预算支出情况表 (05) 没有该类的任何明细行');
  });
});
