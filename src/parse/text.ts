/**
 * Line-level text helpers shared by the metadata, table-of-contents and narrative readers.
 * Extraction tools decorate the same words differently (markdown `#`/`**`, list bullets, spaces
 * inside words), so comparisons go through these normalisations while line numbers stay exact.
 */

/**
 * Drop markdown heading marks, bold/italic marks and a leading list bullet; keep the words. Every
 * asterisk goes: a wrap can split `**` over two lines, and the releases use none as a word.
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(/\*+|__/g, '')
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\s*[-•·]\s+/, '')
    .trim();
}

/** Words only: no markdown, no whitespace of any width. */
export function compact(line: string): string {
  return stripMarkdown(line).replace(/[\s\u3000]+/g, '');
}

/** A page number standing alone on a line (`12`, `- 12 -`, `第 3 页`). */
export function isPageMark(line: string): boolean {
  return /^\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*$/.test(line) || /^\s*第\s*\d{1,3}\s*页\s*$/.test(line);
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as printed in ordinals (一, 十, 十二, 二十一); null for anything else. */
export function chineseOrdinal(s: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)];
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : CN_DIGITS[rest];
  if (tens === undefined || ones === undefined || rest.length > 1 || ten > 1) return null;
  return tens * 10 + ones;
}

/** The year a phrase such as `2026年度`, `2024 年` or `## 2022 年度部门预算` names. */
export function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? parseInt(m[1] ?? '', 10) : null;
}
