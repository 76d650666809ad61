import { describe, expect, it } from 'vitest';
import { familyChecks } from './real.js';
import { auditLines, expectClaims, mutateNarrative, releaseText } from './narrative.js';

const family = familyChecks({
  name: 'cs-xfj-2026-ys',
  file: 'cs-xfj-2026-ys.pdf',
  template: 'hunan',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'three-public',
    'gov-fund-expenditure',
    'performance-projects',
    'performance-overall',
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'fiscal', flow: 'current', row: 'total' } },
    // the expenditure half by nature: 二、项目支出
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', split: 'project', row: 'total' } },
    // income by function class, 类 | 款 | 项 in three cells
    { kind: 'income', scope: { side: 'income', fund: 'general.fiscal', classification: '2014001', row: 'item' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '2014004', row: 'item' } },
    { kind: 'fiscal-summary', scope: { side: 'expenditure', fund: 'general', classification: '201', row: 'item' } },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic', row: 'total' } },
    // 人员类 books part of 302
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.personnel', economic: '302' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30106' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.public', economic: '30299' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'threePublic.vehicle.operation', row: 'total' } },
    // a project listed under its unit's code
    { kind: 'performance-projects', scope: { split: 'project', project: '基层及其他信访业务工作经费专项', row: 'item' } },
    { kind: 'performance-overall', scope: { split: 'project', flow: 'total', orgCode: '126001' } },
  ],
});

describe('Hunan template (cs-xfj-2026-ys)', () => {
  it('is detected as Hunan', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

const FILE = ['cs-xfj-2026-ys.pdf'];

describe('Hunan narrative (cs-xfj-2026-ys, 第一部分 部门预算公开说明)', () => {
  it('reads its sections and claims (read off pp. 3–6 by hand)', async () => {
    const { model } = auditLines(await releaseText(FILE));
    expect(model.narrative.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expectClaims(model, [
      { type: 'amount', key: 'income.total', figure: '1935.36', words: '2026年本单位收入预算1935.36万元' },
      { type: 'change', key: 'income.total', figure: '54.13', words: '收入较去年增加54.13万元，上升2.88%' },
      { type: 'amount', key: 'expenditure.total', figure: '1935.36', words: '2026年本单位支出预算1935.36万元' },
      { type: 'change', key: 'expenditure.total', figure: '54.13', words: '支出较去年增加54.13' },
      { type: 'amount', key: 'general.basic', figure: '1517.95', words: '基本支出预算数1517.95' },
      { type: 'amount', key: 'general.project', figure: '417.41', words: '项目支出预算417.41万元' },
      { type: 'amount', key: 'operatingFunds', figure: '122.98', words: '机关运行经费122.98万元' },
      { type: 'change', key: 'operatingFunds', figure: '7.20', words: '比上年预算增加7.20万元，上升6.22%' },
      { type: 'amount', key: 'threePublic.total', figure: '8.00', words: '经费预算数为8.00万元' },
      { type: 'amount', key: 'threePublic.vehicle.operation', figure: '5.00', words: '公务用车运行费5.00万元' },
      { type: 'amount', key: 'procurement.total', figure: '43.9', words: '政府采购预算总额43.9万元' },
    ]);
  }, 120_000);

  it('mutation: the rate of 机关运行经费 6.22% → 7.22% is flagged by yoy-rate', async () => {
    const { added } = mutateNarrative(await releaseText(FILE), '上升', '6.22%', '7.22%');
    expect(added.map((f) => f.ruleId)).toContain('yoy-rate');
  }, 120_000);

  it('mutation: 收入预算 1935.36 → 1936.36 is flagged on its line', async () => {
    const { line, added } = mutateNarrative(await releaseText(FILE), '本单位收入预算', '1935.36', '1936.36');
    expect(added.find((f) => f.ruleId === 'narrative-amount')?.locations[0]?.line).toBe(line);
  }, 120_000);
});
