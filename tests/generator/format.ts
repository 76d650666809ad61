import { Decimal } from 'decimal.js';
import type { TableKind } from '../../src/model/table.js';

/** Where a printed number sits in the release: a table cell, or an amount/share/count in the narrative. */
export type NumberRef =
  | { type: 'cell'; table: TableKind; row: string; column: string; side?: 'income' | 'expenditure' }
  | { type: 'claim'; section: string; label: string };

export interface PrintedNumber {
  /** 1-based line number */
  line: number;
  /** offset of the number in the line (UTF-16 units) */
  start: number;
  text: string;
  /** what the number means */
  unit: '万元' | '元' | '%' | '辆' | '台';
  /** the exact value it rounds (in `unit`) */
  exact: Decimal;
  where: NumberRef;
}

/** A piece of a line: plain text, or a printed number with its meaning. */
export type Piece = string | { num: string; exact: Decimal; unit: PrintedNumber['unit']; where: NumberRef };

const TEN_THOUSAND = new Decimal(10_000);

/** 元 → 万元, exact */
export function toWan(yuan: Decimal): Decimal {
  return yuan.div(TEN_THOUSAND);
}

export function round2(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** exact share in percent (part / whole × 100) */
export function percent(part: Decimal, whole: Decimal): Decimal {
  return whole.isZero() ? new Decimal(0) : part.mul(100).div(whole);
}

/** The lines of a release being written, and every number printed in them. */
export class Writer {
  readonly lines: string[] = [];
  readonly printed: PrintedNumber[] = [];

  blank(): void {
    this.lines.push('');
  }

  text(line: string): void {
    this.lines.push(line);
  }

  /** one line made of pieces, joined by `sep` (a tab for table rows, nothing for prose) */
  compose(pieces: readonly Piece[], sep = ''): void {
    const lineNo = this.lines.length + 1;
    let out = '';
    pieces.forEach((p, i) => {
      if (i > 0) out += sep;
      if (typeof p === 'string') {
        out += p;
        return;
      }
      if (p.num !== '') this.printed.push({ line: lineNo, start: out.length, text: p.num, unit: p.unit, exact: p.exact, where: p.where });
      out += p.num;
    });
    this.lines.push(out);
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}
