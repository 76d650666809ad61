import { describe, expect, it } from 'vitest';
import { familyChecks } from './real.js';
import { auditLines, expectClaims, mutateNarrative, releaseText } from './narrative.js';

const family = familyChecks({
  name: 'hz-qxj-2026-ys',
  file: 'hz-qxj-2026-ys.pdf',
  template: 'zhejiang',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'three-public',
    'gov-fund-expenditure',
    'state-capital-expenditure',
    'project-expenditure',
    'performance-projects',
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'other', flow: 'current', row: 'total' } },
    // 气象服务: a 项 printed by name only (no codes anywhere in this template)
    { kind: 'income-expenditure-summary', noFact: { column: 'amount', why: 'a 项 named without its code' } },
    // a unit named without a code
    { kind: 'income', scope: { side: 'income', fund: 'general', flow: 'current', row: 'unit' } },
    { kind: 'expenditure', scope: { fund: 'all', split: 'basic.public', row: 'total' } },
    { kind: 'expenditure', noFact: { column: 'basic.personnel', why: 'a 项 named without its code' } },
    { kind: 'fiscal-summary', noFact: { column: 'amount', why: 'a 项 named without its code' } },
    { kind: 'general-budget-expenditure', noFact: { column: 'basic.public', why: 'a 项 named without its code' } },
    // economic lines by name: 其他对个人和家庭的补助 is 30399, booked as 日常公用支出 here
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.public', economic: '30399' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30216' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'threePublic.reception', row: 'department' } },
    { kind: 'project-expenditure', scope: { fund: 'unitFunds', split: 'project', project: '专业系统维护及科普' } },
    { kind: 'performance-projects', scope: { fund: 'all', split: 'project', project: '气象设施维护及科普' } },
  ],
});

describe('Zhejiang template (hz-qxj-2026-ys)', () => {
  it('is detected as Zhejiang', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

const FILE = ['hz-qxj-2026-ys.pdf'];

describe('Zhejiang narrative (hz-qxj-2026-ys, 二、部门预算安排情况说明 （一）…（十）)', () => {
  it('reads its sections and the claims of its own wording (read off pp. 3–8 by hand)', async () => {
    const { model } = auditLines(await releaseText(FILE));
    expect(model.narrative.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expectClaims(model, [
      { type: 'amount', key: 'income.total', figure: '5,876.67', words: '2026年收入预算5,876.67万元' },
      { type: 'change', key: 'income.total', figure: '48.92', words: '比上年执行数增加48.92万元，增长0.8%' },
      { type: 'amount', key: 'income.other', figure: '123.61', words: '其他收入123.61万元' },
      { type: 'amount', key: 'expenditure.basic.personnel', figure: '2,906.80', words: '包括人员支出2,906.80万元' },
      { type: 'share', key: 'expenditure.basic.personnel', figure: '49.4', words: '占49.4%' },
      { type: 'amount', key: 'expenditure.basic.public', figure: '838.27', words: '日常公用支出838.27万元' },
      { type: 'share', key: 'expenditure.project', figure: '36.3', words: '占36.3%' },
      { type: 'amount', key: 'general.expenditure', figure: '5,753.07', words: '2026年一般公共预算当年拨款5,753.07万元' },
      { type: 'amount', key: 'general.class.220', figure: '5,247.87', words: '自然资源海洋气象等（类）支出5,247.87万元' },
      { type: 'share', key: 'general.class.220', figure: '91.2', words: '占91.2%' },
      { type: 'amount', key: 'general.basic.personnel', figure: '2,906.80', words: '人员支出2,906.80万元，主要包括' },
      { type: 'amount', key: 'threePublic.total', figure: '24.02', words: '“三公”经费预算数为24.02万元' },
      { type: 'amount', key: 'threePublic.vehicle', figure: '18.00', words: '公务用车购置及运行维护费预算18.00万元' },
      { type: 'amount', key: 'threePublic.vehicle.purchase', figure: '0.00', words: '公务用车购置支出0.00万元' },
      { type: 'amount', key: 'procurement.goods', figure: '566.26', words: '政府采购货物预算566.26万元' },
      { type: 'count', key: 'vehicles.special', figure: '5', words: '特种专业技术用车5辆' },
      // vehicles to buy in 2026 are not the vehicles held
      { type: 'count', key: 'vehicles.special.purchase', figure: '1', words: '特种专业技术用车1辆' },
    ]);
  }, 120_000);

  it('flags 人员支出 占 49.4% (the ratio 49.463% rounds to 49.5%), the audit\'s share finding', async () => {
    const { findings } = auditLines(await releaseText(FILE));
    const f = findings.filter((x) => x.ruleId === 'share-amount' && x.severity === 'error');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe('49.4');
  }, 120_000);

  it('mutation: 其他收入 123.61 → 223.61 is flagged on its line', async () => {
    const { line, added } = mutateNarrative(await releaseText(FILE), '其他收入', '123.61', '223.61');
    const amount = added.find((f) => f.ruleId === 'narrative-amount');
    expect(amount?.locations[0]?.line).toBe(line);
  }, 120_000);
});
