import { defineRule } from '../../src/engine/rule.js';
import { matchAll, narrativeText } from './text.js';
import { NO_NARRATIVE } from '../skip-reasons.js';

/** Template residue: alternatives left for the author to choose, placeholders, reasons left blank. */
const PATTERNS: ReadonlyArray<{ re: RegExp; messageId: string }> = [
  { re: /(增加|减少|增长|下降)\s*[\/／]\s*(增加|减少|增长|下降)/, messageId: 'alternative' },
  { re: /(增加|减少|增长|下降)\s*[（(]\s*(增加|减少|增长|下降)\s*[）)]/, messageId: 'alternative' },
  { re: /[XＸxｘ×]{2,}/, messageId: 'placeholder' },
  // one \s* per optional word, not three in a row: those backtrack cubically on a long run of spaces
  { re: /主要原因\s*(?:(是|为)\s*)?(?:[：:]\s*)?[。；;]/, messageId: 'noReason' },
];

export const hygieneTemplate = defineRule({
  id: 'hygiene-template',
  family: 'hygiene',
  severity: 'warning',
  title: { zh: '说明中残留模板文字', en: 'Template residue in the narrative' },
  docs: {
    zh: '情况说明中留有模板的待选项（“增加/减少”“增加（减少）”）、占位符（“XX”“××”）或未填写的原因（“主要原因：。”）。',
    en: 'The narrative keeps template alternatives (“增加/减少”, “增加（减少）”), placeholders (“XX”, “××”) or a reason left blank (“主要原因：。”).',
  },
  messages: {
    alternative: { zh: '模板待选项未删除：“{text}”', en: 'template alternative left in place: “{text}”' },
    placeholder: { zh: '模板占位符未填写：“{text}”', en: 'template placeholder not filled in: “{text}”' },
    noReason: { zh: '原因未填写：“{text}”', en: 'the reason is left blank: “{text}”' },
  },
  check(model, ctx) {
    const nt = narrativeText(model, ctx.lines);
    if (!nt) {
      ctx.skip(NO_NARRATIVE);
      return;
    }
    for (const { re, messageId } of PATTERNS) {
      for (const m of matchAll(nt, re)) {
        ctx.report({ messageId, data: { text: m.text }, locations: [{ line: m.line, value: m.text }] });
      }
    }
  },
});
