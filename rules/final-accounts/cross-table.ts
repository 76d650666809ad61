import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { checkSame, dec, fmt } from '../../src/engine/decimal.js';
import { sameIdentity } from '../../src/engine/identity.js';
import type { Located } from '../../src/engine/query.js';
import type { Table } from '../../src/model/table.js';
import { cellOf, finalTable, reportSum, summaryRow, totalRow } from './shared.js';

const NOT_FINAL = { zh: '不是部门决算', en: 'not a final-accounts release' };

function same(ctx: RuleContext, a: Located | undefined, b: Located | undefined, what: { zh: string; en: string }): void {
  if (!a || !b) return;
  const r = checkSame(a.printed, b.printed);
  const identity = sameIdentity(a, b);
  if (r.verdict === 'exact') {
    ctx.observe?.(identity);
    return;
  }
  ctx.report({
    messageId: 'differs',
    severity: r.verdict === 'rounding' ? 'info' : undefined,
    data: { what: what[ctx.lang], a: a.printed.value, b: b.printed.value, difference: fmt(r.difference) },
    locations: [a.location, b.location],
    expected: b.printed.value,
    actual: a.printed.value,
    difference: fmt(r.difference),
    identities: [identity],
  });
}

function classRowValue(t: Table, code: string, key: string): Located | undefined {
  const row = t.rows.find((r) => r.functionCode?.code === code);
  return row ? cellOf(t, row, key) : undefined;
}

export const faCrossTable = defineRule({
  id: 'fa-cross-table',
  family: 'final-accounts',
  severity: 'error',
  title: { zh: '决算表之间数字不一致', en: 'Final accounts tables disagree with each other' },
  docs: {
    zh: '公开01表各类支出 = 公开03表该类本年支出合计；公开04表各类支出 = 公开05表该类小计；01表本年收入合计 = 02表合计，本年支出合计 = 03表合计；04表一般公共预算财政拨款本年支出 = 05表合计；05表基本支出合计 = 06表人员经费合计 + 公用经费合计；09表决算数公务用车运行维护费、公务接待费不小于06表30231、30217（三公经费可含项目支出）。',
    en: 'Each class line of table 01 = that class’s row in 03; of 04 = its row in 05; 01’s current income = 02’s total and current spending = 03’s; 04’s general-budget spending = 05’s total; 05’s basic spending = 06’s personnel + public totals; 09’s vehicle operation and reception actuals are at least 06’s 30231 and 30217 (三公 money may come from projects too).',
  },
  messages: {
    differs: { zh: '{what}：{a}与{b}不符，相差{difference}', en: '{what}: {a} and {b} differ by {difference}' },
    below: { zh: '{what}：公开09表决算数{a}小于公开06表基本支出{b}', en: '{what}: table 09’s actual {a} is below table 06’s basic spending {b}' },
  },
  check(model, ctx) {
    if (!model.finalAccounts) return ctx.skip(NOT_FINAL);
    const [t01, t02, t03, t04, t05, t06, t09] = ['01', '02', '03', '04', '05', '06', '09'].map((n) => finalTable(model, n));
    if (t01 && t03)
      for (const row of t01.rows.filter((r) => r.side === 'expenditure' && r.classCode)) {
        const a = cellOf(t01, row, 'amount@final');
        const b = classRowValue(t03, row.classCode!, 'total@final');
        if (a && nonZero(a) && !b) ctx.partial({ zh: `公开03表无${row.classCode}类`, en: `table 03 has no class ${row.classCode}` });
        same(ctx, a, b, { zh: `${row.label}（公开01表与公开03表）`, en: `${row.label} (tables 01 and 03)` });
      }
    if (t04 && t05)
      for (const row of t04.rows.filter((r) => r.side === 'expenditure' && r.classCode)) {
        same(ctx, cellOf(t04, row, 'general@final'), classRowValue(t05, row.classCode!, 'total@final'), {
          zh: `${row.label}（公开04表与公开05表）`,
          en: `${row.label} (tables 04 and 05)`,
        });
      }
    const sumAt = (t: Table | undefined, side: 'income' | 'expenditure', key: string, col?: string) => {
      const row = t && summaryRow(model, t, side, key);
      return t && row ? cellOf(t, row, col ?? t.columns[0]!.key) : undefined;
    };
    const totalOf = (t: Table | undefined, key: string) => {
      const row = t && totalRow(t);
      return t && row ? cellOf(t, row, key) : undefined;
    };
    same(ctx, sumAt(t01, 'income', 'current'), totalOf(t02, 'total@final'), { zh: '本年收入合计（公开01表与公开02表）', en: 'current income (tables 01 and 02)' });
    same(ctx, sumAt(t01, 'expenditure', 'current'), totalOf(t03, 'total@final'), { zh: '本年支出合计（公开01表与公开03表）', en: 'current spending (tables 01 and 03)' });
    same(ctx, sumAt(t04, 'expenditure', 'current', 'general@final'), totalOf(t05, 'total@final'), {
      zh: '一般公共预算财政拨款支出（公开04表与公开05表）',
      en: 'general-budget spending (tables 04 and 05)',
    });
    const basic = totalOf(t05, 'basic@final');
    const personnel = t06?.rows.find((r) => r.label === '人员经费合计');
    const pub = t06?.rows.find((r) => r.label === '公用经费合计');
    if (t06 && basic && personnel && pub) {
      const p = cellOf(t06, personnel, 'amount@final');
      const q = cellOf(t06, pub, 'amount@final');
      if (p && q) reportSum(ctx, 'differs', basic, [p, q], { zh: '基本支出（公开05表 = 公开06表人员经费 + 公用经费）', en: 'basic spending (table 05 = 06 personnel + public)' });
    }
    if (t06 && t09?.rows[0]) {
      for (const [key, code, label] of [
        ['vehicle.operation@final', '30231', '公务用车运行维护费'],
        ['reception@final', '30217', '公务接待费'],
      ] as const) {
        const a = cellOf(t09, t09.rows[0], key);
        const line = t06.rows.find((r) => r.econ?.dept?.code === code);
        const b = line ? cellOf(t06, line, 'amount@final') : undefined;
        if (a && b && dec(a.printed.value).lt(dec(b.printed.value)))
          ctx.report({ messageId: 'below', data: { what: label, a: a.printed.value, b: b.printed.value }, locations: [a.location, b.location] });
      }
    }
  },
});

function nonZero(l: Located): boolean {
  return !dec(l.printed.value).isZero();
}
