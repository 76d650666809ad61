import { describe, expect, it } from 'vitest';
import { familyChecks } from './real.js';
import { auditLines, expectClaims, mutateNarrative, releaseText } from './narrative.js';

const family = familyChecks({
  name: 'bj-sjj-2026-ys',
  file: 'bj-sjj-2026-ys.part2.pdf',
  template: 'beijing',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'gov-fund-expenditure',
    'state-capital-expenditure',
    'three-public',
    'procurement', // 预算10表 政府采购预算明细表
    'other', // 预算11表 财政拨款政府购买服务明细表
    'performance-projects',
    'performance-overall',
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'general', flow: 'current', row: 'total' } },
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'carryover', row: 'total' } },
    { kind: 'income', scope: { side: 'income', fund: 'unitFunds', flow: 'carryover', row: 'total' } },
    // a row of function × government economic × department economic codes
    { kind: 'expenditure', scope: { split: 'project', classification: '2010801', economic: '30299', row: 'item' } },
    { kind: 'expenditure', scope: { fund: 'all', split: 'basic', row: 'total' } },
    { kind: 'fiscal-summary', scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', row: 'total' } },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic.public', classification: '2010850' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30399' } },
    // 财政拨款“三公”经费: all fiscal money
    { kind: 'three-public', scope: { fund: 'fiscal', measure: 'threePublic.vehicle.operation', row: 'total' } },
    { kind: 'procurement', noFact: { column: 'col1', why: 'the profile gives 政府采购 lines no scope yet' } },
    { kind: 'other', noFact: { column: 'col1', why: '政府购买服务明细表 has no canonical kind' } },
    { kind: 'performance-overall', scope: { fund: 'unitFunds', flow: 'total', split: 'total', row: 'total' } },
  ],
});

describe('Beijing template (bj-sjj-2026-ys)', () => {
  it('is detected as Beijing', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

// The narrative is part 1's 第一部分 情况说明; the tables it names are in part 2.
const PARTS = ['bj-sjj-2026-ys.part1.pdf', 'bj-sjj-2026-ys.part2.pdf'];

describe('Beijing narrative (bj-sjj-2026-ys part 1, 第一部分)', () => {
  it('reads the claims of its own sections (read off part 1 pp. 5–8 by hand)', async () => {
    const { model } = auditLines(await releaseText(PARTS));
    expect(model.narrative.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expectClaims(model, [
      { type: 'amount', key: 'income.general', figure: '32365.09', words: '1.一般公共预算拨款收入32365.09万元' },
      { type: 'amount', key: 'income.govFund', figure: '0', words: '2.政府性基金预算拨款收入0万元' },
      { type: 'amount', key: 'income.other', figure: '15', words: '9.其他收入15万元' },
      { type: 'amount', key: 'income.carryover', figure: '471.96', words: '10.上年结转结余471.96万元' },
      { type: 'amount', key: 'expenditure.basic', figure: '25218.54', words: '基本支出预算25218.54万元' },
      { type: 'share', key: 'expenditure.basic', figure: '76.76', words: '占本年支出预算76.76%' },
      { type: 'amount', key: 'expenditure.project', figure: '7633.51', words: '项目支出预算7633.51万元' },
      { type: 'share', key: 'expenditure.project', figure: '23.24', words: '占本年支出预算23.24%' },
      { type: 'amount', key: 'threePublic.total', figure: '244.85', words: '“三公”经费预算244.85万元' },
      { type: 'change', key: 'threePublic.total', figure: '16.03', words: '增加16.03万元，增长7.01%' },
      { type: 'amount', key: 'threePublic.vehicle.purchase', figure: '37.38', words: '公务用车购置费预算37.38万元' },
      { type: 'amount', key: 'threePublic.vehicle.operation', figure: '27.95', words: '公务用车运行维护费预算27.95万元' },
      { type: 'amount', key: 'procurement.goods', figure: '238.78', words: '政府采购货物预算238.78万元' },
    ]);
  }, 120_000);

  it('flags the truncated 项目支出 7633.51 against 预算03表 7,633.516247 (the audit\'s one finding)', async () => {
    const { findings } = auditLines(await releaseText(PARTS));
    const f = findings.filter((x) => x.ruleId === 'narrative-amount' && x.severity === 'error');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBe('7633.516247');
    expect(f[0]!.actual).toBe('7633.51');
  }, 120_000);

  it('mutation: 基本支出预算 25218.54 → 25218.64 is flagged on its line', async () => {
    const { line, added } = mutateNarrative(await releaseText(PARTS), '基本支出预算', '25218.54', '25218.64');
    expect(added.map((f) => f.ruleId)).toContain('narrative-amount');
    expect(added.find((f) => f.ruleId === 'narrative-amount')!.locations[0]!.line).toBe(line);
  }, 120_000);
});
