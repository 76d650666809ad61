import { defineRule } from '../../src/engine/rule.js';
import { tableName } from '../../src/engine/query.js';
import type { Table } from '../../src/model/table.js';
import { normName } from './names.js';
import { pushTo } from '../../src/group.js';

/** A qualifier printed where the name belongs. */
const GENERIC = /^(本级|本部门|本单位|汇总)?$/;

/**
 * The name in 第二部分's title (`X2026年部门预算情况说明`), on the heading line or the next lines
 * (seed 002 prints the name and the year on two lines).
 */
function narrativeHeadingName(start: number | undefined, lines: readonly string[]): { line: number; text: string } | undefined {
  if (start === undefined) return undefined;
  let name: { line: number; text: string } | undefined;
  for (let n = start; n < start + 6 && n <= lines.length; n++) {
    // the part's heading may be an ordinal heading of its own (`二、2026年…情况说明`): the ordinal is no name
    const text = (lines[n - 1] ?? '').replace(/[\s\u3000#*]/g, '').replace(/^第[一二三四五六七八九十]部分[:：]?/, '').replace(n === start ? /^[一二三四五六七八九十]、/ : /^$/, '');
    if (!text) continue;
    const m = /^(.*?)(?:19|20)\d{2}年/.exec(text);
    if (m) {
      if (m[1]) name = { line: n, text: m[1] };
      return name && /预算|决算/.test(text) ? name : undefined;
    }
    if (/^[一二三四五六七八九十]、/.test(text)) return undefined;
    name = { line: n, text };
  }
  return undefined;
}

export const metadataDepartment = defineRule({
  id: 'metadata-department',
  family: 'metadata',
  severity: 'warning',
  title: { zh: '部门名称不一致', en: 'Department name differs' },
  docs: {
    zh: '封面、情况说明和各表“部门名称：”须是同一部门名称（绩效目标表多为手工录入，常有漏字）。所属预算单位的名称不算不一致。',
    en: 'The cover, the narrative and every table’s “部门名称：” must name the same department (the performance tables are typed by hand and drift). A budget unit’s own name is not a drift.',
  },
  messages: {
    differs: {
      zh: '{count}张表（{where}）部门名称为“{found}”，封面为“{name}”',
      en: '{count} table(s) ({where}) name the department “{found}”, the cover “{name}”',
    },
    heading: {
      zh: '情况说明标题中部门名称为“{found}”，封面为“{name}”',
      en: 'the narrative title names the department “{found}”, the cover “{name}”',
    },
    noName: {
      zh: '{count}张表（{where}）“部门名称：”只写“{found}”，未写部门名称“{name}”',
      en: '{count} table(s) ({where}) print “部门名称：{found}” instead of the department name “{name}”',
    },
  },
  check(model, ctx) {
    const dept = model.meta.department;
    if (!dept) {
      ctx.skip({
        zh: '未识别出部门名称（封面、情况说明标题和表头“部门名称：”中均未找到）',
        en: 'the department name is unknown (not found on the cover, in the narrative title or after “部门名称：” on a table)',
      });
      return;
    }
    const want = normName(dept.text);
    // Unit rows name the budget units a table may be printed for.
    const units = new Set(
      model.tables.flatMap((t) => t.rows.filter((r) => r.role === 'unit' || r.role === 'department').map((r) => normName(r.label))),
    );
    // a row whose name was not printed (a degraded extract) names no unit
    units.delete('');
    // One finding per distinct drifted name, listing every table that prints it.
    const drift = new Map<string, Table[]>();
    for (const t of model.tables) {
      if (!t.department) continue;
      const found = normName(t.department.text);
      if (found === want || units.has(found)) continue;
      pushTo(drift, t.department.text, t);
    }
    const heading = narrativeHeadingName(model.narrative.line, ctx.lines);
    if (heading && normName(heading.text) !== want && !units.has(normName(heading.text))) {
      ctx.report({
        messageId: 'heading',
        data: { found: heading.text, name: dept.text },
        locations: [{ line: heading.line, value: heading.text }, { line: dept.line, value: dept.text }],
      });
    }
    for (const [found, tables] of drift) {
      const where = tables.map((t) => (ctx.lang === 'zh' ? `“${t.title}”` : `“${t.title}”`)).join(ctx.lang === 'zh' ? '、' : ', ');
      ctx.report({
        messageId: GENERIC.test(normName(found)) ? 'noName' : 'differs',
        data: { where, count: tables.length, found, name: dept.text },
        locations: [
          ...tables.map((t) => ({ line: t.department!.line, table: tableName(t, ctx.lang), value: found })),
          { line: dept.line, value: dept.text },
        ],
      });
    }
  },
});
