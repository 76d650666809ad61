import { columnLabel, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Split } from '../../src/model/facts.js';
import type { Release } from '../../src/model/release.js';
import type { TableKind } from '../../src/model/table.js';
import { templateOf } from '../../src/template/index.js';
import { reportSum, SUM_MESSAGES, where } from '../within-table/sum-finding.js';
import { kindName, tablesLacking } from '../skip-reasons.js';

/** 人员经费 = wages + family transfers; 公用经费 = goods and services + capital: of basic spending. */
const PAIRS: ReadonlyArray<readonly [Split, readonly Split[]]> = [
  ['basic.personnel', ['basic.wages', 'basic.family']],
  ['basic.public', ['basic.goods', 'basic.capital']],
];

const T05: TableKind = 'general-budget-expenditure';
const T06: TableKind = 'general-budget-basic';

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
    const ix = ctx.facts;
    const [t05] = ix.readTables([T05]);
    const [t06] = ix.readTables([T06]);
    if (!t05 || !t06) return ctx.skip(tablesLacking(model, { [T05]: t05, [T06]: t06 }));
    // the general budget's basic spending, all classes: the grand line of each table
    const grand = (t: typeof t05, split?: Split) =>
      ix.find({ tableKind: t.kind, side: 'expenditure', fund: 'general', ...(split ? { split } : {}), unusable: true }).filter((f) => f.tableIndex === model.tables.indexOf(t));
    const has05 = grand(t05).length > 0;
    const has06 = grand(t06).length > 0;
    if (!has05 || !has06) {
      const name = kindName(!has05 ? T05 : T06, model);
      return ctx.skip({
        zh: `${name.zh}未读到合计行，人员经费和公用经费无从比对`,
        en: `no total row (合计) was read in ${name.en}, so personnel and public funds cannot be compared`,
      });
    }
    const label = (t: typeof t05, split: Split) => `${tableName(t, ctx.lang)} ${columnLabel(t, templateOf(model).columnOfSplit(t.kind, split) ?? split)}`;
    for (const [whole, parts] of PAIRS) {
      const total = grand(t06, whole)[0];
      if (total?.state !== 'value') continue;
      reportSum(ctx, {
        where: where(ctx, tableName(t06, ctx.lang), tableName(t05, ctx.lang)),
        totalLabel: label(t06, whole),
        total: ix.located(total, ctx.lang),
        parts: parts.map((split) => {
          const f = grand(t05, split)[0];
          return { label: label(t05, split), located: f?.state === 'value' ? ix.located(f, ctx.lang) : undefined };
        }),
      });
    }
  },
});
