import { columnLabel, readCell, rowName, tableName, tableOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import { dec } from '../../src/engine/decimal.js';
import type { Release } from '../../src/model/release.js';
import { tablesLacking } from '../skip-reasons.js';

/** Which 06 column an economic class belongs in: 人员经费 = 301 + 303; 公用经费 = 302 + 310. */
const CLASS_COLUMN: Record<string, 'personnel' | 'public'> = {
  '301': 'personnel',
  '303': 'personnel',
  '302': 'public',
  '310': 'public',
};

export const econClassColumn = defineRule({
  id: 'cross-econ-class-column',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '经济分类与人员/公用经费列相符', en: 'Economic class matches the personnel/public column' },
  docs: {
    zh: '一般公共预算基本支出表（06）中，301 工资福利支出与 303 对个人和家庭的补助只能列入人员经费，302 商品和服务支出与 310 资本性支出只能列入公用经费。',
    en: 'In the basic expenditure table (06), class 301 (wages) and 303 (transfers to households) belong to personnel funds only; 302 (goods and services) and 310 (capital) to public funds only.',
  },
  messages: {
    wrongColumn: {
      zh: '{table} {row}：{cls} 类应列入 {expected}，却在 {column} 列列有 {value}',
      en: '{table} {row}: class {cls} belongs in {expected}, yet {column} holds {value}',
    },
  },
  check(model: Release, ctx) {
    const t06 = tableOf(model, 'general-budget-basic');
    if (!t06) return ctx.skip(tablesLacking(model, { 'general-budget-basic': t06 }));
    for (const row of t06.rows) {
      const code = row.econ?.dept?.code;
      if (!code || row.role === 'total') continue;
      const home = CLASS_COLUMN[code.slice(0, 3)];
      if (!home) continue;
      const wrong = home === 'personnel' ? 'public' : 'personnel';
      const r = readCell(t06, row, wrong, ctx.lang);
      if (r.state !== 'value' || dec(r.located.printed.value).isZero()) continue;
      ctx.report({
        messageId: 'wrongColumn',
        data: {
          table: tableName(t06, ctx.lang),
          row: rowName(row),
          cls: code.slice(0, 3),
          expected: columnLabel(t06, home),
          column: columnLabel(t06, wrong),
          value: r.located.printed.value,
        },
        locations: [r.located.location],
        expected: '0',
        actual: r.located.printed.value,
        difference: r.located.printed.value,
      });
    }
  },
});
