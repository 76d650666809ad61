import { describe, expect, it } from 'vitest';
import { familyChecks } from './real.js';
import { auditLines, expectClaims, mutateNarrative, releaseText } from './narrative.js';

const family = familyChecks({
  name: 'xa-tjj-2026-ys',
  file: 'xa-tjj-2026-ys.pdf',
  template: 'shaanxi',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'economic-summary',
    'other', // 表7 基本支出明细表（按支出功能分类科目）
    'general-budget-basic',
    'gov-fund-expenditure',
    'project-expenditure',
    'other', // 表11 财政拨款上年结转资金支出表
    'procurement', // 表12 政府采购（资产配置、购买服务）预算表
    'three-public',
    'performance-projects',
    'performance-overall',
    'other', // 表16 专项资金总体绩效目标表
  ],
  // 表1–表13 print 元: each fact is the same amount in 万元, exactly
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'current', row: 'total' }, value: '6210.929720' },
    // the second of four blocks: spending by function class
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', classification: '208', row: 'item' }, value: '540.424210' },
    { kind: 'income', scope: { side: 'income', fund: 'all', flow: 'current', row: 'unit', orgCode: '119002' }, value: '1584.410028' },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic.public', classification: '2010501' }, value: '205.261617' },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'basic.personnel', economic: '302' }, value: '131.002200' },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'project', economic: '31002' }, value: '600.000000' },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.personnel', economic: '30309' }, value: '11.520000' },
    // the project tree is printed by indentation only, which the text layer loses
    { kind: 'project-expenditure', noFact: { column: 'total', why: 'a project of a tree the extract flattened' } },
    { kind: 'procurement', noFact: { column: 'col1', why: 'the profile gives 政府采购 lines no scope yet' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'training', stage: 'budget', row: 'total' }, value: '77.500000' },
    { kind: 'three-public', noFact: { column: 'change.training', why: '增减变化情况 has no canonical stage' } },
    { kind: 'performance-overall', scope: { flow: 'total', split: 'total', fund: 'all', row: 'total' } },
  ],
});

describe('Shaanxi template (xa-tjj-2026-ys)', () => {
  it('is detected as Shaanxi', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

const FILE = ['xa-tjj-2026-ys.pdf'];

describe('Shaanxi narrative (xa-tjj-2026-ys, 第二部分 and 第三部分: sections 五…十四)', () => {
  it('reads its sections and claims (read off pp. 14–23 by hand)', async () => {
    const { model } = auditLines(await releaseText(FILE));
    expect(model.narrative.sections.map((s) => s.ordinal)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expectClaims(model, [
      { type: 'amount', key: 'income.general', figure: '6,210.93', words: '其中：一般公共预算拨款6,210.93万元' },
      { type: 'change', key: 'income.general', figure: '2,171.76', words: '较上年增加2,171.76万元，增长' },
      { type: 'amount', key: 'general.expenditure', figure: '6,210.93', words: '本部门当年一般公共预算支出6,210.93万元' },
      { type: 'amount', key: 'threePublic.total', figure: '8.10', words: '“三公”经费预算支出8.10万元' },
      { type: 'change', key: 'threePublic.total', figure: '1.20', words: '较上年减少1.20万元，下降12.90%' },
      { type: 'amount', key: 'threePublic.abroad', figure: '0.00', words: '因公出国（境）经费0.00万元' },
      { type: 'amount', key: 'threePublic.reception', figure: '1.50', words: '公务接待费1.50万元' },
      { type: 'amount', key: 'threePublic.vehicle.operation', figure: '6.60', words: '公务用车运行维护费6.60万元' },
      { type: 'count', key: 'vehicles.total', figure: '3', words: '共有车辆3辆' },
      { type: 'count', key: 'vehicles.total.purchase', figure: '0', words: '购置车辆0辆' },
      { type: 'amount', key: 'operatingFunds', figure: '214.33', words: '机关运行经费预算安排214.33万元' },
      { type: 'change', key: 'operatingFunds', figure: '11.01', words: '较上年增加11.01万元，增长5.42%' },
    ]);
  }, 120_000);

  it('mutation: 机关运行经费 214.33 → 215.33 is flagged on its line (against 表8 公用经费 2,143,304.17 元)', async () => {
    const { line, added } = mutateNarrative(await releaseText(FILE), '机关运行经费预算安排', '214.33', '215.33');
    const amount = added.find((f) => f.ruleId === 'narrative-amount');
    expect(amount?.locations[0]?.line).toBe(line);
  }, 120_000);

  it('mutation: the 三公 rate 12.90% → 14.90% is flagged by yoy-rate', async () => {
    const { added } = mutateNarrative(await releaseText(FILE), '下降', '12.90%', '14.90%');
    expect(added.map((f) => f.ruleId)).toContain('yoy-rate');
  }, 120_000);
});
