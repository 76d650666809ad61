import { defineRule } from '../../src/engine/rule.js';
import { matchAll, narrativeText } from './text.js';
import { NO_NARRATIVE } from '../skip-reasons.js';

/** Two sentence marks in a row: a doubled full stop or a clause mark right before a full stop. */
const DOUBLED = /[。；，、](\s*)[。；]|。(\s*)，|，(\s*)，/;

export const hygienePunctuation = defineRule({
  id: 'hygiene-punctuation',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '标点重复或冲突', en: 'Doubled or clashing punctuation' },
  docs: {
    zh: '情况说明中出现重复或冲突的标点，如“。。”“；。”“，。”。',
    en: 'The narrative has doubled or clashing punctuation such as “。。”, “；。”, “，。”.',
  },
  messages: {
    doubled: { zh: '标点重复或冲突：“{text}”（{context}）', en: 'doubled or clashing punctuation “{text}” ({context})' },
  },
  check(model, ctx) {
    const nt = narrativeText(model, ctx.lines);
    if (!nt) {
      ctx.skip(NO_NARRATIVE);
      return;
    }
    for (const m of matchAll(nt, DOUBLED)) {
      const context = nt.text.slice(Math.max(0, m.index - 12), m.index + m.text.length).replace(/\n/g, '');
      ctx.report({ messageId: 'doubled', data: { text: m.text.replace(/\s/g, ''), context }, locations: [{ line: m.line, value: m.text }] });
    }
  },
});
