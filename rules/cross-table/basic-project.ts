import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import type { Figure } from './shared.js';
import { figure, incomeIsOnly } from './figures.js';

export const basicProject = defineRule({
  id: 'cross-basic-project',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '基本支出与项目支出各表一致', en: 'Basic and project spending agree across tables' },
  docs: {
    zh: '基本支出、项目支出在各表一致：部门支出总体情况表（03）与整体绩效目标表（11）的基本/项目支出；03 项目支出与项目支出表（10）合计；10 合计与项目绩效目标汇总表（12）合计；一般公共预算支出情况表（05）基本支出与一般公共预算基本支出表（06）合计；全部资金为一般公共预算时 03 与 05 一致。',
    en: 'Basic and project spending agree: the expenditure table (03) and the overall performance table (11); 03 project spending and the project table (10) total; 10 and the project performance table (12) totals; the general budget table (05) basic spending and the basic expenditure table (06) total; 03 and 05 when all money is general budget.',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    const { lang, facts: ix } = ctx;
    const basicWord = lang === 'zh' ? '基本支出' : 'basic spending';
    const projectWord = lang === 'zh' ? '项目支出' : 'project spending';
    let ran = false;
    const same = (title: string, a: Figure | undefined, b: Figure | undefined) => {
      if (!a || !b) return;
      ran = true;
      reportSame(ctx, { where: title, a, b });
    };
    const all = { side: 'expenditure', fund: 'all' } as const;
    const basic03 = figure(ix, { ...all, tableKind: 'expenditure', split: 'basic' }, lang);
    const project03 = figure(ix, { ...all, tableKind: 'expenditure', split: 'project' }, lang);
    const total10 = figure(ix, { ...all, tableKind: 'project-expenditure', split: 'project' }, lang);
    same(basicWord, basic03, figure(ix, { tableKind: 'performance-overall', fund: 'all', split: 'basic' }, lang));
    same(projectWord, project03, figure(ix, { tableKind: 'performance-overall', fund: 'all', split: 'project' }, lang));
    same(projectWord, project03, total10);
    same(projectWord, total10, figure(ix, { ...all, tableKind: 'performance-projects', split: 'project' }, lang));
    const basic05 = figure(ix, { tableKind: 'general-budget-expenditure', fund: 'general', split: 'basic' }, lang);
    same(basicWord, basic05, figure(ix, { tableKind: 'general-budget-basic', fund: 'general', split: 'basic' }, lang));
    if (incomeIsOnly(ix, 'general')) {
      same(basicWord, basic03, basic05);
      same(projectWord, project03, figure(ix, { tableKind: 'general-budget-expenditure', fund: 'general', split: 'project' }, lang));
    }
    if (!ran)
      ctx.skip({
        zh: '部门支出总体情况表（03）、一般公共预算支出情况表（05）、一般公共预算基本支出表（06）、项目支出表（10）、部门（单位）整体绩效目标表（11）和项目绩效目标汇总表（12）中，读出基本支出或项目支出金额、可相互比对的不足两张',
        en: 'fewer than two of tables 03, 05, 06, 10, 11 and 12 give a basic or project spending amount to compare',
      });
  },
});
