import { parseAmount } from '../number.js';

/** A whitespace-separated piece of a line, with the line it stands on. */
export interface Token {
  t: string;
  line: number;
}

export interface Amount {
  raw: string;
  value: string;
  decimals: number;
  line: number;
}

const CJK = '[\\u3400-\\u9fff\\uff08\\uff09\\u3001\\uff1a\\u201c\\u201d()]';
const CJK_GAP = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'g');

/** Letter-spaced labels (`本 年 收 入 合 计`) and labels broken across lines read as one word. */
export function compactLabel(s: string): string {
  return s.replace(CJK_GAP, '').replace(/\s+/g, ' ').trim();
}

/**
 * Amounts in these tables always print decimals; a bare integer is a code, a page number or an
 * indicator value, never an amount.
 */
export function readAmount(tok: Token): Amount | null {
  if (!/[.．]/.test(tok.t)) return null;
  const n = parseAmount(tok.t);
  return n ? { raw: tok.t, value: n.value, decimals: n.decimals, line: tok.line } : null;
}

/** A page number alone on its line: a short integer without the leading zero that org codes carry. */
export function isPageNo(line: string): boolean {
  return /^\s*(?:-\s*)?[1-9]\d{0,2}(?:\s*-)?\s*$/.test(line) || /^\s*第\s*\d+\s*页/.test(line);
}

export function isNote(line: string): boolean {
  return /^\s*(注[：:]|备注|说明[：:]|注\s*\d)/.test(line);
}

export function isIllegible(line: string): boolean {
  return /\[illegible\]/i.test(line);
}

/** Title-block lines that a page break may repeat inside a table. */
export function isTitleBlockLine(line: string): boolean {
  const s = line.replace(/\s+/g, '');
  return (
    /^预算\d+表$/.test(s) ||
    /^部门名称[：:]/.test(s) ||
    /^单位[：:](万元|元)?$/.test(s) ||
    /单位[：:]万元$/.test(s) ||
    /^万元$/.test(s) ||
    /^[(（]?\d{4}年度?[)）]?$/.test(s) ||
    (/表$/.test(s) && s.length < 40 && /\d{4}年/.test(s))
  );
}
