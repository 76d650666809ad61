import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

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
