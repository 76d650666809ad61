import { defineRule } from '../../src/engine/rule.js';
import { PART_HEADING, plain } from './regions.js';

/** A body heading standing first: `第一部分`, `一、主要职责`. */
const BODY_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;

export const structureFrontMatter = defineRule({
  id: 'structure-front-matter',
  family: 'structure',
  severity: 'warning',
  title: { zh: '缺少封面或目录', en: 'Cover or table of contents missing' },
  docs: {
    zh: '公开文本须以封面（部门名称、年度、预算字样）开头；分为若干“第X部分”的文本须有目录。文本第一行就是正文标题（第一部分、一、…）时视为缺少封面；全文没有“目录”而又分部分时视为缺少目录。不分部分的简短模板不要求目录。',
    en: 'A release opens with a cover (department, year, the word 预算); a release divided into parts (第X部分) has a table of contents. When the first line is already a body heading (第一部分, 一、…) the cover is missing; when a release in parts has no 目录 at all the contents are missing. Short templates without parts need no contents.',
  },
  messages: {
    noCover: { zh: '缺少封面：文本第一行即为正文“{text}”', en: 'no cover: the first line is already the body heading “{text}”' },
    noToc: { zh: '缺少目录：全文分为{parts}个部分，但没有目录', en: 'no table of contents: the release has {parts} parts but no 目录' },
  },
  check(model, ctx) {
    const first = ctx.lines.findIndex((l) => plain(l) !== '');
    if (first < 0) {
      ctx.skip({ zh: '文本为空', en: 'the text is empty' });
      return;
    }
    const text = plain(ctx.lines[first]!);
    if (BODY_START.test(text)) ctx.report({ messageId: 'noCover', data: { text }, locations: [{ line: first + 1, value: text }] });
    const hasToc = model.toc !== undefined || ctx.lines.some((l) => /^目录$/.test(plain(l)));
    const parts = new Set(ctx.lines.map((l) => PART_HEADING.exec(plain(l))?.[0]).filter((p): p is string => p !== undefined));
    if (!hasToc && parts.size >= 2) {
      ctx.report({ messageId: 'noToc', data: { parts: parts.size }, locations: [{ line: first + 1, value: text }] });
    }
  },
});
