import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/engine/query.js';
import { cellOf, finalTable, reportSum, summaryRow, tableName } from './shared.js';

const NOT_FINAL = { zh: '不是部门决算', en: 'not a final-accounts release' };

export const faBalance = defineRule({
  id: 'fa-balance',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算收支平衡：收入 + 年初结转和结余 = 支出 + 结余分配 + 年末结转和结余', en: 'Final accounts balance: income + opening balance = spending + distribution + closing balance' },
  docs: {
    zh: '公开01表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。公开04表同理，并逐项核对各类财政拨款（一般公共预算、政府性基金、国有资本经营）：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余；公开07表逐行同理。',
    en: 'Table 01: income total = current income + use of non-fiscal surplus + opening balance; spending total = current spending + surplus distribution + closing balance; the totals agree. Table 04 likewise, and fund by fund (general, government funds, state capital): opening + income = spending + closing; table 07 row by row.',
  },
  messages: {
    sum: { zh: '{what}：印为{total}，而{parts}之和为{sum}，相差{difference}', en: '{what}: printed {total}, but {parts} sum to {sum} (difference {difference})' },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    const t01 = finalTable(model, '01');
    const t04 = finalTable(model, '04');
    if (!t01 && !t04) return ctx.skip({ zh: '未找到公开01表和公开04表', en: 'tables 01 and 04 not found' });
    for (const t of [t01, t04]) {
      if (!t) continue;
      const name = tableName(t);
      const at = (side: 'income' | 'expenditure', key: string, column = t.columns[0]!.key): Located | undefined => {
        const row = summaryRow(model, t, side, key);
        return row ? cellOf(t, row, side === 'income' ? t.columns[0]!.key : column) : undefined;
      };
      const inTotal = at('income', 'total');
      const outTotal = at('expenditure', 'total');
      const inParts = ['current', 'surplus-use', 'carryover'].map((k) => at('income', k)).filter((x): x is Located => !!x);
      const outParts = ['current', 'distribution', 'carryforward'].map((k) => at('expenditure', k)).filter((x): x is Located => !!x);
      if (inTotal && inParts.length >= 2) reportSum(ctx, 'sum', inTotal, inParts, { zh: `${name} 收入总计`, en: `${name} income total` });
      if (outTotal && outParts.length >= 2) reportSum(ctx, 'sum', outTotal, outParts, { zh: `${name} 支出总计`, en: `${name} spending total` });
      if (inTotal && outTotal) reportSum(ctx, 'sum', inTotal, [outTotal], { zh: `${name} 收入总计 = 支出总计`, en: `${name} income total = spending total` });
      if (t === t04) {
        // fund by fund: the income half lists each fund's current income and opening balance as lines,
        // the expenditure half prints each fund as a column
        const incomeRows = t.rows.filter((r) => r.side === 'income');
        const carryAt = incomeRows.findIndex((r) => /年初.*结转和结余/.test(r.label));
        for (const fund of ['general', 'govFund', 'stateCapital'] as const) {
          const line = fund === 'general' ? '一般公共预算财政拨款' : fund === 'govFund' ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
          const income = incomeRows.find((r, i) => (carryAt < 0 || i < carryAt) && r.label.startsWith(line));
          const opening = incomeRows.find((r, i) => carryAt >= 0 && i > carryAt && r.label === line);
          const spent = at('expenditure', 'current', `${fund}@final`);
          const closing = at('expenditure', 'carryforward', `${fund}@final`);
          if (!income || !opening || !spent || !closing) continue;
          const a = cellOf(t, income, t.columns[0]!.key);
          const b = cellOf(t, opening, t.columns[0]!.key);
          if (!a || !b) continue;
          // opening + income = spending + closing, checked as income = spending + closing − opening
          reportSum(ctx, 'sum', a, [spent, closing, { ...b, printed: { value: negate(b.printed.value), decimals: b.printed.decimals } }], {
            zh: `${name} ${line}：本年收入 = 本年支出 + 年末结转和结余 − 年初结转和结余`,
            en: `${name} ${line}: income = spending + closing − opening balance`,
          });
        }
      }
    }
    const t07 = finalTable(model, '07');
    if (t07)
      for (const row of t07.rows) {
        const [open, income, spent, close] = ['carryover@final', 'income@final', 'total@final', 'carryforward@final'].map((k) => cellOf(t07, row, k));
        if (!open || !income || !spent || !close) continue;
        reportSum(ctx, 'sum', income, [spent, close, { ...open, printed: { value: negate(open.printed.value), decimals: open.printed.decimals } }], {
          zh: `${tableName(t07)} ${row.label}：本年收入 = 本年支出 + 年末结转和结余 − 年初结转和结余`,
          en: `${tableName(t07)} ${row.label}: income = spending + closing − opening balance`,
        });
      }
  },
});

function negate(v: string): string {
  return v.startsWith('-') ? v.slice(1) : v === '0' || /^0(\.0+)?$/.test(v) ? v : `-${v}`;
}
