import { dec, fmtInterval, intervalOf, meets, sumIntervals, type Interval } from '../../src/engine/decimal.js';
import { anyTableOf, columnLabel, tableName } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { THREE_PUBLIC_LINES } from '../../src/model/economic-classes.js';
import type { FactRow, Measure } from '../../src/model/facts.js';
import type { Release } from '../../src/model/release.js';
import { templateOf } from '../../src/template/index.js';
import { economicLines, lineSum } from './economic-lines.js';
import { tablesLacking } from '../skip-reasons.js';

/**
 * 08 counts 三公 money of basic and project spending alike; 06 shows basic spending only, 07 the line's
 * general-budget money of both. An 08 item above 06 but within 07's general-budget line is the
 * project part, visible: nothing to verify. 07's carried-over column counts too: 三公 may be paid from
 * last year's fiscal money.
 */
function coveredBy07(ctx: RuleContext, measure: Measure, code: string, line06: Interval): boolean {
  const ix = ctx.facts;
  const item = ix.first({ tableKind: 'three-public', measure });
  // general-budget money of the year and carried-over money: what 三公 can be paid from
  const of07 = (economic: string) => [
    ...ix.find({ tableKind: 'economic-summary', fund: 'general', flow: 'current', economic, row: 'item', unusable: true }),
    ...ix.find({ tableKind: 'economic-summary', fund: 'all', flow: 'carryover', economic, row: 'item', unusable: true }),
  ];
  if (!item || item.state !== 'value') return false;
  const printed = intervalOf(ix.printed(item));
  const lines07 = of07(code);
  if (lines07.length > 0) {
    if (lines07.some((f) => f.state === 'unusable')) return false;
    return printed.lo.lte(sumIntervals(lines07.map((f) => intervalOf(ix.printed(f)))).hi);
  }
  // a 07 printing the economic classes only (Fujian 八): the class's money beyond its basic part in 06
  // is project money, and the line's excess is covered when it fits in it
  const cls = code.slice(0, 3);
  const class07 = of07(cls);
  const class06 = ix.find({ tableKind: 'general-budget-basic', split: 'basic', economic: cls, row: 'item', unusable: true });
  if (class07.length === 0 || class06.length !== 1 || [...class07, ...class06].some((f) => f.state === 'unusable')) return false;
  const project = sumIntervals(class07.map((f) => intervalOf(ix.printed(f)))).hi.minus(intervalOf(ix.printed(class06[0]!)).lo);
  return printed.lo.lte(line06.hi.plus(project));
}

export const threePublic = defineRule({
  id: 'cross-three-public',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '"三公"经费与基本支出经济分类', en: '"Three public" expenses against basic expenditure lines' },
  docs: {
    zh: '"三公"经费支出情况表（08）的公务用车运行费不小于一般公共预算基本支出表（06）30231 公务用车运行维护费，公务接待费不小于 30217 公务接待费。08 小于 06 为错误；08 大于 06 时，若不超过支出经济分类汇总表（07）该科目的一般公共预算金额（基本与项目支出合计），差额即项目支出中的"三公"经费，不报告；07 只列经济分类的类时，差额不超过该类的项目支出部分（07 类金额减 06 类金额）亦不报告；否则为警告（需核实）。08 为空表时按零计。',
    en: 'Vehicle operation in the "three public" table (08) is at least line 30231 of the basic expenditure table (06), reception at least line 30217. 08 below 06 is an error; 08 above 06 is the project part when it stays within the line\'s general-budget amount in the economic summary (07, basic and project spending): nothing is reported then; where 07 prints the economic classes only, the same holds when the excess fits in the project part of the class (07 class less 06 class); beyond it, a warning (worth a look). An empty 08 counts as zero.',
  },
  messages: {
    below: {
      zh: '{t08} {column} 为 {v08}，小于 {t06} {code} 合计 {v06}，相差 {difference}（06 区间 {interval}）',
      en: '{t08} {column} is {v08}, below {v06} on line {code} of {t06}, a difference of {difference} (06 interval {interval})',
    },
    above: {
      zh: '{t08} {column} 为 {v08}，大于 {t06} {code} 合计 {v06}，相差 {difference}：差额应来自项目支出，请核实',
      en: '{t08} {column} is {v08}, above {v06} on line {code} of {t06} by {difference}: the excess should come from project spending',
    },
  },
  check(model: Release, ctx) {
    const ix = ctx.facts;
    const [t06] = ix.readTables(['general-budget-basic']);
    const t08any = anyTableOf(model, 'three-public');
    if (!t06 || !t08any || t08any.status === 'unrecovered')
      // an 08 printed empty is usable: it states zero for every item
      return ctx.skip(tablesLacking(model, { 'general-budget-basic': t06, 'three-public': t08any?.status === 'unrecovered' ? null : t08any }));
    const [t08] = t08any.status === 'empty' ? [] : ix.readTables(['three-public']);
    // 08's line of amounts: its grand line (合计, or the one line it prints)
    const of08 = (row: FactRow[]) =>
      t08 ? ix.find({ tableKind: 'three-public', measure: THREE_PUBLIC_LINES.map((l) => l.measure), row, unusable: true }).filter((f) => f.tableIndex === model.tables.indexOf(t08)) : [];
    const grand08 = of08(['total']);
    // without a grand line, the first line that prints an amount
    const lines08 = grand08.length > 0 ? grand08 : of08(['department', 'unit', 'item']);
    const first = lines08.find((f) => f.state === 'value')?.rowIndex;
    const items08 = grand08.length > 0 ? grand08 : lines08.filter((f) => f.rowIndex === first);
    if (t08 && items08.length === 0)
      return ctx.skip({ zh: '“三公”经费支出情况表（08）没有列出金额的行', en: 'table 08 (“three public” expenses) has no row of amounts' });
    // basic spending of the line in 06, all its rows
    const lines = economicLines(ix, { tableKind: 'general-budget-basic', split: 'basic' }, ctx.lang);
    for (const { measure, economic: code } of THREE_PUBLIC_LINES) {
      const values06 = [...lines.values()].filter((l) => l.dept === code).flatMap((l) => l.values);
      const s06 = lineSum({ key: code, dept: code, name: '', values: values06 });
      const f08 = items08.find((f) => f.measure === measure);
      const v08 = f08?.state === 'value' ? ix.located(f08, ctx.lang) : undefined;
      const p08 = v08?.printed ?? { value: '0', decimals: 2 };
      const i08 = intervalOf(p08);
      if (dec(p08.value).eq(s06.sum) || meets(i08, s06.interval)) continue;
      const below = i08.hi.lt(s06.interval.lo);
      if (!below && coveredBy07(ctx, measure, code, s06.interval)) continue;
      const difference = dec(p08.value).minus(s06.sum).toFixed(Math.max(p08.decimals, s06.decimals));
      const key = templateOf(model).columnOfMeasure('three-public', measure) ?? measure;
      const locations = [
        ...(v08 ? [v08.location] : [{ line: (items08[0] ? ix.rowOf(items08[0]).line : t08any.titleLine), table: tableName(t08any, ctx.lang) }]),
        ...values06.map((v) => v.location),
      ];
      ctx.report({
        messageId: below ? 'below' : 'above',
        severity: below ? 'error' : 'warning',
        data: {
          t08: tableName(t08any, ctx.lang),
          t06: tableName(t06, ctx.lang),
          // a vertical 08 (Fujian: one row per item) names the item by its row, not a column
          column: t08 && key !== measure ? columnLabel(t08, key) : f08 ? ix.rowOf(f08).label : key,
          v08: p08.value,
          v06: s06.sum,
          code,
          difference,
          interval: fmtInterval(s06.interval),
        },
        locations,
        expected: s06.sum,
        actual: p08.value,
        difference,
        interval: fmtInterval(s06.interval),
      });
    }
  },
});
