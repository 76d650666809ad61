import type { SourceAmount, Unit } from '../model/primitives.js';

const FULLWIDTH_OFFSET = 0xfee0;

/** Full-width digits and punctuation to ASCII, ideographic space to space, for number reading only. */
export function asciiDigits(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET))
    .replace(/\u3000/g, ' ');
}

const AMOUNT_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export interface ParsedNumber {
  /** canonical decimal string: no separators, no leading +, "-" for minus */
  value: string;
  decimals: number;
}

/**
 * Read one printed amount: "1,241.66", "0.00", "8.6", "0", "１２３．４５", "-3.50".
 * Returns null for anything that is not a single number (text, "—", "12.3.4", "1,24").
 * The digits are kept as printed: no binary floating point ever touches an amount.
 */
export function parseAmount(raw: string): ParsedNumber | null {
  const s = asciiDigits(raw).trim().replace(/\s+/g, '');
  if (!AMOUNT_RE.test(s)) return null;
  const negative = s.startsWith('-') || s.startsWith('−');
  let body = s.replace(/^[-−]/, '').replace(/,/g, '');
  const dot = body.indexOf('.');
  const decimals = dot < 0 ? 0 : body.length - dot - 1;
  let [int = '0', frac] = body.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  body = frac === undefined ? int : `${int}.${frac}`;
  const isZero = /^0+(\.0+)?$/.test(body);
  return { value: negative && !isZero ? `-${body}` : body, decimals };
}

export function toSourceAmount(raw: string, line: number, unit: Unit): SourceAmount | null {
  const n = parseAmount(raw);
  return n ? { value: n.value, raw: raw.trim(), decimals: n.decimals, unit, line } : null;
}

/** Read a percentage body such as "91.73" or "７.６１" (without the % sign). */
export function parsePercent(raw: string): ParsedNumber | null {
  return parseAmount(raw);
}
