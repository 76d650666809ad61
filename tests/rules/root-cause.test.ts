import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnSum } from '../../rules/within-table/column-sum.js';
import { subtotalRows } from '../../rules/within-table/subtotal-rows.js';
import { summarySum } from '../../rules/within-table/summary-sum.js';
import { runRules } from '../../src/engine/runner.js';
import { ALL_RULES } from '../../rules/index.js';
import { audit, fixtureFiles, FIXTURES } from '../helpers/audit.js';
import { EXPENDITURE_COLUMNS, expenditureValues, release, run, table } from '../helpers/tables.js';

const S000 = '000_52f5b89fd5e0ecf0.txt';
const S002 = '002_d924ceb559bc64c1.txt';
const S003 = '003_5c2b6dad15e272f5.txt';
const S004 = '004_089b4ec93cddaf3a.txt';

/** The seed with the number printed on `line` replaced. */
function changed(name: string, line: number, from: string, to: string): string {
  const lines = readFileSync(join(FIXTURES, name), 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  return lines.join('\n');
}

function t03(rows: Array<{ label: string; role?: 'total' | 'department' | 'item'; code?: string; v: string[] }>) {
  return table({
    kind: 'expenditure',
    columns: EXPENDITURE_COLUMNS,
    rows: rows.map((r) => ({ label: r.label, role: r.role, code: r.code, values: expenditureValues(...r.v) })),
  });
}

describe('one finding per row pair', () => {
  it('003: the 03 department row printed 0.00 everywhere (line 226) is one finding, not fourteen', () => {
    const { result } = audit(S003);
    const f = result.findings.filter((x) => x.ruleId === 'table-subtotal-rows' && x.locations.some((l) => l.line >= 225 && l.line <= 243));
    expect(f).toHaveLength(1);
    // 合计 (line 225) = 1261.66 agrees with the items 227-243: the department row is the one misprinted
    expect(f[0]!.locations[0]!.line).toBe(226);
    expect(f[0]!.message).toContain('7 处不符');
    expect(f[0]!.message).toContain('合计 与其下各明细行之和相符，错在本行');
    expect(f[0]!.message).toContain('基本支出小计 印为 0.00，各行之和 1038.62');
    expect(f[0]).toMatchObject({ severity: 'error', actual: '0.00', expected: '1261.65' });
  });

  it('column identities of one row failing together make one finding', () => {
    // seed 000 line 256 with 工资福利 575.23 → 585.23 and 合计 702.77 → 712.77: two sums fail in one row
    const t = t03([{ label: '合计', role: 'total', v: ['712.77', '644.66', '585.23', '13.88', '55.55', '', '58.11', '1.50', '56.61'] }]);
    const f = run(columnSum, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2 处不符');
    expect(f[0]!.message).toContain('total 印为 712.77，而 basic 644.66 + project 58.11 之和为 702.77，相差 10.00');
    expect(f[0]!.message).toContain('basic 印为 644.66，而 basic.wages 585.23 + basic.family 13.88 + basic.goods 55.55 之和为 654.66，相差 -10.00');
    // the largest failing sum gives expected/actual/difference (both differ by 10.00: the first one)
    expect(f[0]).toMatchObject({ expected: '702.77', actual: '712.77', difference: '10.00' });
  });

  it('a row whose sums hold is not reported (seed 000 line 256)', () => {
    const t = t03([{ label: '合计', role: 'total', v: ['702.77', '644.66', '575.23', '13.88', '55.55', '', '58.11', '1.50', '56.61'] }]);
    expect(run(columnSum, release(t)).findings).toEqual([]);
  });
});

describe('a blank subtotal is one finding', () => {
  it('004 lines 248 and 252: 基本支出 小计 blank is one warning, the rows above it hold', () => {
    const { result } = audit(S004);
    const near = result.findings.filter((x) => x.locations.some((l) => l.line >= 246 && l.line <= 252) && x.severity !== 'info');
    expect(near.map((x) => [x.ruleId, x.severity])).toEqual([['table-column-sum', 'warning']]);
    const f = near[0]!;
    expect(f.message).toContain('基本支出小计 未印出（空白）');
    expect(f.message).toContain('工资福利支出 171.30 + 对个人和家庭的补助 25.07 + 商品和服务支出 25.15，合 221.52');
    expect(f.message).toContain('合 115.69');
    expect([...new Set(f.locations.map((l) => l.line))]).toEqual([248, 252]);
  });

  it('the implied value still has to fit the total above it', () => {
    // 004 line 248 with 合计 printed 231.52: 基本支出 blank implies 221.52, 项目支出 blank → 合计 is wrong
    const t = t03([{ label: '行政运行', code: '2010301', v: ['231.52', '', '171.30', '25.07', '25.15', '', '', '', ''] }]);
    const f = run(columnSum, release(t)).findings;
    expect(f.map((x) => x.severity).sort()).toEqual(['error', 'warning']);
    const err = f.find((x) => x.severity === 'error')!;
    expect(err).toMatchObject({ expected: '221.52', actual: '231.52', difference: '10.00' });
    expect(err.message).toContain('total 印为 231.52，而 basic（未印，按其组成） 221.52 之和为 221.52，相差 10.00');
  });

  it('the department row adds the implied subtotals of its rows (004 line 247: 337.21 = 221.52 + 115.69)', () => {
    const t = t03([
      { label: '新乡市红旗区人民政府办公室', role: 'department', v: ['337.21', '337.21', '278.62', '27.82', '30.77', '', '', '', ''] },
      { label: '行政运行', code: '2010301', v: ['221.52', '', '171.30', '25.07', '25.15', '', '', '', ''] },
      { label: '事业运行', code: '2010350', v: ['115.69', '', '107.32', '2.75', '5.62', '', '', '', ''] },
    ]);
    expect(run(subtotalRows, release(t)).findings).toEqual([]);
    t.rows[0]!.cells[1]!.value = '347.21';
    const f = run(subtotalRows, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '337.21', actual: '347.21' });
  });

  it('003 line 259: 04 上年结转 blank over （三） 20.00 is one warning; 收入合计 1261.66 = 1241.66 + 20.00 holds', () => {
    const { result } = audit(S003);
    const f = result.findings.filter((x) => x.ruleId === 'table-summary-sum');
    expect(f.map((x) => [x.severity, x.locations.map((l) => l.line)])).toEqual([['warning', [259, 262]]]);
    expect(f[0]!.message).toContain('（三）国有资本经营预算拨款 20.00，合 20.00');
  });

  it('a blank 上年结转 whose lines hold nothing is no finding, and 收入合计 must still add up', () => {
    const t = table({
      kind: 'fiscal-summary',
      columns: ['amount'],
      rows: [
        { label: '一、本年收入', side: 'income', values: { amount: '702.77' } },
        { label: '（一）一般公共预算拨款', side: 'income', values: { amount: '702.77' } },
        { label: '二、上年结转', side: 'income', values: { amount: null } },
        { label: '（一）一般公共预算拨款', side: 'income', values: { amount: null } },
        { label: '收入合计', side: 'income', values: { amount: '712.77' } },
      ],
    });
    const f = run(summarySum, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '702.77', actual: '712.77' });
  });
});

describe('其中 lines', () => {
  it('seed 000 as printed: 01 line 196, 04 line 277 and 02 line 240 agree (702.77)', () => {
    const { result } = audit(S000);
    expect(result.findings.filter((f) => /of-which/.test(f.ruleId))).toEqual([]);
    expect(result.ran).toEqual(expect.arrayContaining(['table-of-which-lines', 'cross-fiscal-of-which']));
  });

  it('000 line 196: 其中：财政拨款 raised to 802.77 exceeds 一般公共预算 702.77 and disagrees with 02', () => {
    const { result } = audit(S000, changed(S000, 196, '702.77', '802.77'));
    const over = result.findings.find((f) => f.ruleId === 'table-of-which-lines')!;
    expect(over).toMatchObject({ severity: 'error', expected: '702.77', actual: '802.77' });
    expect(over.locations.map((l) => l.line)).toEqual([196, 195]);
    const cross = result.findings.find((f) => f.ruleId === 'cross-fiscal-of-which')!;
    expect(cross).toMatchObject({ severity: 'error', expected: '802.77', actual: '702.77' });
    expect(cross.locations.map((l) => l.line)).toEqual([196, 240]);
  });

  it('000 line 277: 04 其中：财政拨款 lowered to 692.77 disagrees with 本年支出 其中：财政拨款 702.77 (line 275)', () => {
    const { result } = audit(S000, changed(S000, 277, '702.77', '692.77'));
    const f = result.findings.filter((x) => x.ruleId === 'table-of-which-lines');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '692.77', actual: '702.77', difference: '10.00' });
    expect(f[0]!.locations.map((l) => l.line)).toEqual([277, 275]);
  });
});

describe('degraded rows that fit no arrangement', () => {
  it('a row the recovery could not place (recovery.unplaced) is a warning at that row, with its printed numbers', () => {
    const t = t03([{ label: '行政运行', code: '2013101', v: ['', '', '', '', '', '', '', '', ''] }]);
    const line = t.rows[0]!.line;
    t.status = 'recovered';
    t.recovery = {
      method: 'degraded', certainCells: 0, ambiguousCells: 0, lostCells: 3,
      notes: [{ line, text: '3 个数无法按表内算术归列 / 3 numbers fit no column placement' }],
      unplaced: [{ line, numbers: 3 }],
    };
    const lines: string[] = [];
    lines[line - 1] = '2013101 行政运行 30.00 20.00 11.00';
    const r = runRules(release(t), lines, ALL_RULES.filter((x) => x.id === 'table-degraded-row'), { lang: 'zh' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', ruleId: 'table-degraded-row' });
    expect(r.findings[0]!.locations.map((l) => [l.line, l.value])).toEqual([[line, '30.00'], [line, '20.00'], [line, '11.00']]);
    expect(r.findings[0]!.message).toContain('30.00、20.00、11.00');
    // a row whose placement is only ambiguous is not a finding
    t.recovery.notes = [{ line, text: '2 种归列均符合算术 / 2 placements fit the arithmetic' }];
    t.recovery.unplaced = [];
    expect(runRules(release(t), lines, ALL_RULES.filter((x) => x.id === 'table-degraded-row'), { lang: 'zh' }).findings).toEqual([]);
  });

  it('seed 002 as printed has no unplaceable row', () => {
    const { result } = audit(S002);
    expect(result.findings.filter((f) => f.ruleId === 'table-degraded-row')).toEqual([]);
  });

  it('002 line 807: 07 津贴补贴 5.62 changed to 6.99 makes the row (lines 803-807) unplaceable: a warning on 807', () => {
    const { result } = audit(S002, changed(S002, 807, '5.62 5.62 5.62', '6.99 5.62 5.62'));
    const f = result.findings.filter((x) => x.ruleId === 'table-degraded-row');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('30102 津贴补贴');
    expect(f[0]!.message).toContain('6.99、5.62、5.62');
    expect(f[0]!.locations.map((l) => l.line)).toEqual([807, 807, 807]);
  });
});

describe('messages for people', () => {
  const RAW = /income-expenditure-summary|fiscal-summary|general-budget|economic-summary|three-public|gov-fund|performance-|栏|\bamount\b|general\.fiscal/;
  for (const name of fixtureFiles()) {
    it(`${name}: no raw kind or column key in any message, zh or en`, () => {
      const { model, input } = audit(name);
      for (const lang of ['zh', 'en'] as const) {
        const r = runRules(model, input.lines, ALL_RULES, { lang });
        for (const f of r.findings) expect(f.message, f.ruleId).not.toMatch(RAW);
      }
    });
  }
});

describe('amounts keep their printed decimals', () => {
  it('003 line 84: 1261.66 against 01 line 182 (1241.66) differs by 20.00, not 20', () => {
    const { result } = audit(S003);
    const f = result.findings.find((x) => x.ruleId === 'narrative-amount' && x.locations[0]!.line === 84)!;
    expect(f.message).toBe('说明称一般公共预算为1261.66万元，部门收支总体情况表 (01)“一、一般公共预算”行“金额”列为1241.66万元，相差20.00万元（表中数区间[1241.655, 1241.665]）');
    expect(f.difference).toBe('20.00');
  });

  it('002 line 205: 机构运转经费 3.56, with 06 unread, is checked against 05 商品和服务支出 on its total row', () => {
    expect(audit(S002).result.findings.filter((x) => x.locations[0]!.line === 205)).toEqual([]);
    const { result } = audit(S002, changed(S002, 205, '3.56', '4.93'));
    const f = result.findings.find((x) => x.ruleId === 'narrative-amount' && x.locations[0]!.line === 205)!;
    expect(f).toMatchObject({ severity: 'error', expected: '3.56', actual: '4.93', difference: '1.37' });
    expect(f.message).toContain('一般公共预算支出情况表 (05)商品和服务支出合计3.56万元');
  });
});

describe('skip vs partial', () => {
  it('narrative-amount ran on every seed; the claims no table prints are partial, not a skip', () => {
    for (const name of fixtureFiles()) {
      const { result } = audit(name);
      expect(result.ran, name).toContain('narrative-amount');
      expect(result.skipped.map((s) => s.ruleId), name).not.toContain('narrative-amount');
    }
    const { result } = audit(S000);
    // 000 line 143: 政府采购预算 and its goods/works/services parts, which no table prints
    expect(result.partial.find((p) => p.ruleId === 'narrative-amount')?.reason).toBe(
      '以下说明金额未能与附表核对：第143行“政府采购”（附表中没有与之对应的数值）；第143行“政府采购货物”（附表中没有与之对应的数值）；' +
        '第143行“政府采购工程”（附表中没有与之对应的数值）；第143行“政府采购服务”（附表中没有与之对应的数值）',
    );
  });

  it('a rule whose tables are absent is skipped', () => {
    const r = runRules(release(), [], ALL_RULES.filter((x) => x.id === 'cross-fiscal-of-which'), { lang: 'zh' });
    expect(r.skipped).toEqual([
      {
        ruleId: 'cross-fiscal-of-which',
        reason: '本项核对需要部门收支总体情况表（01）和部门收入总体情况表（02）：缺少部门收支总体情况表（01）、部门收入总体情况表（02）',
      },
    ]);
  });
});
