import { isOfWhich, normLabel, readCell, sideRows, tableName, totalRow, valueAt, type Located } from '../../src/engine/query.js';
import type { Lang } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { summaryHalf } from '../within-table/summary-lines.js';

/** A figure read from a table, labelled for messages ("部门支出总体情况表 (03) 合计"). */
export interface Figure {
  label: string;
  located: Located;
}

/** The grand row of a nested table: 合计, else its only department row. */
export function grandRow(table: Table): Row | undefined {
  const total = totalRow(table);
  if (total) return total;
  const depts = table.rows.filter((r) => r.role === 'department');
  return depts.length === 1 ? depts[0] : undefined;
}

export function grandFigure(table: Table, key: string, lang: Lang): Figure | undefined {
  const row = grandRow(table);
  if (!row) return undefined;
  const located = valueAt(table, row, key, lang);
  return located ? { label: `${tableName(table, lang)} ${row.label.trim() || key}`, located } : undefined;
}

/** A certain value, or a blank read as zero; undefined when the cell cannot be used. */
export function amountOrZero(table: Table, row: Row, key: string, lang: Lang): Located | undefined {
  const r = readCell(table, row, key, lang);
  if (r.state === 'value') return r.located;
  if (r.state === 'empty') return { printed: { value: '0', decimals: 2 }, location: r.location };
  return undefined;
}

export function summaryFigure(
  table: Table,
  which: 'current' | 'carryover' | 'grand',
  side: 'income' | 'expenditure',
  key: string,
  lang: Lang,
): Figure | undefined {
  const row = summaryHalf(table, side)[which];
  if (!row) return undefined;
  const located = valueAt(table, row, key, lang);
  return located ? { label: `${tableName(table, lang)} ${normLabel(row.label)}`, located } : undefined;
}

const FISCAL_INCOME = /一般公共预算|政府性基金|国有资本经营/;

/**
 * Does table 01 say that all money is of one kind? `fiscal`: only 一般公共预算 / 政府性基金 / 国有资本经营
 * income and no carryover; `general`: only 一般公共预算. Undefined when 01 was not read.
 */
export function incomeIsOnly(model: Release, only: 'fiscal' | 'general', lang: Lang): boolean | undefined {
  const t = model.tables.find((x) => x.kind === 'income-expenditure-summary' && x.status === 'parsed')
    ?? model.tables.find((x) => x.kind === 'income-expenditure-summary' && x.status === 'recovered');
  if (!t) return undefined;
  const half = summaryHalf(t, 'income');
  if (half.currentParts.length === 0) return undefined;
  const allowed = only === 'fiscal' ? FISCAL_INCOME : /一般公共预算/;
  const nonZero = (r: Row) => {
    const v = readCell(t, r, 'amount', lang);
    return v.state !== 'empty' && !(v.state === 'value' && /^-?0+(\.0+)?$/.test(v.located.printed.value));
  };
  if (half.carryover && nonZero(half.carryover)) return false;
  return half.currentParts.every((r) => allowed.test(normLabel(r.label)) || !nonZero(r));
}

/** Income lines of 01/04 naming a fund (一般公共预算 …), excluding `其中` lines. */
export function incomeLine(table: Table, pattern: RegExp): Row | undefined {
  return sideRows(table, 'income').find((r) => !isOfWhich(r) && pattern.test(normLabel(r.label)));
}
