import type { Column, Row } from '../../model/table.js';
import { parseAmount } from '../number.js';
import { makeCell } from './cells.js';
import type { CellLine } from './layout.js';
import { compact } from './text.js';

/** The budget block of 11, keyed by what each line names; the words decide, not the tab positions. */
const BUDGET_ITEMS: ReadonlyArray<readonly [RegExp, string, 'total' | 'item']> = [
  [/部门预算总额|预算总额/, '部门预算总额', 'total'],
  [/政府预算资金/, '政府预算资金', 'item'],
  [/财政专户管理资金/, '财政专户管理资金', 'item'],
  [/单位资金/, '单位资金', 'item'],
  [/基本支出/, '基本支出', 'item'],
  [/项目支出/, '项目支出', 'item'],
];

export const BUDGET_COLUMN: Column = { key: 'amount', label: '金额', path: ['预算情况'] };

/**
 * 11 (部门整体绩效目标表): the 预算情况 block, one row per line — 部门预算总额, 资金来源 (1)(2)(3),
 * 资金结构 (1)(2). The amount is the line's printed number wherever it stands (000 line 473 prints
 * `(2)项目支出` one cell to the left).
 */
export function readBudgetBlock(lines: readonly CellLine[]): Row[] {
  const rows: Row[] = [];
  let inBlock = false;
  for (const l of lines) {
    const words = l.cells.map((c) => compact(c));
    const text = words.join('');
    if (/预算情况|部门预算总额/.test(text)) inBlock = true;
    if (!inBlock) continue;
    if (/一级指标|二级指标/.test(text)) break;
    const item = BUDGET_ITEMS.find(([re]) => re.test(text));
    if (!item) continue;
    const ordinal = /[（(]\s*(\d)\s*[)）]\s*(?:政府预算资金|财政专户管理资金|单位资金|基本支出|项目支出)/.exec(text)?.[1];
    const amount = l.cells.filter((c) => c.trim() !== '' && parseAmount(c) !== null).pop() ?? '';
    rows.push({
      line: l.line,
      role: item[2],
      label: item[1],
      ...(ordinal ? { ordinal } : {}),
      ofWhich: false,
      cells: [makeCell(BUDGET_COLUMN.key, amount, l.line)],
    });
  }
  return rows;
}
