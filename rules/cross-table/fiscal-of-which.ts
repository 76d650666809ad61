import { columnLabel, rowName, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import { reportSame, SAME_MESSAGES } from '../within-table/sum-finding.js';
import { kindName, tablesLacking } from '../skip-reasons.js';

/** This year's 一般公共预算 其中：财政拨款 income, as each table prints it. */
const FISCAL_INCOME = { side: 'income', fund: 'general.fiscal', flow: 'current' } as const;

export const fiscalOfWhichRule = defineRule({
  id: 'cross-fiscal-of-which',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '财政拨款收入与收入表一致', en: 'Fiscal appropriation income agrees with the income table' },
  docs: {
    zh: '部门收支总体情况表（01）一般公共预算收入下的“其中：财政拨款”，等于部门收入总体情况表（02）合计行一般公共预算“其中：财政拨款”列。',
    en: 'The "of which: fiscal appropriation" line under general budget income in the summary (01) equals the "of which: fiscal appropriation" column of the total row of the income table (02).',
  },
  messages: { ...SAME_MESSAGES },
  check(model: Release, ctx) {
    const ix = ctx.facts;
    const [t01] = ix.readTables(['income-expenditure-summary']);
    const [t02] = ix.readTables(['income']);
    if (!t01 || !t02) return ctx.skip(tablesLacking(model, { 'income-expenditure-summary': t01, income: t02 }));
    const i01 = model.tables.indexOf(t01);
    const i02 = model.tables.indexOf(t02);
    const line = ix.find({ ...FISCAL_INCOME, tableKind: 'income-expenditure-summary', unusable: true }).find((f) => f.tableIndex === i01);
    // any fact of 02's grand line: without one, 02 printed no 合计 row
    const total = ix.find({ tableKind: 'income', unusable: true }).find((f) => f.tableIndex === i02);
    const n01 = kindName('income-expenditure-summary', model);
    const n02 = kindName('income', model);
    if (!line) ctx.partial({ zh: `${n01.zh}未列“其中：财政拨款”行`, en: `${n01.en} prints no “其中：财政拨款” line` });
    if (!total) ctx.partial({ zh: `${n02.zh}未读到合计行`, en: `no total row (合计) was read in ${n02.en}` });
    if (!line || !total) return;
    const b = ix.find({ ...FISCAL_INCOME, tableKind: 'income', unusable: true }).find((f) => f.tableIndex === i02);
    if (!b && !t02.columns.some((c) => c.key === 'general.fiscal'))
      return ctx.partial({ zh: `${n02.zh}未列“其中：财政拨款”列`, en: `${n02.en} has no “其中：财政拨款” column` });
    if (line.state !== 'value' || b?.state !== 'value') return;
    reportSame(ctx, {
      where: ctx.lang === 'zh' ? '财政拨款收入' : 'fiscal appropriation income',
      a: { label: `${tableName(t01, ctx.lang)} ${rowName(ix.rowOf(line))}`, located: ix.located(line, ctx.lang) },
      b: { label: `${tableName(t02, ctx.lang)} ${rowName(ix.rowOf(b))}（${columnLabel(t02, b.source.column)}）`, located: ix.located(b, ctx.lang) },
    });
  },
});
