import { describe, expect, it } from 'vitest';
import { familyChecks } from './real.js';
import { auditLines, expectClaims, mutateNarrative, releaseText } from './narrative.js';

const family = familyChecks({
  name: 'fz-cangshan-sthj-2026-dwys',
  file: 'fz-cangshan-sthj-2026-dwys.pdf',
  template: 'fujian',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'gov-fund-expenditure',
    'state-capital-expenditure',
    'economic-summary',
    'general-budget-basic',
    'three-public',
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', classification: '211', row: 'item' } },
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'carryover', row: 'total' } },
    { kind: 'income', scope: { side: 'income', fund: 'general', flow: 'current' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '21101' } },
    { kind: 'expenditure', scope: { split: 'total', classification: '2080502', row: 'item' } },
    { kind: 'fiscal-summary', scope: { side: 'expenditure', fund: 'fiscal', classification: '221', row: 'item' } },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic', classification: '2110299' } },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'total', economic: '302' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30113' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30399' } },
    // 三公 items as rows
    { kind: 'three-public', scope: { fund: 'general', measure: 'threePublic.vehicle', row: 'total' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'threePublic', row: 'total' } },
  ],
});

describe('Fujian template (fz-cangshan-sthj-2026-dwys)', () => {
  it('is detected as Fujian', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

const FILE = ['fz-cangshan-sthj-2026-dwys.pdf'];

describe('Fujian narrative (fz-cangshan-sthj-2026-dwys, 第三部分 单位预算情况说明)', () => {
  it('reads its sections and claims (read off pp. 19–26 by hand)', async () => {
    const { model } = auditLines(await releaseText(FILE));
    expect(model.narrative.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expectClaims(model, [
      // printed spaced: `收 入 预 算 为 1338.13 万元`
      { type: 'amount', key: 'income.total', figure: '1338.13', words: '收入预算为1338.13万元' },
      { type: 'change', key: 'income.total', figure: '31.85', words: '比上年增加31.85万元，增长2.44%' },
      { type: 'amount', key: 'expenditure.total', figure: '1338.13', words: '相应安排支出预算1338.13万元' },
      { type: 'amount', key: 'expenditure.basic', figure: '990.13', words: '基本支出990.13万元、项目支出348.00万元' },
      { type: 'amount', key: 'expenditure.project', figure: '348.00', words: '项目支出348.00万元' },
      { type: 'amount', key: 'general.basic', figure: '990.13', words: '一般公共预算拨款基本支出990.13万元' },
      { type: 'amount', key: 'general.basic.personnel', figure: '931.8', words: '人员经费931.8万元' },
      { type: 'amount', key: 'general.basic.public', figure: '58.33', words: '公用经费58.33万元' },
      { type: 'amount', key: 'operatingFunds', figure: '12.08', words: '机关运行经费' },
      { type: 'amount', key: 'procurement.goods', figure: '33.5', words: '政府采购货物' },
      { type: 'count', key: 'vehicles.total', figure: '7', words: '车辆7辆' },
    ]);
  }, 120_000);

  it('explains its empty fund tables by their own 备注 (no empty-table-note finding)', async () => {
    const { findings } = auditLines(await releaseText(FILE));
    expect(findings.filter((f) => f.ruleId === 'empty-table-note' && f.severity !== 'info')).toEqual([]);
  }, 120_000);

  it('mutation: 项目支出 348.00 → 358.00 is flagged on its line', async () => {
    const { line, added } = mutateNarrative(await releaseText(FILE), '项目支出348.00', '348.00', '358.00');
    expect(added.find((f) => f.ruleId === 'narrative-amount')?.locations[0]?.line).toBe(line);
  }, 120_000);
});
