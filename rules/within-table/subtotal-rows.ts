import { amountKeys, columnLabel, rowName, tableName, type Located } from '../../src/engine/query.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Row, Table, TableKind } from '../../src/model/table.js';
import { childrenOf } from './row-levels.js';
import { impliedCells, readWith, type Implied } from './implied.js';
import { where, type Part } from './sum-finding.js';
import { GROUP_MESSAGES, reportGroup, sumFails, sumOfParts, type GroupedSum } from './sum-group.js';
import { fmt } from '../../src/engine/decimal.js';

/** Side-by-side summaries and free-form tables have their own rules. */
const NOT_NESTED: ReadonlySet<TableKind> = new Set([
  'income-expenditure-summary',
  'fiscal-summary',
  'three-public',
  'performance-overall',
  'final-accounts',
  'other',
]);

/** One sum per column for a row and the rows beneath it, read with blank subtotals filled in. */
function columnSum(ctx: RuleContext, table: Table, row: Row, children: readonly Row[], key: string, implied: (r: Row) => ReadonlyMap<string, Implied>): GroupedSum | undefined {
  const whole = readWith(implied(row), table, row, key, ctx.lang);
  const reads = children.map((c) => ({ row: c, read: readWith(implied(c), table, c, key, ctx.lang) }));
  if (whole.state === 'unusable' || reads.some((r) => r.read.state === 'unusable')) return undefined;
  if (whole.state === 'empty' && reads.every((r) => r.read.state === 'empty')) return undefined;
  const total: Located =
    whole.state === 'value' ? whole.located : { printed: { value: '0', decimals: 2 }, location: whole.location };
  const parts: Part[] = reads.map(({ row: c, read }) => ({
    label: rowName(c),
    located: read.state === 'value' ? read.located : undefined,
  }));
  return { label: columnLabel(table, key), total, parts, showParts: false };
}

function subject(ctx: RuleContext, row: Row, children: readonly Row[]): string {
  const names = children.map(rowName);
  const shown = names.length > 4 ? [...names.slice(0, 3), '…', names[names.length - 1]!] : names;
  return ctx.lang === 'zh'
    ? `${rowName(row)} 与其下 ${children.length} 行（${shown.join('、')}）之和`
    : `${rowName(row)} against the ${children.length} row(s) beneath it (${shown.join(', ')})`;
}

interface Pair {
  row: Row;
  children: readonly Row[];
  sums: Map<string, GroupedSum>;
}

/**
 * A row printed wrong fails twice: against the rows beneath it and, as a part, in the sum above it.
 * When putting the sum of its own rows in its place makes the sum above hold, the sum above is not
 * a second mistake: only the row itself is reported.
 */
function explainedBelow(pair: Pair, pairs: readonly Pair[]): boolean {
  const failing = [...pair.sums.entries()].filter(([, s]) => sumFails(s));
  if (failing.length === 0) return false;
  const below = new Map(pairs.map((p) => [p.row, p]));
  let replaced = false;
  const holds = failing.every(([key, s]) => {
    const parts = s.parts.map((part, i) => {
      const child = below.get(pair.children[i]!);
      const own = child?.sums.get(key);
      if (!own || !sumFails(own)) return part;
      replaced = true;
      const { sum, decimals } = sumOfParts(own.parts);
      return { ...part, located: { printed: { value: fmt(sum, decimals), decimals }, location: own.total.location } };
    });
    return !sumFails({ ...s, parts });
  });
  return replaced && holds;
}

/** Rows whose own failure explains the sum above them, with that upper row. */
function blamedRows(pairs: readonly Pair[]): Map<Row, Row> {
  const out = new Map<Row, Row>();
  for (const p of pairs) {
    if (!explainedBelow(p, pairs)) continue;
    for (const c of p.children) if (pairs.some((q) => q.row === c && [...q.sums.values()].some(sumFails))) out.set(c, p.row);
  }
  return out;
}

function noteText(ctx: RuleContext, upper: Row): string {
  return ctx.lang === 'zh'
    ? `（${rowName(upper)} 与其下各明细行之和相符，错在本行）`
    : ` (${rowName(upper)} agrees with the detail rows, so this row is the one misprinted)`;
}

export const subtotalRows = defineRule({
  id: 'table-subtotal-rows',
  family: 'within-table',
  severity: 'error',
  title: { zh: '合计行等于其下各行之和', en: 'Subtotal rows equal the rows beneath them' },
  docs: {
    zh: '每个合计、部门、单位及类/款小计行，在每一列上都等于其下一级各行之和（同一对行在各列上的不符合为一条发现；空白小计按其组成之和计）：合计 = 各部门行，部门 = 各单位行（无单位行时为各科目/项目行），类/款 = 编码以其开头的各行。差额在四舍五入区间内记为提示。',
    en: 'Every 合计, department, unit and printed 类/款 subtotal row equals, in every column, the sum of the rows one level beneath it (the columns failing for one pair of rows make one finding; a blank subtotal counts as the sum of its parts): total = department rows, department = unit rows (or the item rows when there are no units), 类/款 = the rows whose code starts with theirs. A difference within the rounding interval is an info note.',
  },
  messages: { ...GROUP_MESSAGES },
  check(model: Release, ctx) {
    let checked = false;
    for (const table of model.tables) {
      if (NOT_NESTED.has(table.kind) || (table.status !== 'parsed' && table.status !== 'recovered')) continue;
      const keys = amountKeys(table);
      const pairs: Pair[] = [];
      // a row's blank subtotals are the same for every column and every pair it belongs to
      const impliedOf = new Map<Row, ReadonlyMap<string, Implied>>();
      const implied = (r: Row) => {
        let m = impliedOf.get(r);
        if (!m) impliedOf.set(r, (m = impliedCells(table, r, ctx.lang)));
        return m;
      };
      table.rows.forEach((row, i) => {
        const children = childrenOf(table.rows, i);
        if (children.length === 0) return;
        checked = true;
        const sums = new Map<string, GroupedSum>();
        for (const k of keys) {
          const sum = columnSum(ctx, table, row, children, k, implied);
          if (sum) sums.set(k, sum);
        }
        pairs.push({ row, children, sums });
      });
      const blamed = blamedRows(pairs);
      for (const pair of pairs) {
        if (explainedBelow(pair, pairs)) continue;
        const note = blamed.get(pair.row);
        const text = subject(ctx, pair.row, pair.children) + (note ? noteText(ctx, note) : '');
        reportGroup(ctx, { where: where(ctx, tableName(table, ctx.lang)), subject: text, sums: [...pair.sums.values()] });
      }
    }
    if (!checked)
      ctx.skip({
        zh: '未读到有分级小计的表（合计、单位行或类、款、项各级）',
        en: 'no table with subtotal rows (totals over units, or 类/款/项 levels) was read',
      });
  },
});
