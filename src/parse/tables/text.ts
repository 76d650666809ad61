/**
 * Text helpers for table cells. Extracts break words with spaces (`其中：财 政拨款`, `单 位 代 码`,
 * `中共新乡市凤泉区委员 会 办公室`); Chinese text never needs those spaces, so they go.
 */

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+|[ \\t\\u3000]+(?=[${CJK}])`, 'g');

/** A label as printed, without the spaces extraction put next to Chinese characters. */
export function cleanLabel(s: string): string {
  return s.trim().replace(SPACE_NEAR_CJK, '').replace(/\s+/g, ' ');
}

/** All whitespace and markdown emphasis removed: for comparing words. */
export function compact(s: string): string {
  return s.replace(/[\s\u3000*#`]/g, '');
}

/** A line split into its tab-separated cells. */
export function splitCells(line: string): string[] {
  return line.split('\t');
}

export function hasTab(line: string): boolean {
  return line.includes('\t');
}

/** Strip markdown heading and emphasis marks from a title line. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** A printed ordinal at the start of a label: `一、`, `（一）`, `(二十一) `, `1、`. */
const ORDINAL_RE = /^\s*(?:([一二三四五六七八九十]+)、|[（(]\s*([一二三四五六七八九十]+|\d+)\s*[)）]|(\d+)[、.．])\s*/;

export function splitOrdinal(label: string): { ordinal?: string; rest: string } {
  const m = ORDINAL_RE.exec(label);
  if (!m) return { rest: label };
  return { ordinal: m[1] ?? m[2] ?? m[3], rest: label.slice(m[0].length) };
}

/** The department line above a table: `部门名称：`, `部门（单位）名称：`, `单位名称：` (Guangzhou), `部门：` (Jiangsu). */
export const DEPARTMENT_LINE_RE = /^(?:部门(?:（单位）|\(单位\))?名称|单位名称(?=\s*[:：])|部门(?=\s*[:：]))/;
/** The same words anywhere in a line, to take them out before the unit is looked for. */
export const DEPARTMENT_WORDS_RE = /(?:部门(?:（单位）|\(单位\))?名称|单位名称(?=\s*[:：])|部门(?=\s*[:：]))/;
/** The department line and the name it prints. */
export const DEPARTMENT_NAME_RE = /^(?:部门(?:（单位）|\(单位\))?名称|单位名称(?=\s*[:：])|部门(?=\s*[:：]))\s*[:：]?\s*(.*)$/;
