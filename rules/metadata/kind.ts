import { defineRule } from '../../src/engine/rule.js';
import { templateOf } from '../../src/template/index.js';

export const metadataKind = defineRule({
  id: 'metadata-kind',
  family: 'metadata',
  severity: 'warning',
  title: { zh: '部门预算与单位预算混用', en: 'Department and unit budget wording mixed' },
  docs: {
    zh: '部门预算中不应出现“X年单位预算”的标题字样，单位预算中不应出现“X年部门预算”，多为套用模板所致。',
    en: 'A department budget should not be titled “X年单位预算” anywhere, nor a unit budget “X年部门预算”: usually a template reused.',
  },
  messages: {
    mixed: {
      zh: '本文件为{kind}，第{line}行却写作“{text}”',
      en: 'this is a {kind} release, but line {line} says “{text}”',
    },
  },
  check(model, ctx) {
    const kind = model.meta.kind;
    if (!kind) {
      ctx.skip({
        zh: '未能判断本文件是部门预算还是单位预算（封面和标题中均无“部门预算”或“单位预算”字样）',
        en: 'whether this is a department or a unit budget (“部门预算” / “单位预算”) is unknown: neither phrase is on the cover or in a title',
      });
      return;
    }
    const owner = kind.value.slice(0, 2);
    const stage = kind.value.slice(2);
    // `X年(度)部门预算` / `单位预算` as a title phrase in the template's words; `所属单位预算` and
    // `本级预算` name parts, not kinds, and carry no year
    const { kindPhrase } = templateOf(model).ownerWords();
    ctx.lines.forEach((text, i) => {
      for (const m of text.matchAll(kindPhrase)) {
        if (m[1] === owner || m[2] !== stage) continue;
        const found = m[0].replace(/\s/g, '');
        ctx.report({
          messageId: 'mixed',
          data: { kind: kind.value, line: i + 1, text: found },
          // words, not amounts: the finding carries no decimal fields (expected/actual are amounts)
          locations: [{ line: i + 1, value: found }, { line: kind.line, value: kind.value }],
        });
      }
    });
  },
});
