import { firstValue, tableName, tablesOf, type Located } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { reportSum, SUM_MESSAGES, where } from './sum-finding.js';
import { tablesLacking } from '../skip-reasons.js';
import { templateOf, type Template } from '../../src/template/index.js';

/**
 * 11's 预算情况 block is typed by hand and its rows are loose (labels sometimes sit in a cell), so
 * lines are found by the template's words for them in the label and text cells together.
 */
export type BlockLine = 'total' | 'govBudget' | 'specialAccount' | 'unitFunds' | 'basic' | 'project';

export function rowText(row: Row): string {
  return [row.label, ...row.cells.filter((c) => c.status === 'text').map((c) => c.raw)].join(' ').replace(/\s+/g, '');
}

/** The amount printed on a block line, with its label for messages. */
function lineAmount(template: Template, table: Table, line: BlockLine, lang: 'zh' | 'en'): { label: string; located: Located } | undefined {
  const words = template.blockLines(table.kind).get(line);
  if (!words) return undefined;
  for (const row of table.rows) {
    const m = rowText(row).match(words);
    if (!m) continue;
    const located = firstValue(table, row, lang);
    if (located) return { label: m[0], located };
    return undefined;
  }
  return undefined;
}

function checkBlock(ctx: RuleContext, template: Template, table: Table, parts: readonly BlockLine[]): void {
  const total = lineAmount(template, table, 'total', ctx.lang);
  if (!total) return;
  const found = parts.map((p) => lineAmount(template, table, p, ctx.lang));
  if (found.every((f) => f === undefined)) return;
  reportSum(ctx, {
    where: where(ctx, tableName(table, ctx.lang)),
    totalLabel: total.label,
    total: total.located,
    parts: found.filter((f) => f !== undefined),
  });
}

export const performanceBudget = defineRule({
  id: 'table-performance-budget',
  family: 'within-table',
  severity: 'error',
  title: { zh: '整体绩效目标表预算情况', en: 'Budget block of the overall performance table' },
  docs: {
    zh: '部门（单位）整体绩效目标表（11）的预算情况：部门预算总额 = 资金来源各项（政府预算资金 + 财政专户管理资金 + 单位资金）= 基本支出 + 项目支出。',
    en: 'The budget block of the overall performance table (11): the budget total = its funding sources (government budget + special account + unit funds) = basic + project spending.',
  },
  messages: { ...SUM_MESSAGES },
  check(model: Release, ctx) {
    const tables = tablesOf(model, 'performance-overall');
    if (tables.length === 0) return ctx.skip(tablesLacking(model, { 'performance-overall': null }));
    for (const table of tables) {
      checkBlock(ctx, templateOf(model), table, ['govBudget', 'specialAccount', 'unitFunds']);
      checkBlock(ctx, templateOf(model), table, ['basic', 'project']);
    }
  },
});
