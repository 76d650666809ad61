import { intervalOf } from '../../src/engine/decimal.js';
import {
  columnLabel, hasColumn, readCell, rowName, tableName, type Located,
} from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table } from '../../src/model/table.js';
import { OF_WHICH_COLUMNS } from './column-identities.js';
import { identitiesOf, impliedCells, type Implied } from './implied.js';
import { BLANK_MESSAGES, reportBlanks, type Blank } from './blank-subtotal.js';
import { where, type Part } from './sum-finding.js';
import { GROUP_MESSAGES, reportGroup, type GroupedSum } from './sum-group.js';

/** The column identities of one row, checked together: one finding per row lists every sum that fails. */
function checkRow(ctx: RuleContext, table: Table, row: Row, implied: ReadonlyMap<string, Implied>, blanks: Blank[]): void {
  const read = (key: string) => {
    const r = readCell(table, row, key, ctx.lang);
    const filled = implied.get(key);
    return r.state === 'empty' && filled ? ({ state: 'value', located: filled.located } as const) : r;
  };
  const sums: GroupedSum[] = [];
  for (const id of identitiesOf(table)) {
    const filled = implied.get(id.whole);
    if (filled) {
      blanks.push({ table, row, column: columnLabel(table, id.whole), located: filled.located, parts: filled.parts });
      continue;
    }
    const whole = readCell(table, row, id.whole, ctx.lang);
    const reads = id.present.map((k) => [k, read(k)] as const);
    if (whole.state === 'unusable' || reads.some(([, r]) => r.state === 'unusable')) continue;
    if (whole.state === 'empty' && reads.every(([, r]) => r.state === 'empty')) continue;
    const total: Located =
      whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
    const parts: Part[] = reads.map(([k, r]) => ({
      label: implied.has(k) ? `${columnLabel(table, k)}${ctx.lang === 'zh' ? '（未印，按其组成）' : ' (blank, by its parts)'}` : columnLabel(table, k),
      located: r.state === 'value' ? r.located : undefined,
    }));
    sums.push({ label: columnLabel(table, id.whole), total, parts, showParts: true });
  }
  reportGroup(ctx, {
    where: where(ctx, tableName(table, ctx.lang), rowName(row)),
    subject: ctx.lang === 'zh' ? '合计列与其组成列' : 'total columns against their parts',
    sums,
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
    zh: '每一行中，合计列等于其组成列之和：合计 = 基本支出 + 项目支出；基本支出 = 工资福利 + 对个人和家庭的补助 + 商品和服务 + 资本性支出；项目支出 = 其他运转类 + 特定目标类；06 表合计 = 人员经费 + 公用经费；资金来源各列之和等于总计（02 表总计 = 本年收入 + 上年结转结余，本年收入 = 各来源，"其中：财政拨款"不计入）；08 表合计 = 出国 + 公务用车 + 接待，公务用车 = 购置 + 运行。一行中不成立的各式合为一条发现。小计列空白而其组成列有数时，整张表按列只报一次，并以组成之和参与上一级勾稽。"其中"列不得大于其所属列。差额在四舍五入区间内记为提示。',
    en: 'In every row a total column equals the sum of its part columns: total = basic + project; basic = wages + family + goods + capital; project = operating + specific; table 06 total = personnel + public; funding columns add up to their total (02: total = current + carryover, current = its sources, never counting the "of which: fiscal" column); table 08 total = abroad + vehicles + reception, vehicles = purchase + operation. The sums failing in one row make one finding. A subtotal column printed blank while its parts carry money is reported once per table and column, and the value its parts imply is used in the sums above it. An "of which" column may not exceed its whole. A difference within the rounding interval is an info note.',
  },
  messages: {
    ...GROUP_MESSAGES,
    ...BLANK_MESSAGES,
    ofWhich: {
      zh: '{where}：其中项 {part} 为 {partValue}，大于其所属的 {whole} {wholeValue}',
      en: '{where}: the "of which" column {part} ({partValue}) exceeds its whole {whole} ({wholeValue})',
    },
  },
  check(model: Release, ctx) {
    const tables = model.tables.filter((t) => t.status === 'parsed' || t.status === 'recovered');
    let checked = false;
    for (const table of tables) {
      if (identitiesOf(table).length === 0) continue;
      checked = true;
      const blanks: Blank[] = [];
      for (const row of table.rows) {
        checkRow(ctx, table, row, impliedCells(table, row, ctx.lang), blanks);
        for (const [p, w] of OF_WHICH_COLUMNS) checkOfWhich(ctx, table, row, p, w);
      }
      reportBlanks(ctx, blanks);
    }
    if (!checked)
      ctx.skip({
        zh: '未读到有栏目间勾稽关系的表（如合计 = 基本支出 + 项目支出）',
        en: 'no table whose columns add up (such as total = basic + project spending) was read',
      });
  },
});
