import { dec, fmtInterval, intervalOf } from '../../src/engine/decimal.js';
import { rowName, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import { economicLines, lineSum } from '../cross-table/economic-lines.js';
import { tablesLacking } from '../skip-reasons.js';

/**
 * 机关运行经费 is the administrative units' part of basic public spending (公用经费): a template that
 * prints it by economic line (Jiangsu 12) prints each line at most at that line's 公用经费 in the basic
 * expenditure table (06). Equal when every unit is administrative; below when public institutions share
 * the line. Above cannot be: the money is no basic public spending.
 */
export const adminExpenses = defineRule({
  id: 'cross-admin-expenses',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '机关运行经费与基本支出公用经费', en: 'Administrative running costs against basic public spending' },
  docs: {
    zh: '按经济分类列出机关运行经费的模板（机关运行经费支出预算表）中，每一科目的机关运行经费不得大于一般公共预算基本支出表（06）同一科目的公用经费：机关运行经费是行政单位基本支出中的公用经费。相等或较小（有事业单位时）均成立；大于为错误。',
    en: 'Where a template prints the administrative running costs (机关运行经费) by economic line, each line is at most the same line\'s public spending (公用经费) in the basic expenditure table (06): the running costs are the administrative units\' basic public spending. Equal or below (when public institutions share the line) holds; above is an error.',
  },
  messages: {
    above: {
      zh: '{tAdmin} {row} 为 {vAdmin}，大于 {t06} 同一科目公用经费 {v06}，相差 {difference}（06 区间 {interval}）',
      en: '{tAdmin} {row} is {vAdmin}, above the same line\'s public spending {v06} in {t06}, by {difference} (06 interval {interval})',
    },
  },
  check(model, ctx) {
    const ix = ctx.facts;
    const [tAdmin] = ix.readTables(['admin-expenses']);
    const items = tAdmin
      ? ix.find({ tableKind: 'admin-expenses', measure: 'adminExpenses', economic: 'any', row: 'item' }).filter((f) => f.tableIndex === model.tables.indexOf(tAdmin) && f.economic!.length === 5 && ix.rowOf(f).role !== 'subtotal')
      : [];
    if (!tAdmin || items.length === 0) {
      return ctx.skip({
        zh: '本文件没有按经济分类科目列出机关运行经费的表',
        en: 'no table prints the administrative running costs by economic line',
      });
    }
    const [t06] = ix.readTables(['general-budget-basic']);
    if (!t06) return ctx.skip(tablesLacking(model, { 'general-budget-basic': t06 }));
    const lines = [...economicLines(ix, { tableKind: 'general-budget-basic', split: 'basic.public' }, ctx.lang).values()];
    for (const f of items) {
      if (f.state !== 'value' || dec(f.value).isZero()) continue;
      const values06 = lines.filter((l) => l.dept === f.economic).flatMap((l) => l.values);
      const s06 = lineSum({ key: f.economic!, dept: f.economic!, name: '', values: values06 });
      const printed = ix.printed(f);
      if (!intervalOf(printed).lo.gt(s06.interval.hi)) continue;
      const difference = dec(printed.value).minus(s06.sum).toFixed(Math.max(printed.decimals, s06.decimals));
      ctx.report({
        messageId: 'above',
        data: {
          tAdmin: tableName(tAdmin, ctx.lang),
          t06: tableName(t06, ctx.lang),
          row: rowName(ix.rowOf(f)),
          vAdmin: printed.value,
          v06: s06.sum,
          difference,
          interval: fmtInterval(s06.interval),
        },
        locations: [ix.location(f, ctx.lang), ...values06.map((v) => v.location)],
        expected: s06.sum,
        actual: printed.value,
        difference,
      });
    }
  },
});
