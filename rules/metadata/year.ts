import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import type { Location } from '../../src/model/report.js';
import { NO_BUDGET_YEAR } from '../skip-reasons.js';

/**
 * Years that state the budget year: table titles, TOC titles, and `X年(度)部门预算` phrases
 * (headings and the narrative title). Amounts, document numbers and deadlines are not looked at.
 */
const PHRASE = /((?:19|20)\d{2})\s*年度?\s*(?:部门|单位)\s*预\s*算/g;

export const metadataYear = defineRule({
  id: 'metadata-year',
  family: 'metadata',
  severity: 'warning',
  title: { zh: '预算年度不一致', en: 'Budget year differs' },
  docs: {
    zh: '封面、情况说明标题、目录和各表标题中的预算年度须一致；只看标题和“X年部门预算”字样，不看金额、文号或日期。',
    en: 'The budget year must be the same on the cover, the narrative title, the table of contents and every table title; only titles and “X年部门预算” phrases count, never amounts, document numbers or dates.',
  },
  messages: {
    differs: {
      zh: '{where}写作{found}年，预算年度为{year}年（第{yearLine}行）',
      en: '{where} says {found}; the budget year is {year} (line {yearLine})',
    },
  },
  check(model, ctx) {
    const year = model.meta.year;
    if (!year) {
      ctx.skip(NO_BUDGET_YEAR);
      return;
    }
    const seen = new Set<number>();
    const report = (found: number, location: Location, where: string) => {
      if (found === year.value || seen.has(location.line)) return;
      seen.add(location.line);
      ctx.report({
        messageId: 'differs',
        data: { where, found, year: year.value, yearLine: year.line },
        locations: [location, { line: year.line, value: String(year.value) }],
        expected: String(year.value),
        actual: String(found),
        difference: String(found - year.value),
      });
    };
    for (const t of model.tables) {
      if (t.year === undefined) continue;
      report(t.year, { line: t.titleLine, table: tableName(t, ctx.lang), value: String(t.year) }, ctx.lang === 'zh' ? `表“${t.title}”` : `table “${t.title}”`);
    }
    for (const e of model.toc?.entries ?? []) {
      const m = /((?:19|20)\d{2})\s*年/.exec(e.title);
      if (m) report(parseInt(m[1]!, 10), { line: e.line, value: m[1]! }, ctx.lang === 'zh' ? `目录“${e.title}”` : `contents entry “${e.title}”`);
    }
    ctx.lines.forEach((text, i) => {
      for (const m of text.matchAll(PHRASE)) {
        // `与2025年部门预算相比`, `比2025年…`: a comparison names last year on purpose.
        if (/[比与较同]\s*$/.test(text.slice(0, m.index))) continue;
        report(parseInt(m[1]!, 10), { line: i + 1, value: m[0] }, `“${m[0].replace(/\s/g, '')}”`);
      }
    });
  },
});
