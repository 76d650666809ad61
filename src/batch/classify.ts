import type { Release } from '../model/release.js';

/** Why a readable text is not audited as a release; the message carries both languages. */
export interface NotARelease {
  reason: 'empty' | 'no-budget-words' | 'no-release-evidence';
  message: string;
}

const BUDGET_WORDS = /预算|决算/;

/**
 * Before parsing: an empty text, or one that never says 预算 or 决算, cannot be a budget release.
 * Cheap, and it spares a large novel the parser.
 */
export function screenText(text: string): NotARelease | undefined {
  if (text.trim() === '') return { reason: 'empty', message: '文件为空（没有文字）/ the file is empty (no text)' };
  if (!BUDGET_WORDS.test(text))
    return {
      reason: 'no-budget-words',
      message: '不是预算公开文件：全文没有"预算"或"决算"字样 / not a budget release: the text never says 预算 (budget) or 决算 (final accounts)',
    };
  return undefined;
}

/**
 * After parsing: a release shows at least one of a recognised table, a table of contents, a cover
 * naming the kind of release, or a narrative section. A text with none of them is not audited: its
 * findings would all be "table missing". A half-downloaded release keeps its cover or first tables,
 * so it is still audited (and its missing tables reported).
 */
export function screenModel(model: Release): NotARelease | undefined {
  const evidence =
    model.tables.length > 0 || model.toc !== undefined || model.meta.kind !== undefined || model.narrative.sections.length > 0;
  if (evidence) return undefined;
  return {
    reason: 'no-release-evidence',
    message:
      '不是预算公开文件：提到"预算"，但没有可识别的表格、目录、封面或情况说明 / not a budget release: it mentions 预算 but has no recognisable table, table of contents, cover or narrative',
  };
}
