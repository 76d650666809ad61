import { describe, expect, it } from 'vitest';
import { familyChecks, realDoc } from './real.js';
import { subtotalRows } from '../../rules/within-table/subtotal-rows.js';
import { runRules } from '../../src/engine/runner.js';

const family = familyChecks({
  name: 'suz-sjj-2026-ys',
  file: 'suz-sjj-2026-ys.pdf',
  template: 'jiangsu',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'fiscal-expenditure',
    'fiscal-basic',
    'general-budget-expenditure',
    'general-budget-basic',
    'three-public', // with 会议费, 培训费
    'gov-fund-expenditure',
    'state-capital-expenditure',
    'admin-expenses', // 公开12表 一般公共预算机关运行经费支出预算表
    'procurement', // 公开13表 政府采购支出表
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', classification: '221', row: 'item' } },
    { kind: 'income', scope: { side: 'income', fund: 'general', flow: 'current', row: 'unit', orgCode: '024001' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '2010802', row: 'item' } },
    { kind: 'expenditure', scope: { split: 'basic', classification: '2210202', row: 'item' } },
    { kind: 'fiscal-summary', scope: { side: 'income', fund: 'fiscal', flow: 'total', row: 'total' } },
    { kind: 'fiscal-expenditure', scope: { fund: 'fiscal', split: 'basic.personnel', classification: '2010801' } },
    { kind: 'fiscal-basic', scope: { fund: 'fiscal', split: 'basic.public', economic: '30240' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.personnel', economic: '30305' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'training', row: 'total' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'threePublic.reception', row: 'total' } },
    { kind: 'admin-expenses', scope: { fund: 'general', measure: 'adminExpenses', economic: '30211', row: 'item' } },
    // an item of the 服务 branch: the tree (category, unit, item) is printed by indentation only, so
    // item rows are read into the table but make no facts
    { kind: 'procurement', noFact: { column: 'general', why: 'item rows of the procurement tree make no facts; only 合计 does' } },
  ],
});

describe('Jiangsu template (suz-sjj-2026-ys)', () => {
  it('is detected as Jiangsu', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});

describe('Jiangsu 公开13表 政府采购支出表', () => {
  it('reads 合计 188.50 (p22) as the procurement total by funding source, and its tree of categories, units and items', async () => {
    const { model, facts } = await realDoc('suz-sjj-2026-ys.pdf');
    const ti = model.tables.findIndex((t) => t.kind === 'procurement');
    const t = model.tables[ti]!;
    expect(t.number).toBe('13');
    expect(t.columns.map((c) => c.key)).toEqual(['general', 'govFund', 'other', 'carryover', 'total']);
    // 合计, 货物 5.50 (苏州市审计局 5.50; 复印纸 1.30, 便携式计算机 4.20), 服务 183.00 (苏州市审计局 183.00; 物业管理服务 13.00, 审计服务 170.00)
    expect(t.rows.map((r) => r.cells.find((c) => c.column === 'total')?.value)).toEqual(['188.50', '5.50', '5.50', '1.30', '4.20', '183.00', '183.00', '13.00', '170.00']);
    // the categories sum their items; the unit under each restates its category and is kept out of the sums
    expect(t.rows.map((r) => [r.role, r.label])).toEqual([
      ['total', '合计'],
      ['subtotal', '货物'],
      ['other', '苏州市审计局'],
      ['item', '定额 办公费 复印纸 集中采购'],
      ['item', '设备购置 办公设备购置 便携式计算机 集中采购'],
      ['subtotal', '服务'],
      ['other', '苏州市审计局'],
      ['item', '物业管理费 物业管理费 物业管理服务 分散采购'],
      ['item', '区域重点项目协审经费 委托业务费 审计服务 分散采购'],
    ]);
    const made = facts.filter((f) => f.tableIndex === ti && f.state === 'value').map((f) => [f.row, f.fund, f.flow, f.split, f.printed]);
    expect(made).toEqual([
      ['total', 'general', 'total', 'procurement', '188.50'],
      ['total', 'all', 'total', 'procurement', '188.50'],
    ]);
  }, 60_000);
});

describe('Jiangsu 公开13表 sums', () => {
  it('hold as printed; 复印纸 1.30 printed as 1.40 breaks 货物 (5.50) and only that', async () => {
    const { model } = await realDoc('suz-sjj-2026-ys.pdf');
    const ti = model.tables.findIndex((t) => t.kind === 'procurement');
    const own = (m: typeof model) => runRules(m, [], [subtotalRows], { lang: 'zh' }).findings.filter((f) => f.locations.some((l) => l.table?.includes('(13)')));
    expect(own(model)).toEqual([]);
    const tables = model.tables.map((t, i) =>
      i !== ti
        ? t
        : { ...t, rows: t.rows.map((r) => (r.label.includes('复印纸') ? { ...r, cells: r.cells.map((c) => (c.value === '1.30' ? { ...c, raw: '1.40', value: '1.40' } : c)) } : r)) },
    );
    const found = own({ ...model, tables });
    expect(found).toHaveLength(1);
    expect(found[0]!.locations[0]).toMatchObject({ row: '货物', value: '5.50' });
  }, 60_000);
});

describe('Jiangsu 公开09表 会议费 against 公开08表 30215', () => {
  it('runs on the release and holds (10.00 = 10.00, p18 / p17); 会议费 printed 9.00 is reported', async () => {
    const { meetingTraining } = await import('../../rules/template/meeting-training.js');
    const { model } = await realDoc('suz-sjj-2026-ys.pdf');
    const asPrinted = runRules(model, [], [meetingTraining], { lang: 'zh' });
    expect(asPrinted.ran).toContain('cross-meeting-training');
    expect(asPrinted.findings).toEqual([]);
    const tables = model.tables.map((t) =>
      t.kind !== 'three-public' ? t : { ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c.column === 'meeting' ? { ...c, raw: '9.00', value: '9.00' } : c)) })) },
    );
    const f = runRules({ ...model, tables }, [], [meetingTraining], { lang: 'zh' }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '10.00', actual: '9.00' });
  }, 60_000);
});

describe('Jiangsu 公开12表 机关运行经费 against 公开08表 公用经费', () => {
  it('runs on the release and holds (thirteen lines, each equal to its 公用经费); 差旅费 printed 80.00 is reported', async () => {
    const { adminExpenses } = await import('../../rules/template/admin-expenses.js');
    const { model } = await realDoc('suz-sjj-2026-ys.pdf');
    const asPrinted = runRules(model, [], [adminExpenses], { lang: 'zh' });
    expect(asPrinted.ran).toContain('cross-admin-expenses');
    expect(asPrinted.findings).toEqual([]);
    const tables = model.tables.map((t) =>
      t.kind !== 'admin-expenses' ? t : { ...t, rows: t.rows.map((r) => (r.econ?.dept?.code !== '30211' ? r : { ...r, cells: r.cells.map((c) => ({ ...c, raw: '80.00', value: '80.00' })) })) },
    );
    const f = runRules({ ...model, tables }, [], [adminExpenses], { lang: 'zh' }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: '76.45', actual: '80.00', difference: '3.55' });
  }, 60_000);
});
