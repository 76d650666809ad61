import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import { compactTitle } from '../../src/template/titles.js';

/** Titles compare by words: ordinals, table numbers and the department's name are not part of them. */
function titleWords(title: string, department: string | undefined): string {
  let t = compactTitle(title)
    .replace(/^[-–—•·]+/, '')
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^(预算|公开|报)?\d+表/, '')
    .replace(/[（(]\d*[)）]$/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  if (department) t = t.replace(department.replace(/\s/g, ''), '');
  // 部门/本级 before a title qualify it (seed 003 drops 部门, 004 adds it): not a rename.
  return t.replace(/^(本级)?(部门)?/, '').replace(/[“”"]/g, '"');
}

export const metadataToc = defineRule({
  id: 'metadata-toc',
  family: 'metadata',
  severity: 'warning',
  title: { zh: '目录与附表不符', en: 'Table of contents and tables disagree' },
  docs: {
    zh: '目录列出的附表须全部印出且可读；印出的表名须与目录一致（改名视为不一致）。没有目录时，附表编号（预算05表之后是预算07表）跳过的表也视为缺失。',
    en: 'Every table the contents list must be printed and legible; each printed title must match its contents entry (a renamed table is reported). Without a table of contents, a table the printed numbering skips (预算05表 followed by 预算07表) is missing too.',
  },
  messages: {
    missing: {
      zh: '目录列有“{title}”，但附件中{reason}',
      en: 'the contents list “{title}”, but the attachment {reason}',
    },
    numberingGap: {
      zh: '附表编号跳过了“{title}”：此表缺失',
      en: 'the table numbering skips “{title}”: the table is missing',
    },
    renamed: {
      zh: '目录为“{toc}”，附表标题为“{printed}”',
      en: 'the contents say “{toc}”, the table is titled “{printed}”',
    },
  },
  check(model, ctx) {
    // Without a table of contents the printed numbering still shows a missing table (002: 预算05表 → 预算07表).
    for (const m of model.coverage.missingTables.filter((x) => x.evidence === 'numbering')) {
      ctx.report({
        messageId: 'numberingGap',
        data: { title: m.tocTitle },
        locations: [{ line: m.tocLine, value: m.tocTitle }],
      });
    }
    if (!model.toc) {
      ctx.skip({ zh: '未找到目录，无法核对目录所列各表', en: 'no table of contents (目录) was found, so the tables it lists cannot be checked' });
      return;
    }
    for (const m of model.coverage.missingTables.filter((x) => x.evidence !== 'numbering')) {
      const reason =
        m.reason === 'absent'
          ? ctx.lang === 'zh' ? '没有此表' : 'does not contain it'
          : ctx.lang === 'zh' ? '此表不可辨认' : 'prints it illegible';
      ctx.report({
        messageId: 'missing',
        data: { title: m.tocTitle, reason },
        locations: [{ line: m.tocLine, value: m.tocTitle }, ...(m.line ? [{ line: m.line, table: m.kind }] : [])],
      });
    }
    // Coverage lists what the parser found missing; a TOC entry with no table of its kind at all is missing too.
    const listed = new Set(model.coverage.missingTables.map((m) => m.kind));
    for (const e of model.toc.entries) {
      if (!e.tableKind || listed.has(e.tableKind) || model.tables.some((t) => t.kind === e.tableKind)) continue;
      listed.add(e.tableKind);
      ctx.report({
        messageId: 'missing',
        data: { title: e.title, reason: ctx.lang === 'zh' ? '没有此表' : 'does not contain it' },
        locations: [{ line: e.line, value: e.title }],
      });
    }
    const dept = model.meta.department?.text;
    for (const e of model.toc.entries) {
      if (!e.tableKind) continue;
      const t = model.tables.find((x) => x.kind === e.tableKind);
      if (!t) continue;
      if (titleWords(e.title, dept) === titleWords(t.title, dept)) continue;
      ctx.report({
        messageId: 'renamed',
        data: { toc: e.title, printed: t.title },
        locations: [{ line: e.line, value: e.title }, { line: t.titleLine, table: tableName(t, ctx.lang), value: t.title }],
      });
    }
  },
});
