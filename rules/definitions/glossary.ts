import { defineRule } from '../../src/engine/rule.js';
import { glossaryEntries, glossaryRange, plain, proseLines } from '../structure/regions.js';

/**
 * Terms templates name in two ways: the glossary must define the one the release uses. 机关运行经费
 * (the 2020s central wording) and 机构运转经费 (the provincial template's) are the same money.
 */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [['机关运行经费', '机构运转经费']];

export const definitionsGlossary = defineRule({
  id: 'definitions-glossary',
  family: 'definitions',
  severity: 'warning',
  title: { zh: '名词解释重复或与正文用语不符', en: 'Glossary entries repeated or not the words the release uses' },
  docs: {
    zh: '名词解释中每个名词只解释一次（同一名词两条不同的解释会让读者无所适从）；解释的名词须是正文使用的说法：正文写“机构运转经费”而名词解释只解释“机关运行经费”（或反之），是套用了不同模板。',
    en: 'The glossary defines each term once (two different definitions of one term leave the reader guessing), and defines the words the release uses: a narrative speaking of 机构运转经费 beside a glossary that only defines 机关运行经费 (or the reverse) took its parts from different templates.',
  },
  messages: {
    twice: { zh: '名词“{term}”解释了两次（{first}、{second}）', en: 'the term “{term}” is defined twice ({first}, {second})' },
    usage: {
      zh: '名词解释解释“{defined}”，正文却写作“{used}”（{count}处）',
      en: 'the glossary defines “{defined}”, but the text says “{used}” ({count} time(s))',
    },
  },
  check(model, ctx) {
    const range = glossaryRange(model, ctx.lines);
    const entries = glossaryEntries(model, ctx.lines);
    if (!range || entries.length === 0) {
      ctx.skip({ zh: '未找到名词解释', en: 'no glossary (名词解释) was found' });
      return;
    }
    const seen = new Map<string, (typeof entries)[number]>();
    for (const e of entries) {
      const term = e.term.replace(/^[“"]|[”"]$/g, '');
      const first = seen.get(term);
      if (!first) {
        seen.set(term, e);
        continue;
      }
      const where = (x: typeof e) => (ctx.lang === 'zh' ? `第${x.line}行` : `line ${x.line}`);
      ctx.report({
        messageId: 'twice',
        data: { term, first: where(first), second: where(e) },
        locations: [{ line: e.line, value: term }, { line: first.line, value: term }],
      });
    }
    const outside = proseLines(model, ctx.lines).filter((n) => n < range.line || n > range.end);
    const count = (word: string) => outside.filter((n) => plain(ctx.lines[n - 1] ?? '').includes(word));
    for (const pair of SYNONYMS) {
      for (const [defined, used] of [pair, [pair[1], pair[0]] as const]) {
        const entry = entries.find((e) => e.term.includes(defined));
        if (!entry || entries.some((e) => e.term.includes(used))) continue;
        const uses = count(used);
        if (uses.length === 0 || count(defined).length > 0) continue;
        ctx.report({
          messageId: 'usage',
          data: { defined, used, count: uses.length },
          locations: [{ line: entry.line, value: defined }, ...uses.map((line) => ({ line, value: used }))],
        });
      }
    }
  },
});
