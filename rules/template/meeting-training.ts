import { dec, fmtInterval, intervalOf } from '../../src/engine/decimal.js';
import { anyTableOf, columnLabel, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import { MEETING_TRAINING_LINES } from '../../src/model/economic-classes.js';
import { templateOf } from '../../src/template/index.js';
import { economicLines, lineSum } from '../cross-table/economic-lines.js';
import { tablesLacking } from '../skip-reasons.js';

/**
 * A template whose 三公 table also prints 会议费 and 培训费 (Jiangsu 09) counts them over basic and project
 * spending; the basic expenditure table (06) prints their basic part on lines 30215 and 30216. So the
 * 三公 table's item is at least 06's line. Above it is project money and no table of basic spending can
 * show it: nothing is reported (a false error costs more than a missed one).
 */
export const meetingTraining = defineRule({
  id: 'cross-meeting-training',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '会议费、培训费与基本支出经济分类', en: 'Meeting and training costs against basic expenditure lines' },
  docs: {
    zh: '“三公”经费表同时列出会议费、培训费的模板中，表中会议费不得小于一般公共预算基本支出表（06）30215 会议费，培训费不得小于 30216 培训费（表中金额含项目支出，06 只含基本支出）。小于为错误；大于时差额为项目支出，不报告。未列会议费、培训费的模板不检查。',
    en: 'Where the "three public" table also prints meeting and training costs, meeting costs are at least line 30215 of the basic expenditure table (06) and training costs at least line 30216 (the table counts project spending too, 06 basic spending only). Below is an error; above is project money and is not reported. Templates that print neither are not checked.',
  },
  messages: {
    below: {
      zh: '{t08} {column} 为 {v08}，小于 {t06} {code} 合计 {v06}，相差 {difference}（06 区间 {interval}）',
      en: '{t08} {column} is {v08}, below {v06} on line {code} of {t06}, a difference of {difference} (06 interval {interval})',
    },
  },
  check(model, ctx) {
    const ix = ctx.facts;
    const items = MEETING_TRAINING_LINES.flatMap((l) => {
      const f = ix.first({ tableKind: 'three-public', measure: l.measure, row: 'total' });
      return f ? [{ ...l, fact: f }] : [];
    });
    if (items.length === 0) {
      return ctx.skip({
        zh: '“三公”经费表未列出会议费、培训费',
        en: 'the "three public" table prints no meeting or training costs',
      });
    }
    const [t08] = ix.readTables(['three-public']);
    const [t06] = ix.readTables(['general-budget-basic']);
    if (!t08 || !t06) return ctx.skip(tablesLacking(model, { 'three-public': t08, 'general-budget-basic': t06 }));
    const lines = economicLines(ix, { tableKind: 'general-budget-basic', split: 'basic' }, ctx.lang);
    for (const { measure, economic: code, fact } of items) {
      const key = templateOf(model).columnOfMeasure('three-public', measure) ?? measure;
      if (fact.state === 'unusable') {
        ctx.partial({ zh: `“三公”经费表的“${columnLabel(t08, key)}”无法读取`, en: `the "${key}" cell of the "three public" table could not be read` });
        continue;
      }
      const values06 = [...lines.values()].filter((l) => l.dept === code).flatMap((l) => l.values);
      if (values06.length === 0) continue;
      const s06 = lineSum({ key: code, dept: code, name: '', values: values06 });
      const located = fact.state === 'value' ? ix.located(fact, ctx.lang) : undefined;
      const p08 = located?.printed ?? { value: '0', decimals: 2 };
      if (!intervalOf(p08).hi.lt(s06.interval.lo)) continue;
      ctx.report({
        messageId: 'below',
        data: {
          t08: tableName(anyTableOf(model, 'three-public') ?? t08, ctx.lang),
          t06: tableName(t06, ctx.lang),
          column: columnLabel(t08, key),
          v08: p08.value,
          v06: s06.sum,
          code,
          difference: dec(p08.value).minus(s06.sum).toFixed(Math.max(p08.decimals, s06.decimals)),
          interval: fmtInterval(s06.interval),
        },
        locations: [...(located ? [located.location] : [ix.location(fact, ctx.lang)]), ...values06.map((v) => v.location)],
        expected: s06.sum,
        actual: p08.value,
        difference: dec(p08.value).minus(s06.sum).toFixed(Math.max(p08.decimals, s06.decimals)),
      });
    }
  },
});
