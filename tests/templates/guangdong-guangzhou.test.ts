import { describe, it } from 'vitest';
import { familyChecks } from './real.js';

const family = familyChecks({
  name: 'gz-xfj-2026-ys',
  file: 'gz-xfj-2026-ys.pdf',
  template: 'guangdong-guangzhou',
  kinds: [
    'income-expenditure-summary',
    'income',
    'expenditure',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-basic',
    'economic-summary', // 一般公共预算项目支出情况表（按经济分类科目）
    'three-public', // 行政经费及“三公”经费
    'gov-fund-expenditure',
    'state-capital-expenditure',
    'other', // 表11 部门预算基本支出预算表
    'project-expenditure',
  ],
  cells: [
    // 一、预算拨款: all 财政拨款 money
    { kind: 'income-expenditure-summary', scope: { side: 'income', fund: 'fiscal', flow: 'current', row: 'total' } },
    { kind: 'income-expenditure-summary', scope: { side: 'expenditure', fund: 'all', classification: '221', row: 'item' } },
    // the department's row, named without a code
    { kind: 'income', scope: { side: 'income', fund: 'general', flow: 'current', row: 'department' } },
    { kind: 'expenditure', scope: { split: 'project', classification: '2014001', row: 'item' } },
    { kind: 'expenditure', scope: { split: 'total', classification: '2080506', row: 'item' } },
    { kind: 'fiscal-summary', scope: { side: 'expenditure', fund: 'fiscal', flow: 'current', row: 'total' } },
    // [2014004]信访业务
    { kind: 'general-budget-expenditure', scope: { fund: 'general', split: 'project', classification: '2014004' } },
    { kind: 'general-budget-basic', scope: { fund: 'general', split: 'basic', economic: '30239' } },
    { kind: 'economic-summary', scope: { fund: 'general', split: 'project', economic: '30227' } },
    // 行政经费 is a row of 表8
    { kind: 'three-public', scope: { fund: 'fiscal', measure: 'adminExpenses', row: 'total' } },
    // 对个人和家庭的补助 by name: class 303
    { kind: 'other', scope: { fund: 'all', split: 'basic', economic: '303' } },
    { kind: 'project-expenditure', scope: { fund: 'all', split: 'project', project: '云客服服务外包项目', row: 'item' } },
  ],
});

describe('Guangzhou template (gz-xfj-2026-ys)', () => {
  it('is detected as Guangzhou', family.detection, 60_000);
  it('maps every printed table to its kind and unit, every amount column to a key', family.tables, 60_000);
  it('gives each hand-read cell its fact and scope', family.cells, 60_000);
});
