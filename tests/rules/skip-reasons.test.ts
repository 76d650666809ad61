import { describe, expect, it } from 'vitest';
import { threePublic } from '../../rules/cross-table/three-public.js';
import { projectList } from '../../rules/cross-table/project-list.js';
import { performanceBudget } from '../../rules/within-table/performance-budget.js';
import { release, run, table } from '../helpers/tables.js';

/** A table's state decides the fix: add the missing table, explain the empty one, repair the unreadable one. */
describe('a skipped check says what became of each table it needed', () => {
  it('absent: both tables named once, in the names the release gives them', () => {
    const r = run(projectList, release());
    expect(r.skipped).toEqual([
      { ruleId: 'cross-project-list', reason: '本项核对需要项目支出表（10）和项目绩效目标汇总表（12）：缺少项目支出表（10）、项目绩效目标汇总表（12）' },
    ]);
    expect(run(projectList, release(), 'en').skipped[0]?.reason).toBe(
      'this check needs table 10 (project expenditure) and table 12 (project performance targets): table 10 (project expenditure) and table 12 (project performance targets) are absent',
    );
  });

  it('found but unreadable: the title line to look at', () => {
    const t08 = table({ kind: 'three-public', status: 'unrecovered', columns: [], rows: [] });
    const r = run(threePublic, release(t08));
    expect(r.skipped[0]?.reason).toBe(
      `本项核对需要一般公共预算基本支出表（06）和"三公"经费支出情况表（08）：缺少一般公共预算基本支出表（06），"三公"经费支出情况表（08）（第${t08.titleLine}行）的数据未能读出`,
    );
    expect(run(threePublic, release(t08), 'en').skipped[0]?.reason).toBe(
      `this check needs table 06 (general budget basic expenditure) and table 08 ("three public" expenses): table 06 (general budget basic expenditure) is absent; the rows of table 08 ("three public" expenses) (line ${t08.titleLine}) could not be read`,
    );
  });

  it('printed empty: said so, not called missing', () => {
    const t11 = table({ kind: 'performance-overall', status: 'empty', columns: [], rows: [], emptyNote: '本表无数据' });
    expect(run(performanceBudget, release(t11)).skipped[0]?.reason).toBe('部门（单位）整体绩效目标表（11）为空表');
    expect(run(performanceBudget, release(t11), 'en').skipped[0]?.reason).toBe('table 11 (overall performance targets) is printed empty');
  });
});
