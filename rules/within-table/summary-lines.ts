import { isOfWhich, normLabel, sideRows } from '../../src/engine/query.js';
import type { Row, Table } from '../../src/model/table.js';
import type { Template } from '../../src/template/index.js';

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

type Blocks = NonNullable<ReturnType<Template['summaryBlocks']>>;

function isSpecial(b: Blocks, r: Row): boolean {
  const l = normLabel(r.label);
  return b.current.test(l) || b.carryover.test(l) || b.grand.test(l) || b.beside.test(l);
}

function addends(b: Blocks, rows: readonly Row[]): Row[] {
  return rows.filter((r) => !isOfWhich(r) && !isSpecial(b, r) && normLabel(r.label) !== '');
}

/** Lines following `index` up to the next special line. */
function following(b: Blocks, rows: readonly Row[], index: number): Row[] {
  const out: Row[] = [];
  for (let i = index + 1; i < rows.length && !isSpecial(b, rows[i]!); i++) out.push(rows[i]!);
  return out;
}

/** The blocks of one half, the lines closing them known by the template's words for them. */
export function summaryHalf(template: Template, table: Table, side: 'income' | 'expenditure'): SummaryHalf {
  const b = template.summaryBlocks(table.kind);
  if (!b) return { side, currentParts: [], carryoverParts: [] };
  const rows = sideRows(table, side);
  const idx = (re: RegExp) => rows.findIndex((r) => re.test(normLabel(r.label)));
  const ci = idx(b.current);
  const oi = idx(b.carryover);
  const gi = idx(b.grand);
  let currentParts: Row[] = [];
  if (ci >= 0) {
    const after = addends(b, following(b, rows, ci));
    currentParts = after.length > 0 ? after : addends(b, rows.slice(0, ci));
  }
  return {
    side,
    current: rows[ci],
    currentParts,
    carryover: rows[oi],
    carryoverParts: oi >= 0 ? addends(b, following(b, rows, oi)) : [],
    grand: rows[gi],
  };
}
