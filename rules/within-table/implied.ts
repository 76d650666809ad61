import { fmt } from '../../src/engine/decimal.js';
import { columnLabel, hasColumn, readCell, type CellRead, type Located } from '../../src/engine/query.js';
import type { Lang } from '../../src/engine/rule.js';
import type { Row, Table } from '../../src/model/table.js';
import { columnIdentities, type ColumnIdentity } from './column-identities.js';
import type { Part } from './sum-finding.js';
import { sumOfParts } from './sum-group.js';

/**
 * A subtotal printed blank while its parts carry money: the blank is one omission, reported once,
 * and every identity above it uses the value its parts imply, so that the omission does not cascade
 * into 合计 = 基本 + 项目 or into the rows above.
 */
export interface Implied {
  key: string;
  located: Located;
  parts: Part[];
}

type PresentIdentity = ColumnIdentity & { present: string[] };

/** Per column list: every row of a table asks, and the answer depends on the columns only. */
const IDENTITIES = new WeakMap<Table['columns'], { kind: Table['kind']; ids: PresentIdentity[] }>();

/** The identities a table checks in each row, with the part columns it actually has. */
export function identitiesOf(table: Table): PresentIdentity[] {
  const known = IDENTITIES.get(table.columns);
  if (known && known.kind === table.kind) return known.ids;
  const ids = columnIdentities(table.kind, table.columns.map((c) => c.key))
    .filter((id) => hasColumn(table, id.whole))
    .map((id) => ({ ...id, present: id.parts.filter((k) => hasColumn(table, k)) }))
    .filter((id) => (id.all ? id.present.length === id.parts.length : id.present.length >= 2));
  IDENTITIES.set(table.columns, { kind: table.kind, ids });
  return ids;
}

/** Blank wholes of a row whose parts print values, innermost first (基本支出 before 合计). */
export function impliedCells(table: Table, row: Row, lang: Lang): Map<string, Implied> {
  const ids = identitiesOf(table);
  const implied = new Map<string, Implied>();
  // Each pass can fill a whole whose parts were filled by the previous one.
  for (let pass = 0; pass < ids.length; pass++) {
    let grew = false;
    for (const id of ids) {
      if (implied.has(id.whole)) continue;
      const whole = readCell(table, row, id.whole, lang);
      if (whole.state !== 'empty') continue;
      const reads = id.present.map((k) => [k, readWith(implied, table, row, k, lang)] as const);
      if (reads.some(([, r]) => r.state === 'unusable')) continue;
      const parts: Part[] = reads.map(([k, r]) => ({
        label: columnLabel(table, k),
        located: r.state === 'value' ? r.located : undefined,
      }));
      if (parts.every((p) => p.located === undefined)) continue;
      const { sum, decimals } = sumOfParts(parts);
      if (sum.isZero()) continue;
      implied.set(id.whole, {
        key: id.whole,
        located: {
          printed: { value: fmt(sum, decimals), decimals },
          location: whole.location,
          parts: parts.flatMap((p) => (p.located ? [p.located] : [])),
        },
        parts,
      });
      grew = true;
    }
    if (!grew) break;
  }
  return implied;
}

export function readWith(implied: ReadonlyMap<string, Implied>, table: Table, row: Row, key: string, lang: Lang): CellRead {
  const read = readCell(table, row, key, lang);
  const filled = implied.get(key);
  return read.state === 'empty' && filled ? { state: 'value', located: filled.located } : read;
}

/** A cell as the rules should use it: the printed value, or the value its parts imply when blank. */
export function effectiveCell(table: Table, row: Row, key: string, lang: Lang): CellRead {
  return readWith(impliedCells(table, row, lang), table, row, key, lang);
}
