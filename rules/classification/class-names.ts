import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import { FUNCTION_CLASSES } from '../../src/model/function-classes.js';
import type { Row, Table } from '../../src/model/table.js';
import { pushTo } from '../../src/group.js';

/**
 * Class names the classification reforms replaced, with the name in force. 医疗卫生与计划生育,
 * 文化体育与传媒 and 国土海洋气象等 were renamed in 2019 (卫生健康, 文化旅游体育与传媒, 自然资源海洋气象等);
 * 资源勘探信息等, 城乡社区事务 and 农林水事务 are earlier editions' names of 215, 212 and 213.
 */
export const OUTDATED: Readonly<Record<string, { code: string; now: string }>> = {
  医疗卫生与计划生育: { code: '210', now: '卫生健康' },
  医疗卫生: { code: '210', now: '卫生健康' },
  文化体育与传媒: { code: '207', now: '文化旅游体育与传媒' },
  国土海洋气象等: { code: '220', now: '自然资源海洋气象等' },
  资源勘探信息等: { code: '215', now: '资源勘探工业信息等' },
  资源勘探电力信息等: { code: '215', now: '资源勘探工业信息等' },
  城乡社区事务: { code: '212', now: '城乡社区' },
  农林水事务: { code: '213', now: '农林水' },
};
/** Names that are no edition's: words of the class name in the wrong order. */
const MISPRINTED: Readonly<Record<string, { code: string; now: string }>> = {
  文化体育旅游与传媒: { code: '207', now: '文化旅游体育与传媒' },
  文化旅游与体育传媒: { code: '207', now: '文化旅游体育与传媒' },
};

/** A summary line's words: ordinal, brackets, 支出 and （类） aside. */
export function bareClassName(label: string): string {
  return label
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(]+$/, '')
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '')
    .replace(/(?:支出|（类）|\(类\)|安排的)+$/, '');
}

const SUMMARY_KINDS = new Set(['income-expenditure-summary', 'fiscal-summary']);

export const classificationClassNames = defineRule({
  id: 'classification-class-names',
  family: 'classification',
  severity: 'warning',
  title: { zh: '功能分类类级名称不是现行名称', en: 'Function class names not those in force' },
  docs: {
    zh: '收支总表和财政拨款收支总表的支出功能分类“类”须用现行科目名称：2019年起“医疗卫生与计划生育”改为“卫生健康”、“文化体育与传媒”改为“文化旅游体育与传媒”、“国土海洋气象等”改为“自然资源海洋气象等”，“资源勘探信息等”“城乡社区事务”“农林水事务”是旧版名称（现为资源勘探工业信息等、城乡社区、农林水）；词序颠倒的名称（“文化体育旅游与传媒”）也不是科目名称。同一类在一张表中以新旧两个名称各列一行，是重复列示。',
    en: 'The function classes listed in the income-and-expenditure summaries must bear the names in force: since 2019 医疗卫生与计划生育 is 卫生健康, 文化体育与传媒 is 文化旅游体育与传媒, 国土海洋气象等 is 自然资源海洋气象等; 资源勘探信息等, 城乡社区事务 and 农林水事务 are earlier editions’ names (now 资源勘探工业信息等, 城乡社区, 农林水); words in the wrong order (文化体育旅游与传媒) are no class name. One class listed on two lines under its old and new names is listed twice.',
  },
  messages: {
    outdated: { zh: '{table}列有旧科目名称：{names}', en: '{table} lists class names no longer in force: {names}' },
    misprinted: { zh: '{table}：“{found}”不是科目名称，应为“{now}”（{code}）', en: '{table}: “{found}” is no class name; the class is “{now}” ({code})' },
    twice: {
      zh: '{table}将{code}类列示两次：“{old}”（旧名）与“{now}”',
      en: '{table} lists class {code} twice: “{old}” (its former name) and “{now}”',
    },
  },
  check(model, ctx) {
    const tables = model.tables.filter((t) => SUMMARY_KINDS.has(t.kind) && t.rows.length > 0);
    if (tables.length === 0) {
      ctx.skip({ zh: '没有可读的收支总表或财政拨款收支总表', en: 'no readable income-and-expenditure or fiscal summary table' });
      return;
    }
    for (const t of tables) checkTable(t);

    function checkTable(t: Table) {
      const name = tableName(t, ctx.lang);
      const rows = t.rows.filter((r) => r.side !== 'income' && r.role === 'item');
      const byCode = new Map<string, Row[]>();
      const outdated: Array<{ row: Row; found: string; now: string; code: string }> = [];
      for (const r of rows) {
        const b = bareClassName(r.label);
        const current = FUNCTION_CLASSES.find((c) => c.name === b)?.code;
        const old = OUTDATED[b];
        const wrong = MISPRINTED[b];
        const code = current ?? old?.code ?? wrong?.code;
        if (code) pushTo(byCode, code, r);
        if (old) outdated.push({ row: r, found: b, ...old });
        if (wrong)
          ctx.report({
            messageId: 'misprinted',
            data: { table: name, found: b, now: wrong.now, code: wrong.code },
            locations: [{ line: r.line, table: name, row: r.label.trim(), value: b }],
          });
      }
      const twice = new Set<string>();
      for (const [code, rs] of byCode) {
        if (rs.length < 2) continue;
        const oldRow = rs.find((r) => OUTDATED[bareClassName(r.label)]);
        const nowRow = rs.find((r) => !OUTDATED[bareClassName(r.label)]);
        if (!oldRow || !nowRow) continue;
        twice.add(code);
        ctx.report({
          messageId: 'twice',
          data: { table: name, code, old: bareClassName(oldRow.label), now: bareClassName(nowRow.label) },
          locations: [
            { line: oldRow.line, table: name, row: oldRow.label.trim(), value: bareClassName(oldRow.label) },
            { line: nowRow.line, table: name, row: nowRow.label.trim(), value: bareClassName(nowRow.label) },
          ],
        });
      }
      const rest = outdated.filter((o) => !twice.has(o.code));
      if (rest.length === 0) return;
      const sep = ctx.lang === 'zh' ? '；' : '; ';
      const names = rest
        .map((o) => (ctx.lang === 'zh' ? `“${o.found}”应为“${o.now}”（${o.code}）` : `“${o.found}” is now “${o.now}” (${o.code})`))
        .join(sep);
      ctx.report({
        messageId: 'outdated',
        data: { table: name, names },
        locations: rest.map((o) => ({ line: o.row.line, table: name, row: o.row.label.trim(), value: o.found })),
      });
    }
  },
});
