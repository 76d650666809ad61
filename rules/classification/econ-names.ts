import { defineRule } from '../../src/engine/rule.js';
import { rowName, tableName } from '../../src/engine/query.js';
import { DEPT_ECON, GOV_ECON, sameEconName } from './econ-codes.js';

export const classificationEconNames = defineRule({
  id: 'classification-econ-names',
  family: 'classification',
  severity: 'warning',
  title: { zh: '经济分类科目编码与名称不符', en: 'Economic class codes and names disagree' },
  docs: {
    zh: '基本支出表、支出经济分类汇总表等按经济分类列示的行，其部门经济分类（3xxxx）和政府经济分类（5xxxx）的科目编码须与名称相符，如 30201 为办公费、50208 为公务用车运行维护费。名称中的“的”、括号内的限定语和末尾的“支出”不计；不在科目表中的编码不查。',
    en: 'Where rows are listed by economic class (the basic-spending and economic-summary tables), each department economic code (3xxxx) and government economic code (5xxxx) must bear its name: 30201 is 办公费, 50208 is 公务用车运行维护费. 的, bracketed qualifiers and a trailing 支出 do not count; codes outside the classification list are not checked.',
  },
  messages: {
    mismatch: {
      zh: '{table}：{side}科目 {code} 印为“{printed}”，该编码的科目名称为“{standard}”',
      en: '{table}: {side} code {code} is printed “{printed}”; that code is “{standard}”',
    },
  },
  check(model, ctx) {
    const rows = model.tables.flatMap((t) => t.rows.filter((r) => r.econ).map((r) => ({ t, r })));
    if (rows.length === 0) {
      ctx.skip({ zh: '没有按经济分类列示的行', en: 'no row is listed by economic class' });
      return;
    }
    const seen = new Set<string>();
    for (const { t, r } of rows) {
      for (const [side, code, list] of [
        ['dept', r.econ?.dept, DEPT_ECON],
        ['gov', r.econ?.gov, GOV_ECON],
      ] as const) {
        if (!code || !code.name.trim()) continue;
        const standard = list[code.code];
        if (!standard || sameEconName(code.name, standard)) continue;
        const key = `${t.kind}|${side}|${code.code}|${code.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sideName = side === 'dept' ? (ctx.lang === 'zh' ? '部门经济分类' : 'department economic') : ctx.lang === 'zh' ? '政府经济分类' : 'government economic';
        ctx.report({
          messageId: 'mismatch',
          data: { table: tableName(t, ctx.lang), side: sideName, code: code.code, printed: code.name.trim(), standard },
          locations: [{ line: r.line, table: tableName(t, ctx.lang), row: rowName(r), value: `${code.code} ${code.name.trim()}` }],
        });
      }
    }
  },
});
