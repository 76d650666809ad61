import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

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
