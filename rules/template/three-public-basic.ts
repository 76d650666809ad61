import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { figure } from '../cross-table/figures.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';

/** The 三公 items that are each one economic line of the basic-spending table. */
const PAIRS = [
  { measure: 'threePublic.reception', economic: '30217', zh: '公务接待费', en: 'official reception' },
  { measure: 'threePublic.vehicle.operation', economic: '30231', zh: '公务用车运行费', en: 'official vehicle running costs' },
] as const;

/**
 * A template whose 三公 table counts basic spending only (Shanghai's table 9, in 万元, beside the
 * basic-spending table 8 in 元): 公务接待费 is 8's line 30217 and 公务用车运行费 its line 30231, the same
 * money printed twice in two units. Facts carry both normalised exactly to 万元, so the check is
 * the same-amount check with each side's rounding interval.
 */
export const threePublicBasic = defineRule({
  id: 'three-public-basic-lines',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '“三公”经费表与基本支出经济分类行一致', en: '"Three public" items equal their basic-spending lines' },
  docs: {
    zh: '在“三公”经费只含基本支出的模板中（如上海市区级部门预算的“三公”经费和机关运行经费预算表），公务接待费等于一般公共预算基本支出表 30217 公务接待费，公务用车运行费等于 30231 公务用车运行维护费：同一笔钱，两表单位不同（万元与元），按各自的四舍五入区间比较。',
    en: 'Where the template\'s "three public" table counts basic spending only (the Shanghai district table of "three public" and administrative running costs), official reception equals line 30217 of the basic-spending table and official vehicle running costs line 30231: the same money in two units (10,000 yuan and yuan), compared within each printed value\'s rounding interval.',
  },
  messages: { ...SAME_MESSAGES },
  check(_model: Release, ctx) {
    let ran = false;
    for (const p of PAIRS) {
      const item = figure(ctx.facts, { tableKind: 'three-public', measure: p.measure }, ctx.lang);
      const line = figure(ctx.facts, { tableKind: 'general-budget-basic', economic: p.economic, split: 'basic', row: 'item' }, ctx.lang);
      if (!item || !line) continue;
      ran = true;
      reportSame(ctx, { where: ctx.lang === 'zh' ? p.zh : p.en, a: line, b: item });
    }
    if (!ran)
      ctx.skip({
        zh: '未同时读出“三公”经费表的公务接待费或公务用车运行费与基本支出表的 30217 或 30231 行',
        en: 'the "three public" table\'s reception or vehicle running costs and line 30217 or 30231 of the basic-spending table were not both read',
      });
  },
});
