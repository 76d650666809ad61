import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

const family = familyChecks({
  name: 'xa-tjj-2026-ys',
  file: 'xa-tjj-2026-ys.pdf',
  template: 'shaanxi',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'economic-summary',
    'other', // 表7 基本支出明细表（按支出功能分类科目）
    'general-budget-basic',
    'gov-fund-expenditure',
    'project-expenditure',
    'other', // 表11 财政拨款上年结转资金支出表
    'procurement', // 表12 政府采购（资产配置、购买服务）预算表
    'three-public',
    'performance-projects',
    'performance-overall',
    'other', // 表16 专项资金总体绩效目标表
  ],
  // 表1–表13 print 元: each fact is the same amount in 万元, exactly
  cells: [
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'all', flow: 'current', row: 'total' }, value: '6210.929720' },
    // the second of four blocks: spending by function class
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', classification: '208', row: 'item' }, value: '540.424210' },
    { kind: 'income', scope: { side: 'income', fund: 'all', flow: 'current', row: 'unit', orgCode: '119002' }, value: '1584.410028' },
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'basic.public', classification: '2010501' }, value: '205.261617' },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'basic.personnel', economic: '302' }, value: '131.002200' },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'project', economic: '31002' }, value: '600.000000' },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic.personnel', economic: '30309' }, value: '11.520000' },
    // the project tree is printed by indentation only, which the text layer loses
    { kind: 'project-expenditure', noFact: { column: 'total', why: 'a project of a tree the extract flattened' } },
    { kind: 'procurement', noFact: { column: 'col1', why: 'the profile gives 政府采购 lines no scope yet' } },
    { kind: 'three-public', scope: { fund: 'general', measure: 'training', stage: 'budget', row: 'total' }, value: '77.500000' },
    { kind: 'three-public', noFact: { column: 'change.training', why: '增减变化情况 has no canonical stage' } },
    { kind: 'performance-overall', scope: { flow: 'total', split: 'total', fund: 'all', row: 'total' } },
  ],
});

describe('Shaanxi template (xa-tjj-2026-ys)', () => {
  it('is detected as Shaanxi', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});
