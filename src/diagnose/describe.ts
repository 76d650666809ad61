import type { Lang } from '../engine/rule.js';
import type { Correction, Diagnosis, Location } from '../model/report.js';

/** The diagnosis in words, zh and en: what to correct, where, to what. */

function where(l: Location, lang: Lang): string {
  if (!l.table) return lang === 'zh' ? `说明第${l.line}行“${l.row ?? ''}”` : `narrative line ${l.line} “${l.row ?? ''}”`;
  const parts = [l.table, l.row?.trim(), l.column].filter((p): p is string => !!p);
  return parts.join(lang === 'zh' ? ' · ' : ' / ') + (lang === 'zh' ? `（第${l.line}行）` : ` (line ${l.line})`);
}

function one(c: Correction, lang: Lang): string {
  if (c.absent) {
    const of = c.suggested ? (lang === 'zh' ? `，应为 ${c.suggested}` : ` of ${c.suggested}`) : '';
    return lang === 'zh' ? `${c.location.table ?? ''} 缺少“${c.location.row ?? ''}”行${of}` : `${c.location.table ?? ''} lacks a row “${c.location.row ?? ''}”${of}`;
  }
  const printed = c.printed === '' ? (lang === 'zh' ? '空白' : 'blank') : c.printed;
  const should = c.suggested ? (lang === 'zh' ? `，应为 ${c.suggested}` : ` should be ${c.suggested}`) : lang === 'zh' ? '，有误' : ' is wrong';
  return lang === 'zh' ? `${where(c.location, lang)} 印为 ${printed}${should}` : `${where(c.location, lang)}: ${printed}${should}`;
}

function zeroRow(l: Location, lang: Lang): string {
  return lang === 'zh'
    ? `${l.table ?? ''}“${l.row?.trim() ?? ''}”行（第${l.line}行）各数印为零`
    : `${l.table ?? ''} row “${l.row?.trim() ?? ''}” (line ${l.line}) is printed as zeros`;
}

/** One alternative: its numbers one by one, the cells of a zero row as their row. */
function alternative(cs: readonly Correction[], lang: Lang): string {
  const rows = new Map<string, Location>();
  const texts: string[] = [];
  const follows: string[] = [];
  for (const c of cs) {
    if (c.derived) {
      follows.push(lang === 'zh' ? `${where(c.location, lang)} 的比率随之为 ${c.suggested ?? ''}%` : `the rate of ${where(c.location, lang)} then ${c.suggested ?? ''}%`);
      continue;
    }
    if (!c.zeroRow) {
      texts.push(one(c, lang));
      continue;
    }
    const k = `${c.location.table ?? ''}|${c.location.line}`;
    if (rows.has(k)) continue;
    rows.set(k, c.location);
    texts.push(zeroRow(c.location, lang));
  }
  const text = texts.join(lang === 'zh' ? '；' : '; ');
  if (follows.length === 0) return text;
  return lang === 'zh' ? `${text}（${follows.join('，')}）` : `${text} (${follows.join(', ')})`;
}

export function describe(kind: Diagnosis['kind'], alternatives: readonly Correction[][], explained: number, lang: Lang): string {
  const texts = alternatives.map((a) => alternative(a, lang));
  const checks = lang === 'zh' ? `可解释 ${explained} 项不成立的核对` : `explains ${explained} failing check(s)`;
  if (kind === 'tie')
    return lang === 'zh'
      ? `无法确定是哪一处，以下任一更正均可（${checks}）：${texts.join('；或 ')}`
      : `one of these, equally likely (${checks}): ${texts.join('; or ')}`;
  return lang === 'zh' ? `${texts[0]}（${checks}）` : `${texts[0]} (${checks})`;
}
