import type { Lang } from '../engine/rule.js';
import { INPUT_TROUBLE, type DocumentStatus, type Report } from '../model/report.js';
import { label } from './labels.js';

/** An input that could not be audited (exit 2); `not-a-release` is a notice, `checked` is fine. */
export function isInputTrouble(status: DocumentStatus): boolean {
  return INPUT_TROUBLE.includes(status);
}

/** "5 checked, 1 unreadable, 0 failed, 2 not a budget release": the first three always, others when present. */
export function statusCounts(s: Report['summary'], lang: Lang): string {
  const always: Array<[DocumentStatus, number]> = [
    ['checked', s.checked],
    ['unreadable', s.unreadable],
    ['failed', s.failed],
  ];
  const more: Array<[DocumentStatus, number]> = [
    ['not-a-release', s.notRelease],
    ['too-large', s.tooLarge],
    ['binary', s.binary],
    ['timeout', s.timeout],
  ];
  const parts = [...always, ...more.filter(([, n]) => n > 0)];
  return parts.map(([k, n]) => (lang === 'zh' ? `${label(k, lang)} ${n}` : `${n} ${label(k, lang)}`)).join(lang === 'zh' ? '，' : ', ');
}
