import type { Lang } from '../engine/rule.js';
import type { DocumentReport } from '../model/report.js';

const KIND_WORD: Record<string, { zh: string; en: string }> = {
  region: { zh: '地区', en: 'region' },
  cover: { zh: '封面', en: 'cover' },
  title: { zh: '表名', en: 'title' },
  'table-number': { zh: '表号', en: 'table number' },
};

/**
 * The per-document template line of every report: which template the release was read with and
 * what showed it; an unknown template says that only template-independent checks ran.
 */
export function templateLine(d: Pick<DocumentReport, 'template'>, lang: Lang): string | undefined {
  const t = d.template;
  if (!t) return undefined;
  const name = `${t.name[lang]} (${t.id})`;
  if (t.id === 'unknown')
    return lang === 'zh'
      ? `模板：${name}，未能识别，仅运行与模板无关的检查`
      : `template: ${name}, not recognised: only template-independent checks ran`;
  const shown = t.evidence.slice(0, 3).map((e) => (lang === 'zh' ? `${KIND_WORD[e.kind]?.zh ?? e.kind}“${e.text}”（第${e.line}行）` : `${KIND_WORD[e.kind]?.en ?? e.kind} “${e.text}” (line ${e.line})`));
  return lang === 'zh' ? `模板：${name}，依据${shown.join('、')}` : `template: ${name}, from ${shown.join(', ')}`;
}
