import type { Cell } from '../../model/table.js';
import { parseAmount } from '../number.js';

/** One cell read from a clean layout: a printed amount, a blank, or text. */
export function makeCell(column: string, raw: string, line: number): Cell {
  const printed = raw.trim();
  if (printed === '') return { column, raw: '', status: 'empty', value: null, decimals: null, line, certainty: 'certain' };
  const n = parseAmount(printed);
  if (n) return { column, raw: printed, status: 'value', value: n.value, decimals: n.decimals, line, certainty: 'certain' };
  return { column, raw: printed, status: 'text', value: null, decimals: null, line, certainty: 'certain' };
}

/** A printed amount (not a code): it has a decimal point or a thousands separator. */
export function looksLikeAmount(raw: string): boolean {
  const s = raw.trim();
  return /[.,，．]/.test(s) && parseAmount(s) !== null;
}
