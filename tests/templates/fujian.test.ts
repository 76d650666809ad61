import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

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
