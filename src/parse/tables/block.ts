import type { Span } from '../../model/primitives.js';
import type { TableKind } from '../../model/table.js';
import type { Unit } from '../../model/primitives.js';

/** A table's stretch of lines, found by its title; the reader of its layout fills in the rows. */
export interface TableBlock {
  kind: TableKind;
  /** printed number (预算03表 → "03"), else the Henan number of the kind */
  number?: string;
  /** line of the printed number (预算03表), when one is printed */
  numberLine?: number;
  title: string;
  titleLine: number;
  /** first line after the title block (1-based) */
  start: number;
  /** last line of the block, inclusive (1-based) */
  end: number;
  year?: number;
  unit: Unit;
  unitLine?: number;
  department?: Span;
}
