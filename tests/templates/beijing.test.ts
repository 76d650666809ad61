import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

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
