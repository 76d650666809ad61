import { rowName, tableName, type Located } from '../../src/engine/query.js';
import type { RuleContext, Text } from '../../src/engine/rule.js';
import type { Location } from '../../src/model/report.js';
import type { Row, Table } from '../../src/model/table.js';
import type { Part } from './sum-finding.js';
import { where } from './sum-finding.js';
import { pushTo } from '../../src/group.js';

/**
 * A subtotal printed blank while its parts carry money. The omission is one finding per table and
 * column however many rows share it; the rules then use the implied value above it.
 */
export interface Blank {
  table: Table;
  row: Row;
  /** printed label of the blank column (or of the blank line, in a side-by-side summary) */
  column: string;
  /** the implied value, located at the blank cell */
  located: Located;
  parts: Part[];
}

export const BLANK_MESSAGES: Record<'blankSubtotal', Text> = {
  blankSubtotal: {
    zh: '{where}：{column} 未印出（空白），但其组成有数：{details}',
    en: '{where}: {column} is not printed (blank) although its parts carry amounts: {details}',
  },
};

function partsText(parts: readonly Part[]): string {
  return parts.flatMap((p) => (p.located ? [`${p.label} ${p.located.printed.value}`] : [])).join(' + ');
}

export function reportBlanks(ctx: RuleContext, blanks: readonly Blank[]): void {
  const groups = new Map<string, Blank[]>();
  for (const b of blanks) {
    const k = `${b.table.titleLine}|${b.column}`;
    pushTo(groups, k, b);
  }
  const zh = ctx.lang === 'zh';
  for (const group of groups.values()) {
    const first = group[0]!;
    const details = group
      .map((b) =>
        zh
          ? `${rowName(b.row)}：${partsText(b.parts)}，合 ${b.located.printed.value}`
          : `${rowName(b.row)}: ${partsText(b.parts)} = ${b.located.printed.value}`,
      )
      .join(zh ? '；' : '; ');
    const locations: Location[] = group.flatMap((b) => [
      b.located.location,
      ...b.parts.flatMap((p) => (p.located ? [p.located.location] : [])),
    ]);
    ctx.report({
      messageId: 'blankSubtotal',
      severity: 'warning',
      data: { where: where(ctx, tableName(first.table, ctx.lang)), column: first.column, details },
      locations,
      expected: first.located.printed.value,
    });
  }
}
