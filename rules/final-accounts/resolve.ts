import type { Release } from '../../src/model/release.js';
import type { Located } from '../../src/engine/query.js';
import { byCode, cellOf, finalTable, summaryRow, totalRow } from './shared.js';

/**
 * The table figure a 决算 narrative subject names, at a stage: `final` (决算数) or the budget a table
 * prints beside it (公开09表 预算数). Undefined when no table of the release prints it.
 */
export function subjectValue(model: Release, key: string, stage: 'final' | 'budget' = 'final'): Located | undefined {
  if (key.startsWith('threePublic')) {
    const t = finalTable(model, '09');
    const row = t?.rows[0];
    if (!t || !row) return undefined;
    const sub = key === 'threePublic' ? 'total' : key.slice('threePublic.'.length);
    return cellOf(t, row, `${sub}@${stage === 'final' ? 'final' : 'adjusted-budget'}`);
  }
  if (stage !== 'final') return undefined;
  const summary = (number: string, side: 'income' | 'expenditure', line: string) => {
    const t = finalTable(model, number);
    const row = t && summaryRow(model, t, side, line);
    return t && row ? cellOf(t, row, t.columns[0]!.key) : undefined;
  };
  switch (key) {
    case 'total':
      return summary('01', 'income', 'total');
    case 'fiscal.total':
      return summary('04', 'income', 'total');
    case 'income.general':
    case 'income.other':
    case 'carryover':
      return summary('01', 'income', key);
    case 'carryforward':
      return summary('01', 'expenditure', key);
    case 'income.current':
      return summary('01', 'income', 'current');
    case 'spending.current':
      return summary('01', 'expenditure', 'current');
    case 'general.total': {
      const t = finalTable(model, '05');
      const row = t && totalRow(t);
      return t && row ? cellOf(t, row, 'total@final') : undefined;
    }
    case 'basic.public':
    case 'basic.personnel': {
      const t = finalTable(model, '06');
      const row = t?.rows.find((r) => r.label === (key === 'basic.public' ? '公用经费合计' : '人员经费合计'));
      return t && row ? cellOf(t, row, 'amount@final') : undefined;
    }
  }
  const cls = /^class\.(\d{3})$/.exec(key);
  if (cls) {
    const t = finalTable(model, '01');
    const row = t?.rows.find((r) => r.side === 'expenditure' && r.classCode === cls[1]);
    return t && row ? cellOf(t, row, 'amount@final') : undefined;
  }
  const item = /^general\.item\.(\d{7})$/.exec(key);
  if (item) {
    const t = finalTable(model, '05');
    const row = t && byCode(t, item[1]!);
    return t && row ? cellOf(t, row, 'total@final') : undefined;
  }
  return undefined;
}
