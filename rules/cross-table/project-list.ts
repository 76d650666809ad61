import { rowName, sameName, tableName, tableOf, type Located } from '../../src/engine/query.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { reportSame, SAME_MESSAGES, where } from '../within-table/sum-finding.js';
import { tablesLacking } from '../skip-reasons.js';

function projects(table: Table): Row[] {
  return table.rows.filter((r) => r.role === 'item' && r.label.trim() !== '');
}

/** A project's amount as a fact: exact 万元 whatever unit the table prints (10 in 元 beside 12 in 万元). */
function amountOf(ctx: RuleContext, table: Table, row: Row): Located | undefined {
  const f = ctx.facts.atCell(table, row, 'total');
  return f && f.state === 'value' ? ctx.facts.located(f, ctx.lang) : undefined;
}

export const projectList = defineRule({
  id: 'cross-project-list',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '项目支出表与项目绩效目标表的项目一致', en: 'Project lists of tables 10 and 12 match' },
  docs: {
    zh: '项目支出表（10）与项目绩效目标汇总表（12）列出同一批项目，名称（忽略名称中的空格）与金额一致。',
    en: 'The project table (10) and the project performance table (12) list the same projects, with the same names (ignoring spaces inside names) and amounts.',
  },
  messages: {
    ...SAME_MESSAGES,
    missing: {
      zh: '{from} 的项目"{name}"（{amount}）在 {to} 中找不到',
      en: 'Project "{name}" ({amount}) of {from} is missing from {to}',
    },
  },
  check(model: Release, ctx) {
    const t10 = tableOf(model, 'project-expenditure');
    const t12 = tableOf(model, 'performance-projects');
    if (!t10 || !t12) return ctx.skip(tablesLacking(model, { 'project-expenditure': t10, 'performance-projects': t12 }));
    const p10 = projects(t10);
    const p12 = projects(t12);
    if (p10.length === 0 && p12.length === 0)
      return ctx.skip({ zh: '项目支出表（10）和项目绩效目标汇总表（12）均未列出项目', en: 'neither table 10 (project expenditure) nor table 12 (project performance targets) lists a project' });
    const missing = (from: Table, row: Row, to: Table) => {
      const v = amountOf(ctx, from, row);
      ctx.report({
        messageId: 'missing',
        data: { from: tableName(from, ctx.lang), to: tableName(to, ctx.lang), name: row.label.trim(), amount: v?.printed.value ?? '—' },
        locations: [v?.location ?? { line: row.line, table: tableName(from, ctx.lang), row: rowName(row) }],
        actual: v?.printed.value,
      });
    };
    const used = new Set<Row>();
    for (const r10 of p10) {
      const r12 = p12.find((r) => !used.has(r) && sameName(r.label, r10.label));
      if (!r12) {
        missing(t10, r10, t12);
        continue;
      }
      used.add(r12);
      const a = amountOf(ctx, t10, r10);
      const b = amountOf(ctx, t12, r12);
      if (a && b)
        reportSame(ctx, {
          where: where(ctx, r10.label.trim()),
          a: { label: tableName(t10, ctx.lang), located: a },
          b: { label: tableName(t12, ctx.lang), located: b },
        });
    }
    for (const r12 of p12) if (!used.has(r12)) missing(t12, r12, t10);
  },
});
