import { defineRule } from '../../src/engine/rule.js';
import { NO_BUDGET_YEAR } from '../skip-reasons.js';
import { plain, proseLines } from '../structure/regions.js';

/** An asset count as at a year's end: `2025年期末，…共有车辆5辆`. */
const STOCK = /((?:19|20)\d{2})年(?:期末|末|底)(?=.{0,60}(?:共有|车辆|资产|占用))/g;
/** `…支出2025年预算安排`: the year a budget is drawn up for. */
const ARRANGED = /((?:19|20)\d{2})年(?:度)?预算安排/g;
/** Words that make a year a comparison on purpose. */
const COMPARISON = /[比较]|与|相比|上年|以前年度|同期/;

export const wordingYearReference = defineRule({
  id: 'wording-year-reference',
  family: 'wording',
  severity: 'warning',
  title: { zh: '年份用错', en: 'Wrong year in the text' },
  docs: {
    zh: '预算中的资产占用情况以上年末为准（2026年预算写“2025年期末，共有车辆…”，决算写本年末）；“X年预算安排”指本预算年度的安排，除非是与往年的比较。照抄上年文本时这些年份常未改动或改错。',
    en: 'A budget states its assets as at the end of the previous year (a 2026 budget says “2025年期末，共有车辆…”; final accounts say the year itself); “X年预算安排” is the budget year’s arrangement unless the sentence compares years. Text copied from last year keeps these years unchanged or changes them wrongly.',
  },
  messages: {
    stock: {
      zh: '“{text}”：{kind}的资产数应截至{expected}年末，文中写{found}年',
      en: '“{text}”: a {kind} states assets at the end of {expected}, the text says {found}',
    },
    arranged: {
      zh: '“{text}”：本预算为{year}年预算，文中写{found}年预算安排',
      en: '“{text}”: this is the {year} budget, the text speaks of the {found} budget arrangement',
    },
  },
  check(model, ctx) {
    const year = model.meta.year?.value;
    if (year === undefined) {
      ctx.skip(NO_BUDGET_YEAR);
      return;
    }
    const finalAccounts = model.meta.kind?.value.endsWith('决算') ?? false;
    const kind = ctx.lang === 'zh' ? (finalAccounts ? '决算' : '预算') : finalAccounts ? 'final accounts' : 'budget';
    const stockYear = finalAccounts ? year : year - 1;
    for (const n of proseLines(model, ctx.lines)) {
      const p = plain(ctx.lines[n - 1] ?? '');
      for (const m of p.matchAll(STOCK)) {
        const found = parseInt(m[1]!, 10);
        if (found === stockYear) continue;
        ctx.report({
          messageId: 'stock',
          data: { text: m[0], kind, expected: stockYear, found },
          locations: [{ line: n, value: m[0] }],
          expected: String(stockYear),
          actual: String(found),
          difference: String(found - stockYear),
        });
      }
      if (finalAccounts) continue;
      for (const m of p.matchAll(ARRANGED)) {
        const found = parseInt(m[1]!, 10);
        if (found === year) continue;
        const clause = p.slice(0, m.index).split(/[，。；,;]/).pop() ?? '';
        if (COMPARISON.test(clause)) continue;
        ctx.report({
          messageId: 'arranged',
          data: { text: m[0], year, found },
          locations: [{ line: n, value: m[0] }],
          expected: String(year),
          actual: String(found),
          difference: String(found - year),
        });
      }
    }
  },
});
