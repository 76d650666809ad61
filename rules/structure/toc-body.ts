import { defineRule } from '../../src/engine/rule.js';
import type { TocEntry } from '../../src/model/release.js';
import { PART_HEADING, plain, proseLines, tocEnd } from './regions.js';

const ORDINAL = /^(第[一二三四五六七八九十]+部分[：:]?|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;

interface Heading {
  line: number;
  ordinal: string;
  key: string;
  text: string;
  /** outside every table */
  prose: boolean;
}

/** Words of a heading: ordinal, department name, year, dot leaders and page numbers aside. */
function keyOf(text: string, department: string | undefined): string {
  let t = plain(text).replace(/^[：:]/, '').replace(ORDINAL, '');
  if (department) t = t.split(plain(department)).join('');
  return t
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/[.…·．-]{2,}\d*$/, '')
    .replace(/\d+$/, '')
    .replace(/[（(][^（()）]*[)）]$/, '')
    .replace(/[“”"]/g, '');
}

function ordinalOf(text: string): string {
  return (ORDINAL.exec(plain(text))?.[1] ?? '').replace(/[：:]$/, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
}

/**
 * Lines that may be headings: short, no full stop, no amount. Lines inside tables count for finding a
 * heading (a table a parser stretched too far may hold the next part), not for saying one was renamed.
 */
function candidates(lines: readonly string[], from: number, department: string | undefined, prose: Set<number>): Heading[] {
  const out: Heading[] = [];
  for (let n = from; n <= lines.length; n++) {
    const p = plain(lines[n - 1] ?? '');
    if (!p || p.length > 40 || /。/.test(p) || /\d+\.\d{2}/.test(p)) continue;
    let text = p;
    if (PART_HEADING.test(p) && keyOf(p, department) === '') {
      let m = n + 1;
      while (m <= lines.length && plain(lines[m - 1] ?? '') === '') m++;
      if (m <= lines.length) text = p + plain(lines[m - 1] ?? '');
    }
    out.push({ line: n, ordinal: ordinalOf(text), key: keyOf(text, department), text, prose: prose.has(n) });
  }
  return out;
}

export const structureTocBody = defineRule({
  id: 'structure-toc-body',
  family: 'structure',
  severity: 'warning',
  title: { zh: '目录与正文标题不符', en: 'Contents and body headings disagree' },
  docs: {
    zh: '目录所列的各部分及其下的标题（附表除外，附表由 metadata-toc 核对）须在正文中以同样的序号和名称、按同样的顺序出现。部门名称、年度和页码不计入比较；正文中找不到的条目列入覆盖范围说明（缺少的部分由 structure-required-parts 报告）。',
    en: 'Every part and heading the contents list (tables aside: metadata-toc checks those) must appear in the body with the same number and words, in the same order. The department’s name, the year and page numbers are left out of the comparison; an entry found nowhere in the body is listed in coverage (a missing part is structure-required-parts’ finding).',
  },
  messages: {
    renamed: { zh: '目录为“{toc}”，正文标题为“{body}”', en: 'the contents say “{toc}”, the body heading says “{body}”' },
    order: { zh: '目录中“{toc}”在“{before}”之后，正文中却在其前', en: 'the contents put “{toc}” after “{before}”, the body puts it before' },
  },
  check(model, ctx) {
    if (!model.toc) {
      ctx.skip({ zh: '未找到目录', en: 'no table of contents (目录) was found' });
      return;
    }
    const dept = model.meta.department?.text;
    const headings = candidates(ctx.lines, tocEnd(model) + 1, dept, new Set(proseLines(model, ctx.lines)));
    let cursor = 0;
    let previous: TocEntry | undefined;
    for (const e of model.toc.entries) {
      const key = keyOf(e.title, dept);
      if (e.tableKind || key === '' || /表$/.test(key)) continue;
      const tocText = `${e.part ? `第${e.ordinal}部分` : e.ordinal ? `${e.ordinal}、` : ''}${key}`;
      const at = headings.findIndex((h, i) => i >= cursor && h.key === key);
      if (at >= 0) {
        cursor = at + 1;
        previous = e;
        continue;
      }
      const earlier = headings.findIndex((h) => h.key === key);
      if (earlier >= 0 && previous) {
        ctx.report({
          messageId: 'order',
          data: { toc: tocText, before: keyOf(previous.title, dept) },
          locations: [{ line: e.line, value: tocText }, { line: headings[earlier]!.line, value: headings[earlier]!.text }],
        });
        continue;
      }
      // same number, other words: the heading was renamed (a bare 第X部分 says nothing about words)
      const ordinal = e.part ? `第${e.ordinal}部分` : e.ordinal ? `${e.ordinal}、` : '';
      const same = ordinal ? headings.findIndex((h, i) => i >= cursor && h.prose && h.ordinal === ordinal) : -1;
      if (same >= 0 && headings[same]!.key !== '') {
        const h = headings[same]!;
        cursor = same + 1;
        previous = e;
        ctx.report({ messageId: 'renamed', data: { toc: tocText, body: h.text }, locations: [{ line: e.line, value: tocText }, { line: h.line, value: h.text }] });
        continue;
      }
      ctx.partial({ zh: `目录所列“${tocText}”（第${e.line}行）在正文中未找到对应标题`, en: `the contents entry “${tocText}” (line ${e.line}) was not found as a heading in the body` });
    }
  },
});
