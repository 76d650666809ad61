import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

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
    'other', // 公开13表 政府采购支出表
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
    { kind: 'other', noFact: { column: 'col1', why: '政府采购支出表 kept as an unknown kind' } },
  ],
});

describe('Jiangsu template (suz-sjj-2026-ys)', () => {
  it('is detected as Jiangsu', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});
