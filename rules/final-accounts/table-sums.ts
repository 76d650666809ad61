import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Located } from '../../src/engine/query.js';
import type { Row, Table } from '../../src/model/table.js';
import type { Release } from '../../src/model/release.js';
import { cellOf, finalTable, reportSum, summaryRow, tableName, totalRow } from './shared.js';

const NOT_FINAL = { zh: '不是部门决算', en: 'not a final-accounts release' };

/** Columns that add up to another column of the same row, per table number. */
const COLUMN_IDENTITIES: Record<string, Array<{ total: string; parts: string[] }>> = {
  '02': [{ total: 'total@final', parts: ['fiscal@final', 'superior@final', 'business@final', 'operating@final', 'affiliated@final', 'other@final'] }],
  '03': [{ total: 'total@final', parts: ['basic@final', 'project@final', 'toSuperior@final', 'operating@final', 'toAffiliated@final'] }],
  '05': [{ total: 'total@final', parts: ['basic@final', 'project@final'] }],
  '07': [{ total: 'total@final', parts: ['basic@final', 'project@final'] }],
  '08': [{ total: 'total@final', parts: ['basic@final', 'project@final'] }],
  '09': ['adjusted-budget', 'final'].flatMap((s) => [
    { total: `total@${s}`, parts: [`abroad@${s}`, `vehicle@${s}`, `reception@${s}`] },
    { total: `vehicle@${s}`, parts: [`vehicle.purchase@${s}`, `vehicle.operation@${s}`] },
  ]),
};

function located(list: Array<Located | undefined>): Located[] | undefined {
  return list.every((x) => x !== undefined) ? (list as Located[]) : undefined;
}

function columnSums(ctx: RuleContext, t: Table): void {
  for (const id of COLUMN_IDENTITIES[t.number ?? ''] ?? [])
    for (const row of t.rows) {
      const total = cellOf(t, row, id.total);
      const parts = located(id.parts.filter((k) => t.columns.some((c) => c.key === k)).map((k) => cellOf(t, row, k)));
      if (!total || !parts) continue;
      const col = t.columns.find((c) => c.key === id.total);
      reportSum(ctx, 'sum', total, parts, {
        zh: `${tableName(t)} ${row.functionCode?.code ?? ''}${row.label} ${col?.path.join('') ?? id.total}（列合计）`,
        en: `${tableName(t)} ${row.functionCode?.code ?? ''}${row.label} ${id.total} (columns)`,
      });
    }
}

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, by code prefixes, in every column. */
function rowHierarchy(ctx: RuleContext, t: Table): void {
  const coded = t.rows.filter((r) => r.functionCode);
  const childrenOf = (parent: Row | undefined): Row[] => {
    if (!parent) return coded.filter((r) => r.functionCode!.code.length === 3);
    const code = parent.functionCode!.code;
    return coded.filter((r) => r.functionCode!.code.length === code.length + 2 && r.functionCode!.code.startsWith(code));
  };
  const total = totalRow(t);
  const parents: Array<Row | undefined> = [...(total ? [undefined] : []), ...coded.filter((r) => r.functionCode!.code.length < 7)];
  for (const parent of parents) {
    const kids = childrenOf(parent);
    if (kids.length === 0) continue;
    const row = parent ?? total!;
    for (const col of t.columns) {
      const sum = cellOf(t, row, col.key);
      const parts = located(kids.map((k) => cellOf(t, k, col.key)));
      if (!sum || !parts) continue;
      reportSum(ctx, 'sum', sum, parts, {
        zh: `${tableName(t)} ${row.functionCode?.code ?? ''}${row.label} ${col.path.join('')}（下级行之和）`,
        en: `${tableName(t)} ${row.functionCode?.code ?? ''}${row.label} ${col.key} (sum of the rows beneath)`,
      });
    }
  }
}

/** 01/04: 本年收入合计 = the income lines above it, 本年支出合计 = the class lines. */
function summaryLines(ctx: RuleContext, model: Release, t: Table): void {
  const incomeTotal = summaryRow(model, t, 'income', 'current');
  const incomeLines = t.rows.filter((r) => r.side === 'income' && incomeTotal && r.line < incomeTotal.line);
  if (incomeTotal) {
    const total = cellOf(t, incomeTotal, t.columns[0]!.key);
    const parts = located(incomeLines.map((r) => cellOf(t, r, t.columns[0]!.key)));
    if (total && parts && parts.length > 0)
      reportSum(ctx, 'sum', total, parts, { zh: `${tableName(t)} 本年收入合计（收入各行之和）`, en: `${tableName(t)} current income (sum of the income lines)` });
  }
  const spentTotal = summaryRow(model, t, 'expenditure', 'current');
  const classLines = t.rows.filter((r) => r.side === 'expenditure' && spentTotal && r.line < spentTotal.line);
  if (spentTotal)
    for (const col of t.columns) {
      const total = cellOf(t, spentTotal, col.key);
      const parts = located(classLines.map((r) => cellOf(t, r, col.key)));
      if (total && parts && parts.length > 0)
        reportSum(ctx, 'sum', total, parts, {
          zh: `${tableName(t)} 本年支出合计 ${col.label}（各类支出之和）`,
          en: `${tableName(t)} current spending ${col.key} (sum of the class lines)`,
        });
    }
  // 04's expenditure half: 合计 = the three funds on every line
  if (t.number === '04')
    for (const row of t.rows.filter((r) => r.side === 'expenditure')) {
      const total = cellOf(t, row, 'total@final');
      const parts = located(['general@final', 'govFund@final', 'stateCapital@final'].map((k) => cellOf(t, row, k)));
      if (total && parts) reportSum(ctx, 'sum', total, parts, { zh: `${tableName(t)} ${row.label} 合计（各类财政拨款之和）`, en: `${tableName(t)} ${row.label} total (sum of the funds)` });
    }
}

/** 06: each class line = its items; 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310 + 399. */
function economicSums(ctx: RuleContext, t: Table): void {
  const key = t.columns[0]!.key;
  const coded = t.rows.filter((r) => r.econ?.dept);
  const code = (r: Row) => r.econ!.dept!.code;
  for (const cls of coded.filter((r) => code(r).length === 3)) {
    const items = coded.filter((r) => code(r).length === 5 && code(r).startsWith(code(cls)));
    const total = cellOf(t, cls, key);
    const parts = located(items.map((r) => cellOf(t, r, key)));
    if (total && parts && parts.length > 0)
      reportSum(ctx, 'sum', total, parts, { zh: `${tableName(t)} ${code(cls)}${cls.label}（各款之和）`, en: `${tableName(t)} ${code(cls)} (sum of its items)` });
  }
  const groups: Array<[string, string[]]> = [
    ['人员经费合计', ['301', '303']],
    ['公用经费合计', ['302', '307', '310', '399']],
  ];
  for (const [label, classes] of groups) {
    const row = t.rows.find((r) => r.label === label);
    const total = row && cellOf(t, row, key);
    const parts = located(coded.filter((r) => classes.includes(code(r))).map((r) => cellOf(t, r, key)));
    if (total && parts && parts.length > 0) reportSum(ctx, 'sum', total, parts, { zh: `${tableName(t)} ${label}`, en: `${tableName(t)} ${label}` });
  }
}

export const faTableSums = defineRule({
  id: 'fa-table-sums',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算表行列合计不符', en: 'Final accounts table: row or column sums do not add up' },
  docs: {
    zh: '公开02/03/05/07/08表：合计列 = 各组成列，合计行 = 各类之和，类 = 各款之和，款 = 各项之和；公开01/04表：本年收入合计 = 各收入行，本年支出合计 = 各类支出行，04表支出各行合计 = 三类财政拨款；公开06表：类 = 各款，人员经费合计 = 301 + 303，公用经费合计 = 302 + 307 + 310 + 399；公开09表：合计 = 出国 + 公务用车 + 接待，公务用车 = 购置 + 运行维护（预算数与决算数各自成立）。差异在四舍五入区间内为尾差（提示）。',
    en: 'Tables 02/03/05/07/08: the total column = its parts, the 合计 row = Σ classes, class = Σ 款, 款 = Σ 项; tables 01/04: current income = the income lines, current spending = the class lines, and in 04 each line’s total = the three funds; table 06: class = its items, personnel = 301 + 303, public = 302 + 307 + 310 + 399; table 09: total = abroad + vehicles + reception, vehicles = purchase + operation (budget and actual each). A difference within the rounding interval is a tail (info).',
  },
  messages: {
    sum: { zh: '{what}：印为{total}，而{parts}之和为{sum}，相差{difference}', en: '{what}: printed {total}, but {parts} sum to {sum} (difference {difference})' },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    for (const number of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      const t = finalTable(model, number);
      if (!t) {
        ctx.partial({ zh: `未找到公开${number}表`, en: `table ${number} not found` });
        continue;
      }
      if (number === '01' || number === '04') summaryLines(ctx, model, t);
      else if (number === '06') economicSums(ctx, t);
      else {
        columnSums(ctx, t);
        if (number !== '09') rowHierarchy(ctx, t);
      }
    }
  },
});
