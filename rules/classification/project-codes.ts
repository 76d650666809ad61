import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import { pushTo } from '../../src/group.js';

/** A code's format: its length and where it has letters, digits or separators (`D21`, `D4-D6`). */
function shape(code: string): string {
  return code.replace(/\d+|[A-Za-z]+/g, (m) => (/\d/.test(m[0]!) ? `D${m.length}` : `A${m.length}`));
}

export const classificationProjectCodes = defineRule({
  id: 'classification-project-codes',
  family: 'classification',
  severity: 'warning',
  title: { zh: '项目编码格式不一致', en: 'Project codes of different formats' },
  docs: {
    zh: '同一公开文本中的项目编码由同一系统按同一规则生成，位数和格式应一致；个别编码少一位或多一位，多为录入时漏字或多字。以多数编码的格式为准（数量相同时以较长者为准），报告其余编码。',
    en: 'The project codes of one release come from one system under one rule, so they have one length and format; a code one digit short or long was typed by hand. The format most codes share is taken as right (the longer one on a tie) and the others are reported.',
  },
  messages: {
    format: {
      zh: '{count}个项目编码与其余{others}个格式不同（{found}，应为{expected}）：{codes}',
      en: '{count} project code(s) differ from the other {others} ({found}, not {expected}): {codes}',
    },
  },
  check(model, ctx) {
    const codes = model.tables.flatMap((t) =>
      t.rows.filter((r) => r.project?.code).map((r) => ({ code: r.project!.code!, row: r, table: t })),
    );
    const distinct = new Map<string, (typeof codes)[number]>();
    for (const c of codes) if (!distinct.has(c.code)) distinct.set(c.code, c);
    if (distinct.size < 2) {
      ctx.skip({ zh: '文本中项目编码不足两个，无从比较', en: 'fewer than two project codes are printed: nothing to compare' });
      return;
    }
    const byShape = new Map<string, Array<(typeof codes)[number]>>();
    for (const c of distinct.values()) pushTo(byShape, shape(c.code), c);
    if (byShape.size < 2) return;
    const ranked = [...byShape.entries()].sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length || b[1][0]!.code.length - a[1][0]!.code.length);
    const [refShape, ref] = ranked[0]!;
    const odd = ranked.slice(1).flatMap(([, cs]) => cs);
    const describe = (s: string) => (ctx.lang === 'zh' ? s.replace(/D(\d+)/g, '$1位数字').replace(/A(\d+)/g, '$1位字母') : s.replace(/D(\d+)/g, '$1 digits').replace(/A(\d+)/g, '$1 letters'));
    ctx.report({
      messageId: 'format',
      data: {
        count: odd.length,
        others: ref.length,
        found: [...new Set(odd.map((c) => describe(shape(c.code))))].join(ctx.lang === 'zh' ? '、' : ', '),
        expected: describe(refShape),
        codes: odd.map((c) => c.code).join(ctx.lang === 'zh' ? '、' : ', '),
      },
      locations: odd.map((c) => ({ line: c.row.line, table: tableName(c.table, ctx.lang), row: c.row.label.trim(), value: c.code })),
    });
  },
});
