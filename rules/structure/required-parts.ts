import { defineRule, type Text } from '../../src/engine/rule.js';
import { plain, tocEnd } from './regions.js';

/** The parts every release carries, whatever the region's template calls them. */
const PARTS: ReadonlyArray<{ id: string; name: Text; heading: RegExp }> = [
  { id: 'overview', name: { zh: '部门概况（主要职责、机构设置）', en: 'the overview (duties, organisation)' }, heading: /概况|基本情况|主要职[责能]|部门职责/ },
  { id: 'narrative', name: { zh: '预算情况说明', en: 'the narrative (情况说明)' }, heading: /(预算|决算)?.{0,12}(情况)?说明$|收支.{0,6}情况/ },
  { id: 'glossary', name: { zh: '名词解释', en: 'the glossary (名词解释)' }, heading: /名词解释/ },
];

export const structureRequiredParts = defineRule({
  id: 'structure-required-parts',
  family: 'structure',
  severity: 'warning',
  title: { zh: '缺少必备部分', en: 'A required part is missing' },
  docs: {
    zh: '部门预算公开须包括部门概况、预算情况说明、名词解释和预算表。目录之后的文本中找不到其中某一部分的标题，或一张表也没有，即报告缺少该部分。',
    en: 'A budget release comprises the overview, the narrative, the glossary and the tables. When no heading of one of these parts is found in the text after the contents, or no table at all, the part is reported missing.',
  },
  messages: {
    missing: { zh: '缺少{part}', en: '{part} is missing' },
  },
  check(model, ctx) {
    if (ctx.lines.every((l) => plain(l) === '')) {
      ctx.skip({ zh: '文本为空', en: 'the text is empty' });
      return;
    }
    // any line after the contents: a heading a table parser swallowed still shows the part is there
    const from = tocEnd(model);
    const headings = ctx.lines.map((l, i) => (i + 1 > from ? plain(l) : '')).map((p) => (p.length <= 60 ? p : ''));
    const line = Math.max(1, ctx.lines.findIndex((l) => plain(l) !== '') + 1);
    for (const part of PARTS) {
      if (headings.some((h) => h !== '' && part.heading.test(h))) continue;
      ctx.report({ messageId: 'missing', data: { part: part.name[ctx.lang] }, locations: [{ line, value: part.id }] });
    }
    if (model.tables.length === 0 && model.coverage.missingTables.length === 0) {
      const part = ctx.lang === 'zh' ? '预算表（附件）' : 'the tables (附件)';
      ctx.report({ messageId: 'missing', data: { part }, locations: [{ line, value: 'tables' }] });
    }
  },
});
