import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import type { Location } from '../../src/model/report.js';
import { plain, proseLines } from '../structure/regions.js';
import { templateOf } from '../../src/template/index.js';

/**
 * 部门 and 单位 are not interchangeable: a 部门预算 speaks of 本部门 / 我部门 throughout, a 单位预算 of
 * 本单位 / 我单位. A release that mixes both, or appends 部门/单位 to the department's own name, was put
 * together from different templates.
 */
export const identityOwnerWording = defineRule({
  id: 'identity-owner-wording',
  family: 'identity',
  severity: 'warning',
  title: { zh: '“部门”与“单位”混用', en: '部门 and 单位 wording mixed' },
  docs: {
    zh: '部门预算中各表的说明（“本表反映本部门…”）与情况说明的自称（“我部门”）应统一用“部门”，单位预算统一用“单位”。只有在同一文本两种说法都出现时才报告，报告与文本类型不符的一种；在部门名称后加“部门”或“单位”（“××办公室部门2022年收入总计”）也报告。',
    en: 'In a 部门预算 the tables’ notes (“本表反映本部门…”) and the narrative’s self-reference (“我部门”) say 部门 throughout; a 单位预算 says 单位. Reported only when one release uses both, and then the form that does not fit the release’s kind; the department’s name followed by 部门 or 单位 (“××办公室部门2022年收入总计”) is reported too.',
  },
  messages: {
    notes: {
      zh: '{count}张表的说明写作“{wrong}”，其余各表写作“{right}”：{tables}',
      en: '{count} table note(s) say “{wrong}” where the other tables say “{right}”: {tables}',
    },
    selfReference: {
      zh: '情况说明中自称“{wrong}”{count}处，其余写作“{right}”',
      en: 'the text calls itself “{wrong}” {count} time(s), elsewhere “{right}”',
    },
    suffix: {
      zh: '部门名称后多出“{word}”{count}处：“{text}”',
      en: 'the department’s name is followed by “{word}” {count} time(s): “{text}”',
    },
  },
  check(model, ctx) {
    const kind = model.meta.kind?.value;
    const right = kind?.startsWith('单位') ? '单位' : '部门';
    const wrong = right === '部门' ? '单位' : '部门';
    // a template whose standard text calls the publisher both ways in a release of this owner
    // (本部门 beside 本单位 in a 部门预算) has no wrong form of self-reference: nothing to compare
    const mixedByTemplate = templateOf(model).ownerWords().self[right].includes(wrong);

    // table notes: 本表反映本部门… / 本表反映本单位…
    const notes = model.tables.flatMap((t) =>
      t.notes.flatMap((n) => {
        const m = /本表反映本(部门|单位)/.exec(plain(n.text));
        return m ? [{ t, line: n.line, word: m[1]! }] : [];
      }),
    );
    const wrongNotes = notes.filter((n) => n.word === wrong);
    if (!mixedByTemplate && wrongNotes.length > 0 && notes.some((n) => n.word === right)) {
      ctx.report({
        messageId: 'notes',
        data: {
          count: wrongNotes.length,
          wrong: `本表反映本${wrong}`,
          right: `本表反映本${right}`,
          tables: wrongNotes.map((n) => `“${n.t.title}”`).join(ctx.lang === 'zh' ? '、' : ', '),
        },
        locations: wrongNotes.map((n) => ({ line: n.line, table: tableName(n.t, ctx.lang), value: `本${wrong}` })),
      });
    }

    const prose = proseLines(model, ctx.lines);
    const self: Record<string, number[]> = { 部门: [], 单位: [] };
    for (const n of prose) for (const m of plain(ctx.lines[n - 1] ?? '').matchAll(/我(部门|单位)/g)) self[m[1]!]!.push(n);
    if (!mixedByTemplate && self[wrong]!.length > 0 && self[right]!.length > 0) {
      ctx.report({
        messageId: 'selfReference',
        data: { wrong: `我${wrong}`, right: `我${right}`, count: self[wrong]!.length },
        locations: self[wrong]!.map((line): Location => ({ line, value: `我${wrong}` })),
      });
    }

    const dept = model.meta.department?.text;
    if (!dept) return;
    const name = plain(dept);
    // the name comes from the document: its regex characters are escaped, so it is matched as text
    const re = new RegExp(`${name.replace(/[.*+?^${}|[\]\\]/g, '\\$&').replace(/[()（）]/g, '.')}(?:[（(]汇总[)）])?(部门|单位)(?=\\d{4}|年|，|,|。)`, 'g');
    const hits: Record<string, Location[]> = { 部门: [], 单位: [] };
    for (const n of prose) for (const m of plain(ctx.lines[n - 1] ?? '').matchAll(re)) hits[m[1]!]!.push({ line: n, value: m[0] });
    for (const word of ['部门', '单位'] as const) {
      const locs = hits[word]!;
      if (locs.length === 0) continue;
      ctx.report({ messageId: 'suffix', data: { word, count: locs.length, text: locs[0]!.value! }, locations: locs });
    }
  },
});
