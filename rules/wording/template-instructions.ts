import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import type { Table } from '../../src/model/table.js';
import { plain } from '../structure/regions.js';
import { pushTo } from '../../src/group.js';

/**
 * Guidance the template gives the author, printed as if it were content: how to fill a section in,
 * what to choose, what an indicator should look like.
 */
const INSTRUCTIONS: readonly RegExp[] = [
  /[（(]以下[^（()）]{0,40}(?:须|需|应|仍需)[^（()）]{0,40}[)）]/,
  /(?:相关情况)?应予以细化、?量化表述/,
  /分项具体列示本部门/,
  /可根据(?:部门)?实际情况有选择的?进行设置/,
  /并将三级指标细化为相应的个性化指标/,
  /依次选择“/,
  /(?:请|须)(?:据实)?填写/,
];

export const wordingTemplateInstructions = defineRule({
  id: 'wording-template-instructions',
  family: 'wording',
  severity: 'warning',
  title: { zh: '残留模板填写说明', en: 'Template instructions left in the text' },
  docs: {
    zh: '模板给编制人员的填写说明（“以下情况金额为0的，仍需进行情况说明”“相关情况应予以细化、量化表述”“可根据部门实际情况有选择的进行设置”“依次选择…”）不属于公开内容，应删除或改写为实际内容。同一张表中的说明合为一条报告。',
    en: 'The template’s guidance to the author (“以下情况金额为0的，仍需进行情况说明”, “相关情况应予以细化、量化表述”, “可根据部门实际情况有选择的进行设置”, “依次选择…”) is not content: it must be removed or replaced by what it asks for. Guidance within one table is reported once.',
  },
  messages: {
    instruction: { zh: '模板填写说明未删除：“{text}”', en: 'template instruction left in: “{text}”' },
    inTable: { zh: '{table}中有{count}处模板填写说明未删除，如“{text}”', en: '{table} keeps {count} template instruction(s), such as “{text}”' },
  },
  check(model, ctx) {
    const tableAt = (n: number): Table | undefined => model.tables.find((t) => n >= t.titleLine && n <= t.endLine);
    const perTable = new Map<Table, Array<{ line: number; text: string }>>();
    ctx.lines.forEach((raw, i) => {
      const p = plain(raw);
      const m = INSTRUCTIONS.map((re) => re.exec(p)).find((x) => x);
      if (!m) return;
      const t = tableAt(i + 1);
      if (t) {
        pushTo(perTable, t, { line: i + 1, text: m[0] });
        return;
      }
      ctx.report({ messageId: 'instruction', data: { text: m[0] }, locations: [{ line: i + 1, value: m[0] }] });
    });
    for (const [t, hits] of perTable) {
      ctx.report({
        messageId: 'inTable',
        data: { table: tableName(t, ctx.lang), count: hits.length, text: hits[0]!.text },
        locations: hits.map((h) => ({ line: h.line, table: tableName(t, ctx.lang), value: h.text })),
      });
    }
  },
});
