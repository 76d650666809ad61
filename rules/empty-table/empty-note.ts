import { tableHasData, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Span } from '../../src/model/primitives.js';
import type { Table, TableKind } from '../../src/model/table.js';
import { EMPTY_WORDS, TABLE_TOPIC } from './topics.js';
import { templateOf } from '../../src/template/index.js';
import { dec } from '../../src/engine/decimal.js';

/** Tables that are not lists of amounts: their emptiness says nothing. */
const NOT_AMOUNT_TABLES: ReadonlySet<TableKind> = new Set(['performance-overall', 'final-accounts', 'other']);

/** The note saying a table is empty: the parser's, else a note of the table in those words. */
function emptyNoteOf(table: Table): Span | undefined {
  return table.emptyNote ?? table.notes.find((n) => EMPTY_WORDS.test(n.text) && !/尾差/.test(n.text));
}

/** Every other kind's topic the note speaks of, when it does not speak of its own. */
function foreignTopic(table: Table, text: string): boolean {
  const own = TABLE_TOPIC[table.kind];
  if (!own || own.test(text)) return false;
  return Object.entries(TABLE_TOPIC).some(([k, re]) => k !== table.kind && re.test(text));
}

/**
 * Does the narrative explain why the table holds no data? It states the table's whole quantity (a
 * claim of the scope the table prints, not one item of it) as zero, or a sentence says there is none
 * of the table's topic ("我部门没有使用财政拨款“三公”经费安排的预算").
 */
function narrativeExplains(model: Release, table: Table): Span | undefined {
  for (const c of model.narrative.claims) {
    if (c.type !== 'amount' || !dec(c.amount.value).isZero()) continue;
    const def = templateOf(model).quantityDef(c.quantity.key);
    if (!def || def.neverPrinted || def.classification || !def.tables.includes(table.kind)) continue;
    const measure = def.scope.measure ?? 'amount';
    const whole = (def.scope.split ?? 'total') === 'total' && (measure === 'amount' || measure === 'threePublic');
    if (whole) return { line: c.line, text: c.text };
  }
  const topic = TABLE_TOPIC[table.kind];
  if (!topic) return undefined;
  for (const section of model.narrative.sections)
    for (const s of section.sentences) if (topic.test(s.text) && EMPTY_WORDS.test(s.text)) return s;
  return undefined;
}

export const emptyNote = defineRule({
  id: 'empty-table-note',
  family: 'empty-table',
  severity: 'error',
  title: { zh: '空表须有说明且说明对应本表', en: 'An empty table carries a note about itself' },
  docs: {
    zh: '没有数据的表须附说明（如"我部门没有政府性基金收入……故此表无数据"），情况说明已说明该项为零或没有时除外；说明须针对本表："三公"经费表的说明讲政府性基金即为错放；有数据的表不应附"本表无数据"的说明。',
    en: 'A table printed without data must carry a note saying so (e.g. "we have no government fund income … so this table is empty") unless the narrative states its amount as zero or says there is none; the note must be about that table: a "three public" table whose note speaks of government funds is wrong. A table with data must not carry an empty-table note.',
  },
  messages: {
    noNote: {
      zh: '{table} 没有数据，却没有说明为何为空',
      en: '{table} holds no data but carries no note saying why',
    },
    wrongTopic: {
      zh: '{table} 的空表说明讲的不是本表："{note}"',
      en: 'The empty-table note of {table} speaks of another table: "{note}"',
    },
    noteWithData: {
      zh: '{table} 列有数据，却附有空表说明："{note}"',
      en: '{table} holds data, yet carries an empty-table note: "{note}"',
    },
  },
  check(model: Release, ctx) {
    const tables = model.tables.filter((t) => t.status !== 'unrecovered' && !NOT_AMOUNT_TABLES.has(t.kind));
    if (tables.length === 0) return ctx.skip({ zh: '未读到任何金额表', en: 'no table of amounts was read' });
    for (const table of tables) {
      const name = tableName(table, ctx.lang);
      const note = emptyNoteOf(table);
      const hasData = table.status !== 'empty' && tableHasData(table);
      if (hasData) {
        if (table.emptyNote)
          ctx.report({
            messageId: 'noteWithData',
            data: { table: name, note: table.emptyNote.text.trim() },
            locations: [{ line: table.emptyNote.line, table: name, value: table.emptyNote.text.trim() }],
          });
        continue;
      }
      // a table printed with zeros only (or nothing) whose emptiness the narrative explains needs no note of its own
      if (!note && narrativeExplains(model, table)) continue;
      if (!note) {
        ctx.report({ messageId: 'noNote', data: { table: name }, locations: [{ line: table.titleLine, table: name }] });
        continue;
      }
      if (foreignTopic(table, note.text))
        ctx.report({
          messageId: 'wrongTopic',
          data: { table: name, note: note.text.trim() },
          locations: [{ line: note.line, table: name, value: note.text.trim() }],
        });
    }
  },
});
