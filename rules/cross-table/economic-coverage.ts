import { fmtInterval } from '../../src/engine/decimal.js';
import { tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import { dec } from '../../src/engine/decimal.js';
import type { Release } from '../../src/model/release.js';
import { economicLines, lineSum } from './economic-lines.js';
import { kindName, tablesLacking } from '../skip-reasons.js';
import { templateOf } from '../../src/template/index.js';

export const economicCoverage = defineRule({
  id: 'cross-economic-coverage',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '基本支出经济分类均见于经济分类汇总表', en: 'Every basic expenditure line appears in the economic summary' },
  docs: {
    zh: '一般公共预算基本支出表（06）的每个经济分类（部门经济分类 + 政府经济分类）都应出现在支出经济分类汇总表（07），且 07 的金额不小于 06（07 另含项目支出）。07 缺行或金额小于 06 超出四舍五入区间即为错误。',
    en: 'Every economic pair (department + government class) of the basic expenditure table (06) must appear in the economic summary (07) with an amount at least as large (07 adds project spending). A missing pair, or an amount below 06 beyond rounding, is an error.',
  },
  messages: {
    missing: {
      zh: '{t06} 的 {dept} {name}（政府经济分类 {gov}）合计 {amount}，但 {t07} 没有这一行',
      en: '{t06} has {dept} {name} (government class {gov}) totalling {amount}, but {t07} has no such line',
    },
    less: {
      zh: '{t07} 的 {dept} {name}（政府经济分类 {gov}）为 {amount07}，小于 {t06} 的 {amount06}，相差 {difference}（06 区间 {interval06}，07 区间 {interval07}）',
      en: '{t07} has {dept} {name} (government class {gov}) at {amount07}, below {amount06} in {t06}, a difference of {difference} (06 interval {interval06}, 07 interval {interval07})',
    },
  },
  check(model: Release, ctx) {
    const ix = ctx.facts;
    const [t06] = ix.readTables(['general-budget-basic']);
    const [t07] = ix.readTables(['economic-summary']);
    if (!t06 || !t07) return ctx.skip(tablesLacking(model, { 'general-budget-basic': t06, 'economic-summary': t07 }));
    // 06: the line's basic spending; 07: all the line's money of the year, basic and project
    // both sides in one fund: a summary of every fund holds the basic table's own fund (Henan: 06 general
    // within 07 all funds); a summary of one fund is met by the basic table's column of that fund
    // (Shenzhen: 04 basic of every fund, 08 general budget only)
    const template = templateOf(model);
    const fund07 = template.tableDef('economic-summary')?.scope.fund ?? 'all';
    const fund06 = fund07 === 'all' ? (template.tableDef('general-budget-basic')?.scope.fund ?? 'general') : fund07;
    const l06 = economicLines(ix, { tableKind: 'general-budget-basic', fund: fund06, split: 'basic' }, ctx.lang);
    const l07 = economicLines(ix, { tableKind: 'economic-summary', fund: fund07, flow: 'current', split: 'total' }, ctx.lang);
    if (l06.size === 0 || l07.size === 0) {
      const name = kindName(l06.size === 0 ? 'general-budget-basic' : 'economic-summary', model);
      return ctx.skip({ zh: `${name.zh}中未读到经济分类科目编码`, en: `no economic class codes were read in ${name.en}` });
    }
    const names = { t06: tableName(t06, ctx.lang), t07: tableName(t07, ctx.lang) };
    for (const line of l06.values()) {
      const a = lineSum(line);
      if (line.values.length === 0 || dec(a.sum).isZero()) continue;
      const other = l07.get(line.key);
      const base = { ...names, dept: line.dept, name: line.name, gov: line.gov ?? '—' };
      if (!other) {
        ctx.report({
          messageId: 'missing',
          data: { ...base, amount: a.sum },
          locations: line.values.map((v) => v.location),
          expected: a.sum,
          actual: '0',
          difference: dec('0').minus(a.sum).toFixed(a.decimals),
        });
        continue;
      }
      const b = lineSum(other);
      if (!b.interval.hi.lt(a.interval.lo)) continue;
      ctx.report({
        messageId: 'less',
        data: {
          ...base,
          amount06: a.sum,
          amount07: b.sum,
          difference: dec(b.sum).minus(a.sum).toFixed(Math.max(a.decimals, b.decimals)),
          interval06: fmtInterval(a.interval),
          interval07: fmtInterval(b.interval),
        },
        locations: [...line.values, ...other.values].map((v) => v.location),
        expected: a.sum,
        actual: b.sum,
        difference: dec(b.sum).minus(a.sum).toFixed(Math.max(a.decimals, b.decimals)),
        interval: fmtInterval(a.interval),
      });
    }
  },
});
