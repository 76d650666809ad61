import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

const family = familyChecks({
  name: 'sz-jgj-2026-ys',
  file: 'sz-jgj-2026-ys.pdf',
  template: 'guangdong-shenzhen',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'general-budget-basic', // 基本支出总表 (all funds)
    'project-expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'economic-summary',
    'three-public',
    'gov-fund-expenditure',
    'state-capital-expenditure',
  ],
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'unitFunds', flow: 'current', row: 'total' } },
    // 其他公安支出: a 项 line printed by name only under its class line; its code is not printed
    { kind: 'income-expenditure-summary', noFact: { column: 'amount', why: 'a 项 named without its code' } },
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'current', row: 'total' } },
    { kind: 'income', scope: { side: 'income', fund: 'all', flow: 'carryover', row: 'total' } },
    { kind: 'expenditure', scope: { split: 'procurement', classification: '20402' } },
    // 公务用车运行维护费 by name: 30231
    { kind: 'general-budget-basic', scope: { fund: 'all', split: 'basic', economic: '30231' } },
    // printed wrapped 100,763.0 / 3; the unit's row is the grand line of the table
    { kind: 'project-expenditure', scope: { fund: 'all', split: 'project', row: 'total' } },
    { kind: 'project-expenditure', scope: { fund: 'other', split: 'project', project: '综合管理', row: 'item' } },
    { kind: 'fiscal-summary', scope: { side: 'income', fund: 'fiscal', flow: 'total', row: 'total' } },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'project', classification: '2040202' } },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'project', economic: '31003' } },
    // 增减变化金额 is a difference of two stages, no stage of its own
    { kind: 'three-public', noFact: { column: 'vehicle.purchase.general', why: '增减变化金额 has no canonical stage' } },
  ],
});

describe('Shenzhen template (sz-jgj-2026-ys)', () => {
  it('is detected as Shenzhen', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});
