import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

const family = familyChecks({
  name: 'cq-zfbgt-2026-ys',
  file: 'cq-zfbgt-2026-ys.pdf',
  template: 'chongqing',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'gov-fund-expenditure',
    'three-public',
    'procurement', // 表九 政府采购预算明细表
    'performance-overall',
    'performance-projects', // 表十一 市级重点专项资金 (empty)
    'performance-projects', // 表十二 市级一般性项目
  ],
  cells: [
    // 合计 first, the carry-over folded into income
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'total', row: 'total' } },
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'business', flow: 'current', row: 'total' } },
    { kind: 'income', scope: { side: 'income', fund: 'business', classification: '2010399' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '2010350' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '2150516' } },
    { kind: 'fiscal-summary', scope: { side: 'income', fund: 'fiscal', flow: 'carryover', row: 'total' } },
    // last year's budget beside this year's
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'total', stage: 'prior-year', row: 'total' } },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic.public', stage: 'budget', classification: '2080599' } },
    // a 7-digit department economic code
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.personnel', economic: '3010302' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.public', economic: '30212' } },
    { kind: 'three-public', scope: { fund: 'fiscal', measure: 'threePublic.vehicle', stage: 'prior-year' } },
    { kind: 'performance-projects', scope: { fund: 'fiscal', flow: 'current', split: 'project', project: '市政府办公厅业务及日常运行项目' } },
  ],
});

describe('Chongqing template (cq-zfbgt-2026-ys)', () => {
  it('is detected as Chongqing', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});
