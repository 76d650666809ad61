import { columnLabel, rowName, tableName } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import { dec } from '../../src/engine/decimal.js';
import { splitOfEconomic } from '../../src/model/economic-classes.js';
import type { Release } from '../../src/model/release.js';
import { templateOf } from '../../src/template/index.js';
import { tablesLacking } from '../skip-reasons.js';

const T06 = 'general-budget-basic' as const;

export const econClassColumn = defineRule({
  id: 'cross-econ-class-column',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '经济分类与人员/公用经费列相符', en: 'Economic class matches the personnel/public column' },
  docs: {
    zh: '一般公共预算基本支出表（06）中，301 工资福利支出与 303 对个人和家庭的补助只能列入人员经费，302 商品和服务支出与 310 资本性支出只能列入公用经费；模板规定某些科目另列的（湖南 06 将 302 中的工会经费、其他交通费用等列入人员类），依模板。',
    en: 'In the basic expenditure table (06), class 301 (wages) and 303 (transfers to households) belong to personnel funds only; 302 (goods and services) and 310 (capital) to public funds only, except the lines a template books elsewhere by its own rule (Hunan 06 books parts of 302 under personnel).',
  },
  messages: {
    wrongColumn: {
      zh: '{table} {row}：{cls} 类应列入 {expected}，却在 {column} 列列有 {value}',
      en: '{table} {row}: class {cls} belongs in {expected}, yet {column} holds {value}',
    },
  },
  check(model: Release, ctx) {
    const ix = ctx.facts;
    const [t06] = ix.readTables([T06]);
    if (!t06) return ctx.skip(tablesLacking(model, { [T06]: t06 }));
    const index = model.tables.indexOf(t06);
    // basic spending of each economic line, in the 人员经费 and 公用经费 columns
    const cells = ix.find({ tableKind: T06, economic: 'any', row: 'item', split: ['basic.personnel', 'basic.public'] });
    const template = templateOf(model);
    for (const f of cells) {
      const home = splitOfEconomic(f.economic!);
      if (f.tableIndex !== index || !home || f.split === home || f.state !== 'value' || dec(f.value).isZero()) continue;
      // a line the template books beyond its class's column (its profile says which, and where)
      if (template.economicSplits(T06, f.economic!)?.includes(f.split)) continue;
      ctx.report({
        messageId: 'wrongColumn',
        data: {
          table: tableName(t06, ctx.lang),
          row: rowName(ix.rowOf(f)),
          cls: f.economic!.slice(0, 3),
          expected: columnLabel(t06, template.columnOfSplit(T06, home) ?? home),
          column: columnLabel(t06, f.source.column),
          value: f.printed,
        },
        locations: [ix.location(f, ctx.lang)],
        expected: '0',
        actual: f.printed,
        difference: f.printed,
      });
    }
  },
});
