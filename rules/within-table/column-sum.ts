import { intervalOf } from '../../src/engine/decimal.js';
import {
  columnLabel, hasColumn, readCell, rowName, tableName, type CellRead, type Located,
} from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { columnIdentities, OF_WHICH_COLUMNS, type ColumnIdentity } from './column-identities.js';
import { reportSum, SUM_MESSAGES, where, type Part } from './sum-finding.js';

function checkIdentity(ctx: RuleContext, table: Table, row: Row, id: ColumnIdentity): void {
  const partKeys = id.parts.filter((k) => hasColumn(table, k));
  if (id.all ? partKeys.length !== id.parts.length : partKeys.length < 2) return;
  const whole = readCell(table, row, id.whole, ctx.lang);
  const reads: Array<[string, CellRead]> = partKeys.map((k) => [k, readCell(table, row, k, ctx.lang)]);
  if (whole.state === 'unusable' || reads.some(([, r]) => r.state === 'unusable')) return;
  if (whole.state === 'empty' && reads.every(([, r]) => r.state === 'empty')) return;
  const total: Located =
    whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
  const parts: Part[] = reads.map(([k, r]) => ({
    label: columnLabel(table, k),
    located: r.state === 'value' ? r.located : undefined,
  }));
  reportSum(ctx, {
    where: where(ctx, tableName(table, ctx.lang), rowName(row)),
    totalLabel: columnLabel(table, id.whole),
    total,
    parts,
  });
}

function checkOfWhich(ctx: RuleContext, table: Table, row: Row, partKey: string, wholeKey: string): void {
  if (!hasColumn(table, partKey) || !hasColumn(table, wholeKey)) return;
  const part = readCell(table, row, partKey, ctx.lang);
  const whole = readCell(table, row, wholeKey, ctx.lang);
  if (part.state !== 'value' || whole.state === 'unusable') return;
  const wholeValue = whole.state === 'value' ? whole.located.printed : { value: '0', decimals: 2 };
  // Only a part that cannot be below its whole even after rounding is an error.
  if (!intervalOf(part.located.printed).lo.gt(intervalOf(wholeValue).hi)) return;
  ctx.report({
    messageId: 'ofWhich',
    data: {
      where: where(ctx, tableName(table, ctx.lang), rowName(row)),
      part: columnLabel(table, partKey),
      partValue: part.located.printed.value,
      whole: columnLabel(table, wholeKey),
      wholeValue: wholeValue.value,
    },
    locations: [whole.state === 'value' ? whole.located.location : whole.location, part.located.location],
    expected: wholeValue.value,
    actual: part.located.printed.value,
  });
}

export const columnSum = defineRule({
  id: 'table-column-sum',
  family: 'within-table',
  severity: 'error',
  title: { zh: '表内各列勾稽', en: 'Columns add up within each row' },
  docs: {
    zh: '每一行中，合计列等于其组成列之和：合计 = 基本支出 + 项目支出；基本支出 = 工资福利 + 对个人和家庭的补助 + 商品和服务 + 资本性支出；项目支出 = 其他运转类 + 特定目标类；06 表合计 = 人员经费 + 公用经费；资金来源各列之和等于总计（02 表总计 = 本年收入 + 上年结转结余，本年收入 = 各来源，"其中：财政拨款"不计入）；08 表合计 = 出国 + 公务用车 + 接待，公务用车 = 购置 + 运行。"其中"列不得大于其所属列。差额在四舍五入区间内记为提示。',
    en: 'In every row a total column equals the sum of its part columns: total = basic + project; basic = wages + family + goods + capital; project = operating + specific; table 06 total = personnel + public; funding columns add up to their total (02: total = current + carryover, current = its sources, never counting the "of which: fiscal" column); table 08 total = abroad + vehicles + reception, vehicles = purchase + operation. An "of which" column may not exceed its whole. A difference within the rounding interval is an info note.',
  },
  messages: {
    ...SUM_MESSAGES,
    ofWhich: {
      zh: '{where}：其中项 {part} 为 {partValue}，大于其所属的 {whole} {wholeValue}',
      en: '{where}: the "of which" column {part} ({partValue}) exceeds its whole {whole} ({wholeValue})',
    },
  },
  check(model: Release, ctx) {
    const tables = model.tables.filter((t) => t.status === 'parsed' || t.status === 'recovered');
    let checked = false;
    for (const table of tables) {
      const ids = columnIdentities(table.kind, table.columns.map((c) => c.key));
      if (ids.length === 0) continue;
      checked = true;
      for (const row of table.rows) {
        for (const id of ids) if (hasColumn(table, id.whole)) checkIdentity(ctx, table, row, id);
        for (const [p, w] of OF_WHICH_COLUMNS) checkOfWhich(ctx, table, row, p, w);
      }
    }
    if (!checked) ctx.skip('no table with column identities was read');
  },
});
