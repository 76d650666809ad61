import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import { plain } from './regions.js';
import { templateOf } from '../../src/template/index.js';

export const structureTableNote = defineRule({
  id: 'structure-table-note',
  family: 'structure',
  severity: 'warning',
  title: { zh: '表注说明的不是本表', en: 'A table’s note describes another table' },
  docs: {
    zh: '表下的“注：本表反映本部门……情况”须说明本表的内容：整体绩效目标表的注写“项目绩效目标情况”、支出表的注写“收入情况”，是从别的表复制来的注。',
    en: 'The note under a table (“注：本表反映本部门……情况”) describes that table: an overall performance table noted as showing “项目绩效目标情况”, or an expenditure table noted as showing income, carries a note copied from another table.',
  },
  messages: {
    other: { zh: '{table}的表注写作“{note}”，不是本表的内容', en: 'the note of {table} says “{note}”, which is not what the table shows' },
  },
  check(model, ctx) {
    // what each kind of table reports, in the words its note uses (本表反映本部门…情况): the template's
    const { note: NOTE, topics: TOPIC } = templateOf(model).reportNote();
    const noted = model.tables.flatMap((t) => t.notes.map((n) => ({ t, n, m: NOTE.exec(plain(n.text)) })).filter((x) => x.m && TOPIC.get(x.t.kind)));
    if (noted.length === 0) {
      ctx.skip({ zh: '没有“本表反映……情况”形式的表注', en: 'no table note of the form “本表反映……情况”' });
      return;
    }
    for (const { t, n, m } of noted) {
      const topic = m![1]!;
      if (TOPIC.get(t.kind)!.test(topic)) continue;
      ctx.report({
        messageId: 'other',
        data: { table: tableName(t, ctx.lang), note: m![0] },
        locations: [{ line: n.line, table: tableName(t, ctx.lang), value: m![0] }],
      });
    }
  },
});
