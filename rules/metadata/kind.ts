import { defineRule } from '../../src/engine/rule.js';

/** `X年(度)部门预算` / `单位预算` as a title phrase; `所属单位预算` and `本级预算` are parts, not kinds. */
const PHRASE = /(?:19|20)\d{2}\s*年度?\s*(部门|单位)\s*(预算|决算)/g;

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
    ctx.lines.forEach((text, i) => {
      for (const m of text.matchAll(PHRASE)) {
        if (m[1] === owner || m[2] !== stage) continue;
        const found = m[0].replace(/\s/g, '');
        ctx.report({
          messageId: 'mixed',
          data: { kind: kind.value, line: i + 1, text: found },
          locations: [{ line: i + 1, value: found }, { line: kind.line, value: kind.value }],
          expected: kind.value,
          actual: `${m[1]}${m[2]}`,
        });
      }
    });
  },
});
