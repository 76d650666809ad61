import { columnLabel, tableName, tableOf, valueAt } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSum, SUM_MESSAGES, where } from '../within-table/sum-finding.js';
import { grandRow } from './shared.js';
import { tablesLacking } from '../skip-reasons.js';

const PAIRS = [
  ['personnel', ['basic.wages', 'basic.family']],
  ['public', ['basic.goods', 'basic.capital']],
] as const;

export const personnelPublic = defineRule({
  id: 'cross-personnel-public',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '人员经费、公用经费与基本支出表一致', en: 'Personnel and public funds agree with table 06' },
  docs: {
    zh: '一般公共预算基本支出表（06）的人员经费 = 一般公共预算支出情况表（05）合计行的工资福利支出 + 对个人和家庭的补助；公用经费 = 商品和服务支出 + 资本性支出。',
    en: 'Personnel funds in the basic expenditure table (06) = wages + family transfers of the general budget table (05) total row; public funds = goods and services + capital spending.',
  },
  messages: { ...SUM_MESSAGES },
  check(model: Release, ctx) {
    const t05 = tableOf(model, 'general-budget-expenditure');
    const t06 = tableOf(model, 'general-budget-basic');
    const r05 = t05 && grandRow(t05);
    const r06 = t06 && grandRow(t06);
    if (!t05 || !t06) return ctx.skip(tablesLacking(model, { 'general-budget-expenditure': t05, 'general-budget-basic': t06 }));
    if (!r05 || !r06)
      return ctx.skip({
        zh: `${!r05 ? '一般公共预算支出情况表（05）' : '一般公共预算基本支出表（06）'}未读到合计行，人员经费和公用经费无从比对`,
        en: `no total row (合计) was read in ${!r05 ? 'table 05 (general budget expenditure)' : 'table 06 (general budget basic expenditure)'}, so personnel and public funds cannot be compared`,
      });
    for (const [whole, parts] of PAIRS) {
      const total = valueAt(t06, r06, whole, ctx.lang);
      if (!total) continue;
      reportSum(ctx, {
        where: where(ctx, tableName(t06, ctx.lang), tableName(t05, ctx.lang)),
        totalLabel: `${tableName(t06, ctx.lang)} ${columnLabel(t06, whole)}`,
        total,
        parts: parts.map((k) => ({
          label: `${tableName(t05, ctx.lang)} ${columnLabel(t05, k)}`,
          located: valueAt(t05, r05, k, ctx.lang),
        })),
      });
    }
  },
});
