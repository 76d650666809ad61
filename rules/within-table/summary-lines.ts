import { isOfWhich, normLabel, sideRows } from '../../src/engine/query.js';
import type { Row, Table } from '../../src/model/table.js';

/**
 * The structure of one half of a side-by-side summary (01, 04). Two layouts exist:
 * 01 lists the lines first and prints 本年收入合计 / 上年结转结余 / 收入总计 at the foot;
 * 04 opens with 一、本年收入 followed by its lines, then 二、上年结转 with its own lines, then 收入合计.
 */
export interface SummaryHalf {
  side: 'income' | 'expenditure';
  current?: Row;
  currentParts: Row[];
  carryover?: Row;
  carryoverParts: Row[];
  grand?: Row;
}

export const CURRENT_RE = /^本年(收入|支出)(合计)?$/;
// other templates word the carry-over lines 上年结余、结转 / 结转下年 / 结转结余下年 / 结转下年支出 (Shenzhen,
// Guangzhou, Fujian, Hunan, Chongqing)
export const CARRYOVER_RE = /^(上年结转(结余)?|年终结转(结余)?|上年结余[、，]结转|结转下年(支出)?|结转结余下年)$/;
/** Lines below the totals that are neither a part nor the carry-over: 结余分配 (Hunan), the balances of own
 * accounts and non-fiscal balances (Shaanxi). */
const BESIDE_RE = /^(结余分配|使用非财政拨款结余|上年实户资金余额|未安排支出的实户资金)$/;
export const GRAND_RE = /^(收入|支出)(总计|合计)$/;

function isSpecial(r: Row): boolean {
  const l = normLabel(r.label);
  return CURRENT_RE.test(l) || CARRYOVER_RE.test(l) || GRAND_RE.test(l) || BESIDE_RE.test(l);
}

function addends(rows: readonly Row[]): Row[] {
  return rows.filter((r) => !isOfWhich(r) && !isSpecial(r) && normLabel(r.label) !== '');
}

/** Lines following `index` up to the next special line. */
function following(rows: readonly Row[], index: number): Row[] {
  const out: Row[] = [];
  for (let i = index + 1; i < rows.length && !isSpecial(rows[i]!); i++) out.push(rows[i]!);
  return out;
}

export function summaryHalf(table: Table, side: 'income' | 'expenditure'): SummaryHalf {
  const rows = sideRows(table, side);
  const idx = (re: RegExp) => rows.findIndex((r) => re.test(normLabel(r.label)));
  const ci = idx(CURRENT_RE);
  const oi = idx(CARRYOVER_RE);
  const gi = idx(GRAND_RE);
  let currentParts: Row[] = [];
  if (ci >= 0) {
    const after = addends(following(rows, ci));
    currentParts = after.length > 0 ? after : addends(rows.slice(0, ci));
  }
  return {
    side,
    current: rows[ci],
    currentParts,
    carryover: rows[oi],
    carryoverParts: oi >= 0 ? addends(following(rows, oi)) : [],
    grand: rows[gi],
  };
}
