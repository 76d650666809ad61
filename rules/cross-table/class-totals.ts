import { dec } from '../../src/engine/decimal.js';
import { columnLabel, normLabel, rowName, tableName, tableOf } from '../../src/engine/query.js';
import { defineRule, type RuleContext, type Text } from '../../src/engine/rule.js';
import type { FactIndex } from '../../src/facts/index.js';
import type { Fact, Fund } from '../../src/model/facts.js';
import type { Release } from '../../src/model/release.js';
import { reportSum, SUM_MESSAGES, where, type Part } from '../within-table/sum-finding.js';
import { kindName, unreadTables } from '../skip-reasons.js';

/**
 * Class lines and item lines of one fund's spending: a table that prints a fund's spending by 类 on
 * one line each (01 all funds, 04 by fund column) is compared with each table that breaks the same
 * fund's spending into 项 lines (03 all funds, 05 general budget, 09 government funds).
 */
const SPENDING = { side: 'expenditure', flow: 'current', split: 'total', classification: 'any', row: 'item' } as const;

function byTable(facts: readonly Fact[]): Map<number, Fact[]> {
  const out = new Map<number, Fact[]>();
  for (const f of facts) out.set(f.tableIndex, [...(out.get(f.tableIndex) ?? []), f]);
  return out;
}

function byClass(facts: readonly Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts) {
    const code = f.classification!.code.slice(0, 3);
    out.set(code, [...(out.get(code) ?? []), f]);
  }
  return out;
}

function compare(ctx: RuleContext, ix: FactIndex, summaryFacts: Fact[], itemFacts: Fact[]): void {
  const summary = ix.table(summaryFacts[0]!);
  const detail = ix.table(itemFacts[0]!);
  const items = byClass(itemFacts);
  const lines = new Map<string, Fact>();
  for (const f of summaryFacts) if (!lines.has(f.classification!.code)) lines.set(f.classification!.code, f);
  const codes = new Set([...lines.keys(), ...items.keys()]);
  const names = { summary: tableName(summary, ctx.lang), detail: tableName(detail, ctx.lang) };
  for (const code of [...codes].sort()) {
    const line = lines.get(code);
    const rows = items.get(code) ?? [];
    if (!line) {
      const valued = rows.filter((f) => f.state === 'value');
      if (valued.length === 0) continue;
      ctx.report({ messageId: 'noLine', data: { ...names, code }, locations: valued.map((f) => ix.location(f, ctx.lang)) });
      continue;
    }
    const whole = ix.located(line, ctx.lang);
    const label = normLabel(ix.rowOf(line).label);
    if (rows.length === 0) {
      // the summary spends on a class the detail table has no row of: say so, not "blank parts add to 0"
      if (line.state === 'value' && !dec(line.value).isZero())
        ctx.report({
          messageId: 'noRows',
          data: { ...names, code, label, value: line.printed },
          locations: [whole.location],
          expected: '0',
          actual: whole.printed.value,
          difference: whole.printed.value,
        });
      continue;
    }
    if (line.state === 'unusable' || rows.some((f) => f.state === 'unusable')) continue;
    if (line.state === 'blank' && rows.every((f) => f.state === 'blank')) continue;
    const parts: Part[] = rows.map((f) => ({
      label: `${names.detail} ${rowName(ix.rowOf(f))}`,
      located: f.state === 'value' ? ix.located(f, ctx.lang) : undefined,
    }));
    reportSum(ctx, {
      where: where(ctx, code, summary.columns.length > 2 ? columnLabel(summary, line.source.column) : undefined),
      totalLabel: `${names.summary} ${label}`,
      total: whole,
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
    zh: '同一资金范围内，按"类"列示的支出（部门收支总体情况表（01）全部资金，财政拨款收支总体情况表（04）各资金列）等于按"项"列示该资金支出的表中该类（科目编码前三位）各"项"之和：01 对部门支出总体情况表（03），04 一般公共预算列对一般公共预算支出情况表（05），04 政府性基金列对政府性基金预算支出情况表（09）。类按编码或名称匹配，不按序号。',
    en: 'Within one fund, spending printed by class (the summary (01) for all funds, each fund column of the fiscal summary (04)) equals the sum of that class\'s 项 rows (first three code digits) in the table that itemises the same fund: 01 against the expenditure table (03), 04\'s general budget column against the general budget expenditure table (05), its government fund column against the fund table (09). Classes are matched by code or name, never by ordinal.',
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
    const ix = ctx.facts;
    let ran = false;
    const funds = new Set<Fund>(ix.find(SPENDING).map((f) => f.fund));
    for (const fund of funds) {
      const facts = ix.find({ ...SPENDING, fund, unusable: true });
      const classes = byTable(facts.filter((f) => f.classification!.level === '类'));
      const items = byTable(facts.filter((f) => f.classification!.level === '项'));
      // the first table of each kind, as everywhere else
      const firstOfKind = (m: Map<number, Fact[]>) => {
        const seen = new Set<string>();
        return [...m.values()].filter((list) => !seen.has(list[0]!.tableKind) && seen.add(list[0]!.tableKind));
      };
      for (const s of firstOfKind(classes))
        for (const d of firstOfKind(items)) {
          if (s[0]!.tableKind === d[0]!.tableKind) continue;
          compare(ctx, ix, s, d);
          ran = true;
        }
    }
    if (!ran) ctx.skip(pairsLacking(model));
  },
});

/** Each function class is compared in pairs of tables: 01 with 03, 04 with 05, 04 with 09. */
function pairsLacking(model: Release): Text {
  const [n01, n03, n04, n05, n09] = (['income-expenditure-summary', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'gov-fund-expenditure'] as const).map((k) => kindName(k, model));
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
