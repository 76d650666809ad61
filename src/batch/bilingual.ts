import type { Lang } from '../engine/rule.js';

/**
 * Input errors carry both languages as "中文 / English" (see src/ingest/read.ts); a report shows the
 * one the user asked for. A message with extra detail after a colon keeps that detail.
 */
export function pickLang(message: string, lang: Lang): string {
  const m = /\s?\/ /.exec(message);
  if (!m) return message;
  return lang === 'zh' ? message.slice(0, m.index) : message.slice(m.index + m[0].length);
}
