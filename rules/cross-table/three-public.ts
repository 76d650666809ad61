import { dec, fmtInterval, intervalOf, meets, sumIntervals } from '../../src/engine/decimal.js';
import { anyTableOf, columnLabel, tableName, tableOf, valueAt } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { grandRow } from './shared.js';
import { economicLines, lineSum } from './economic-lines.js';
import { tablesLacking } from '../skip-reasons.js';

/** 08 columns and the 06 lines (部门经济分类) that carry the same money in basic spending. */
const LINKS = [
  ['vehicle.operation', '30231'],
  ['reception', '30217'],
] as const;

/**
 * 08 counts 三公 money of basic and project spending alike; 06 shows basic spending only, 07 the line's
 * general-budget money of both. An 08 item above 06 but within 07's general-budget line is the
 * project part, visible: nothing to verify. 07's carried-over column counts too: 三公 may be paid from
 * last year's fiscal money.
 */
function coveredBy07(ctx: RuleContext, key: keyof typeof MEASURE, code: string): boolean {
  const ix = ctx.facts;
  const item = ix.first({ tableKind: 'three-public', measure: MEASURE[key] });
  // general-budget money of the year and carried-over money: what 三公 can be paid from
  const lines07 = [
    ...ix.find({ tableKind: 'economic-summary', fund: 'general', flow: 'current', economic: code, row: 'item', unusable: true }),
    ...ix.find({ tableKind: 'economic-summary', fund: 'all', flow: 'carryover', economic: code, row: 'item', unusable: true }),
  ];
  if (!item || item.state !== 'value' || lines07.length === 0 || lines07.some((f) => f.state === 'unusable')) return false;
  const sum07 = sumIntervals(lines07.map((f) => intervalOf(ix.printed(f))));
  return intervalOf(ix.printed(item)).lo.lte(sum07.hi);
}

const MEASURE = { 'vehicle.operation': 'threePublic.vehicle.operation', reception: 'threePublic.reception' } as const satisfies Record<(typeof LINKS)[number][0], string>;

export const threePublic = defineRule({
  id: 'cross-three-public',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '"三公"经费与基本支出经济分类', en: '"Three public" expenses against basic expenditure lines' },
  docs: {
    zh: '"三公"经费支出情况表（08）的公务用车运行费不小于一般公共预算基本支出表（06）30231 公务用车运行维护费，公务接待费不小于 30217 公务接待费。08 小于 06 为错误；08 大于 06 时，若不超过支出经济分类汇总表（07）该科目的一般公共预算金额（基本与项目支出合计），差额即项目支出中的"三公"经费，不报告；否则为警告（需核实）。08 为空表时按零计。',
    en: 'Vehicle operation in the "three public" table (08) is at least line 30231 of the basic expenditure table (06), reception at least line 30217. 08 below 06 is an error; 08 above 06 is the project part when it stays within the line\'s general-budget amount in the economic summary (07, basic and project spending): nothing is reported then; beyond it, a warning (worth a look). An empty 08 counts as zero.',
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
    const t06 = tableOf(model, 'general-budget-basic');
    const t08any = anyTableOf(model, 'three-public');
    if (!t06 || !t08any || t08any.status === 'unrecovered')
      // an 08 printed empty is usable: it states zero for every item
      return ctx.skip(tablesLacking(model, { 'general-budget-basic': t06, 'three-public': t08any?.status === 'unrecovered' ? null : t08any }));
    const t08 = t08any.status === 'empty' ? undefined : tableOf(model, 'three-public');
    const row08 = t08 && (grandRow(t08) ?? t08.rows.find((r) => r.cells.some((c) => c.status === 'value')));
    if (t08 && !row08)
      return ctx.skip({ zh: '“三公”经费支出情况表（08）没有列出金额的行', en: 'table 08 (“three public” expenses) has no row of amounts' });
    const lines = economicLines(t06, ctx.lang);
    for (const [key, code] of LINKS) {
      const in06 = [...lines.values()].filter((l) => l.dept === code);
      const values06 = in06.flatMap((l) => l.values);
      const s06 = lineSum({ key: code, dept: code, name: '', values: values06 });
      const v08 = t08 && row08 ? valueAt(t08, row08, key, ctx.lang) : undefined;
      const p08 = v08?.printed ?? { value: '0', decimals: 2 };
      const i08 = intervalOf(p08);
      if (dec(p08.value).eq(s06.sum) || meets(i08, s06.interval)) continue;
      const below = i08.hi.lt(s06.interval.lo);
      if (!below && coveredBy07(ctx, key, code)) continue;
      const difference = dec(p08.value).minus(s06.sum).toFixed(Math.max(p08.decimals, s06.decimals));
      const locations = [
        ...(v08 ? [v08.location] : [{ line: (row08?.line ?? t08any.titleLine), table: tableName(t08any, ctx.lang) }]),
        ...values06.map((v) => v.location),
      ];
      ctx.report({
        messageId: below ? 'below' : 'above',
        severity: below ? 'error' : 'warning',
        data: {
          t08: tableName(t08any, ctx.lang),
          t06: tableName(t06, ctx.lang),
          column: t08 ? columnLabel(t08, key) : key,
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
