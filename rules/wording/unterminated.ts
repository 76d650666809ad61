import { defineRule } from '../../src/engine/rule.js';
import { glossaryEntries } from '../structure/regions.js';

const END = /[。；;.！？!?）)”]$/;

export const wordingUnterminated = defineRule({
  id: 'wording-unterminated',
  family: 'wording',
  severity: 'warning',
  title: { zh: '句子不完整或缺句号', en: 'Sentence cut short or unterminated' },
  docs: {
    zh: '名词解释的每一条都是完整的句子，以句号结束；其他各条都以句号结束而某一条没有，多是句子被截断或漏了标点。',
    en: 'Each glossary entry is a full sentence ending in a full stop; when the others end in one and an entry does not, it was cut short or lost its punctuation.',
  },
  messages: {
    entry: { zh: '名词解释“{term}”一条未以句号结束：“…{tail}”', en: 'the glossary entry “{term}” does not end in a full stop: “…{tail}”' },
  },
  check(model, ctx) {
    const entries = glossaryEntries(model, ctx.lines);
    if (entries.length === 0) {
      ctx.skip({ zh: '未找到名词解释', en: 'no glossary (名词解释) was found' });
      return;
    }
    const ended = entries.filter((e) => END.test(e.text));
    if (ended.length * 2 <= entries.length) return;
    for (const e of entries) {
      if (END.test(e.text)) continue;
      ctx.report({
        messageId: 'entry',
        data: { term: e.term, tail: e.text.slice(-12) },
        locations: [{ line: e.endLine, value: e.text.slice(-12) }],
      });
    }
  },
});
