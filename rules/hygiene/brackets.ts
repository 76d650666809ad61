import { defineRule } from '../../src/engine/rule.js';
import { narrativeText } from './text.js';
import { NO_NARRATIVE } from '../skip-reasons.js';

/** Pairs counted together whatever their width: extracts mix （ with ). */
const PAIRS: ReadonlyArray<{ open: RegExp; close: RegExp; name: string }> = [
  { open: /[（(]/g, close: /[）)]/g, name: '（）' },
  { open: /“/g, close: /”/g, name: '“”' },
  { open: /《/g, close: /》/g, name: '《》' },
  { open: /【/g, close: /】/g, name: '【】' },
  { open: /‘/g, close: /’/g, name: '‘’' },
];

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

export const hygieneBrackets = defineRule({
  id: 'hygiene-brackets',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '引号或括号不配对', en: 'Unbalanced quotation marks or brackets' },
  docs: {
    zh: '情况说明的一句话（以。；！？或段落结束）中，左右引号、括号、书名号的数量须相等。',
    en: 'Within one sentence of the narrative (ended by 。；！？ or the paragraph), opening and closing quotation marks, brackets and title marks must balance.',
  },
  messages: {
    unbalanced: {
      zh: '{pair}不配对：左{open}个，右{close}个（“{sentence}”）',
      en: '{pair} unbalanced: {open} opening, {close} closing (“{sentence}”)',
    },
  },
  check(model, ctx) {
    const nt = narrativeText(model, ctx.lines);
    if (!nt) {
      ctx.skip(NO_NARRATIVE);
      return;
    }
    const re = /[^。；！？\n]+[。；！？]?/g;
    for (const m of nt.text.matchAll(re)) {
      const sentence = m[0];
      for (const p of PAIRS) {
        const open = count(sentence, p.open);
        const close = count(sentence, p.close);
        if (open === close) continue;
        const shown = sentence.length > 60 ? sentence.slice(0, 60) + '…' : sentence;
        ctx.report({
          messageId: 'unbalanced',
          data: { pair: p.name, open, close, sentence: shown },
          locations: [{ line: nt.lineAt[m.index] ?? 1, value: p.name }],
          expected: String(open),
          actual: String(close),
          difference: String(close - open),
        });
      }
    }
  },
});
