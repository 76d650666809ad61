import { columnLabel, normLabel, readCell, rowName, tableName, tableOf, valueAt } from '../../src/engine/query.js';
import { defineRule, type RuleContext, type Text } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { summaryHalf } from '../within-table/summary-lines.js';
import { reportSum, SUM_MESSAGES, where, type Part } from '../within-table/sum-finding.js';
import { classOfLabel } from './function-classes.js';
import { kindName, unreadTables } from '../skip-reasons.js';
import { dec } from '../../src/engine/decimal.js';

/** 项-level lines of a function-class table (03/05/09), grouped by class (first three digits). */
function itemsByClass(table: Table): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of table.rows) {
    if (r.role !== 'item' || !r.functionCode) continue;
    const list = out.get(r.functionCode.class) ?? [];
    list.push(r);
    out.set(r.functionCode.class, list);
  }
  return out;
}

function classLines(summary: Table): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of summaryHalf(summary, 'expenditure').currentParts) {
    const code = r.classCode ?? classOfLabel(normLabel(r.label));
    if (code && !out.has(code)) out.set(code, r);
  }
  return out;
}

function compare(ctx: RuleContext, summary: Table, key: string, detail: Table, detailKey: string): void {
  const items = itemsByClass(detail);
  if (items.size === 0) return;
  const lines = classLines(summary);
  const codes = new Set([...lines.keys(), ...items.keys()]);
  for (const code of [...codes].sort()) {
    const line = lines.get(code);
    const rows = items.get(code) ?? [];
    if (!line) {
      const valued = rows.map((r) => valueAt(detail, r, detailKey, ctx.lang)).filter((v) => v !== undefined);
      if (valued.length === 0) continue;
      ctx.report({
        messageId: 'noLine',
        data: { summary: tableName(summary, ctx.lang), detail: tableName(detail, ctx.lang), code },
        locations: valued.map((v) => v.location),
      });
      continue;
    }
    const whole = readCell(summary, line, key, ctx.lang);
    if (rows.length === 0) {
      // the summary spends on a class the detail table has no row of: say so, not "blank parts add to 0"
      if (whole.state === 'value' && !dec(whole.located.printed.value).isZero())
        ctx.report({
          messageId: 'noRows',
          data: { summary: tableName(summary, ctx.lang), detail: tableName(detail, ctx.lang), code, label: normLabel(line.label), value: whole.located.printed.value },
          locations: [whole.located.location],
          expected: '0',
          actual: whole.located.printed.value,
          difference: whole.located.printed.value,
        });
      continue;
    }
    const reads = rows.map((r) => ({ r, read: readCell(detail, r, detailKey, ctx.lang) }));
    if (whole.state === 'unusable' || reads.some((x) => x.read.state === 'unusable')) continue;
    if (whole.state === 'empty' && reads.every((x) => x.read.state === 'empty')) continue;
    const parts: Part[] = reads.map(({ r, read }) => ({
      label: `${tableName(detail, ctx.lang)} ${rowName(r)}`,
      located: read.state === 'value' ? read.located : undefined,
    }));
    reportSum(ctx, {
      where: where(ctx, `${code}`, summary.columns.length > 2 ? columnLabel(summary, key) : undefined),
      totalLabel: `${tableName(summary, ctx.lang)} ${normLabel(line.label)}`,
      total: whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location },
      parts,
    });
  }
}

export const classTotals = defineRule({
  id: 'cross-class-totals',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '功能分类类级合计与明细一致', en: 'Function class lines equal their 项 rows' },
  docs: {
    zh: '部门收支总体情况表（01）每个功能分类"类"的支出，等于部门支出总体情况表（03）中该类（科目编码前三位）各"项"之和；财政拨款收支总体情况表（04）一般公共预算列等于一般公共预算支出情况表（05），政府性基金列等于政府性基金预算支出情况表（09）。类按编码或名称匹配，不按序号。',
    en: 'Each function class line of the summary (01) equals the sum of that class\'s 项 rows (first three code digits) in the expenditure table (03); the general budget column of the fiscal summary (04) equals the general budget expenditure table (05), its government fund column the fund table (09). Classes are matched by code or name, never by ordinal.',
  },
  messages: {
    ...SUM_MESSAGES,
    noRows: {
      zh: '{summary} 的 {code} 类（{label}）为 {value}，但 {detail} 没有该类的任何明细行',
      en: '{summary} prints {value} for class {code} ({label}), but {detail} has no row of that class',
    },
    noLine: {
      zh: '{detail} 有 {code} 类支出，但 {summary} 没有该类的支出行',
      en: '{detail} has spending in class {code}, but {summary} has no line for that class',
    },
  },
  check(model: Release, ctx) {
    const t01 = tableOf(model, 'income-expenditure-summary');
    const t03 = tableOf(model, 'expenditure');
    const t04 = tableOf(model, 'fiscal-summary');
    const t05 = tableOf(model, 'general-budget-expenditure');
    const t09 = tableOf(model, 'gov-fund-expenditure');
    let ran = false;
    if (t01 && t03) { compare(ctx, t01, 'amount', t03, 'total'); ran = true; }
    if (t04 && t05) { compare(ctx, t04, 'general', t05, 'total'); ran = true; }
    if (t04 && t09) { compare(ctx, t04, 'govFund', t09, 'total'); ran = true; }
    if (!ran) ctx.skip(pairsLacking(model));
  },
});

/** Each function class is compared in pairs of tables: 01 with 03, 04 with 05, 04 with 09. */
function pairsLacking(model: Release): Text {
  const [n01, n03, n04, n05, n09] = (['income-expenditure-summary', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'gov-fund-expenditure'] as const).map(kindName);
  const what = unreadTables(model, {
    'income-expenditure-summary': tableOf(model, 'income-expenditure-summary'),
    expenditure: tableOf(model, 'expenditure'),
    'fiscal-summary': tableOf(model, 'fiscal-summary'),
    'general-budget-expenditure': tableOf(model, 'general-budget-expenditure'),
    'gov-fund-expenditure': tableOf(model, 'gov-fund-expenditure'),
  });
  return {
    zh: `各功能分类的金额须在${n01!.zh}与${n03!.zh}、${n04!.zh}与${n05!.zh}或${n09!.zh}之间成对核对，未读到任何一对：${what.zh}`,
    en: `function classes are compared between ${n01!.en} and ${n03!.en}, or ${n04!.en} and ${n05!.en} or ${n09!.en}; no such pair was read: ${what.en}`,
  };
}
