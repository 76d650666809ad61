import { defineRule } from '../../src/engine/rule.js';

/**
 * The sentence that lists what a budget is made of (`X部门预算包括：本级预算和…单位预算`), joined
 * across wrapped lines: its parts must be 预算 in a budget. `预决算` (budget and final accounts named
 * together) and `决算数` (last year's final figure) are not parts. Found by plain string search (no
 * backtracking regex over the joined text).
 */
const OPENERS = ['预算包括', '预算由'] as const;
const SENTENCE_END = /[。；]/;
const MAX_SENTENCE = 200;

function compositionSentences(joined: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  for (const opener of OPENERS) {
    for (let i = joined.indexOf(opener); i >= 0; i = joined.indexOf(opener, i + opener.length)) {
      const rest = joined.slice(i, i + MAX_SENTENCE);
      const end = rest.search(SENTENCE_END);
      out.push({ at: i, text: end >= 0 ? rest.slice(0, end) : rest });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export const wordingReleaseStage = defineRule({
  id: 'wording-release-stage',
  family: 'wording',
  severity: 'warning',
  title: { zh: '预算文件把组成部分写作“决算”', en: 'A budget names its parts final accounts' },
  docs: {
    zh: '部门预算或单位预算列出其组成（“X部门预算包括：本级预算和所属单位预算”）时，各部分应为“预算”；写作“决算”多为从决算公开模板照搬。依据封面识别出的文件类别（部门预算 / 单位预算 / 决算）判断。',
    en: 'When a department or unit budget lists what it is made of ("X部门预算包括：本级预算和所属单位预算"), the parts are budgets; calling them final accounts (决算) is usually text carried over from the final-accounts template. Decided by the release kind read from the cover.',
  },
  messages: {
    stage: {
      zh: '本文件为{kind}，第{line}行列出其组成时写作“决算”：“{text}”',
      en: 'this is a {kind} release, but line {line} lists its parts as final accounts (决算): “{text}”',
    },
  },
  check(model, ctx) {
    const kind = model.meta.kind;
    if (!kind) {
      ctx.skip({
        zh: '未能判断本文件是预算还是决算（封面和标题中均无“部门预算”“单位预算”“部门决算”等字样）',
        en: 'whether this is a budget or final accounts is unknown: no release kind on the cover or in a title',
      });
      return;
    }
    if (!kind.value.endsWith('预算')) return;
    // the text with its line breaks removed, each character knowing its line
    let joined = '';
    const lineAt: number[] = [];
    ctx.lines.forEach((raw, i) => {
      const text = raw.replace(/\s+/g, '');
      joined += text;
      for (let k = 0; k < text.length; k++) lineAt.push(i + 1);
    });
    for (const { at: start, text } of compositionSentences(joined)) {
      const at = text.indexOf('决算');
      if (at < 0 || /预决算|决算数/.test(text)) continue;
      const line = lineAt[start + at] ?? 1;
      const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      ctx.report({
        messageId: 'stage',
        data: { kind: kind.value, line, text: shown },
        // words, not amounts: the report's expected/actual fields hold decimals only
        locations: [{ line, value: '决算' }, { line: kind.line, value: kind.value }],
      });
    }
  },
});
