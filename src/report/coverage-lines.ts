import type { Lang } from '../engine/rule.js';
import type { DocumentReport } from '../model/report.js';
import type { TableStatus } from '../model/table.js';
import { KIND_NAME } from '../parse/tables/kinds.js';

const STATUS: Record<TableStatus, { zh: string; en: string }> = {
  parsed: { zh: '已读取', en: 'parsed' },
  recovered: { zh: '已恢复', en: 'recovered' },
  empty: { zh: '空表', en: 'empty' },
  unrecovered: { zh: '未能恢复', en: 'not recovered' },
};

export function tableStatusLabel(s: TableStatus, lang: Lang): string {
  return STATUS[s][lang];
}

type Coverage = NonNullable<DocumentReport['coverage']>;

/** Lines named in a coverage note; the count says how many there are in all. */
const LINES_SHOWN = 10;

/**
 * What the audit could not see, in words: tables missing (and what shows it), tables rebuilt from a
 * degraded extract with how much of them is certain, narrative figures left unread, checks skipped.
 * A reviewer trusts silence only when told what was not checked.
 */
export function coverageLines(cov: Coverage, lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  for (const m of cov.missingTables) {
    const name = `${KIND_NAME[m.kind][lang]}`;
    if (m.evidence === 'numbering')
      out.push(zh ? `缺表：${name}（表号在第 ${m.tocLine} 行跳过此表）` : `missing: ${name} (the numbering skips it at line ${m.tocLine})`);
    else if (m.reason === 'illegible')
      out.push(zh ? `缺表：${name}（目录第 ${m.tocLine} 行列出；第 ${m.line} 行无法辨认）` : `missing: ${name} (listed at line ${m.tocLine}; illegible at line ${m.line})`);
    else out.push(zh ? `缺表：${name}（目录第 ${m.tocLine} 行列出，附件中没有）` : `missing: ${name} (listed at line ${m.tocLine}, not in the attachment)`);
  }
  for (const t of cov.tables) {
    if (t.status !== 'recovered' && t.status !== 'unrecovered') continue;
    const name = `${KIND_NAME[t.kind][lang]}${t.number ? ` (${t.number})` : ''}`;
    const certain = t.valueCells - t.ambiguousCells;
    out.push(
      zh
        ? `${tableStatusLabel(t.status, lang)}：${name}（第 ${t.line} 行）确定 ${certain} 格，存疑 ${t.ambiguousCells} 格，丢失 ${t.lostCells} 格`
        : `${tableStatusLabel(t.status, lang)}: ${name} (line ${t.line}) ${certain} cells certain, ${t.ambiguousCells} ambiguous, ${t.lostCells} lost`,
    );
  }
  for (const t of cov.tables) {
    if (!t.textCells) continue;
    const name = `${KIND_NAME[t.kind][lang]}${t.number ? ` (${t.number})` : ''}`;
    const { count, lines } = t.textCells;
    const shown = lines.slice(0, LINES_SHOWN).join(zh ? '、' : ', ');
    const more = lines.length > LINES_SHOWN ? (zh ? ` 等 ${lines.length} 行` : ` and ${lines.length - LINES_SHOWN} more`) : '';
    out.push(
      zh
        ? `${name}（第 ${t.line} 行）有 ${count} 格在金额位置印的是文字，未作金额核对：第 ${shown} 行${more}`
        : `${name} (line ${t.line}): ${count} cells print text where an amount belongs and were not checked: line ${shown}${more}`,
    );
  }
  if (cov.narrative?.sections === 0)
    out.push(zh ? '未找到情况说明（第二部分）的章节：说明与表格的核对未能进行' : 'no narrative sections (第二部分) found: narrative checks could not run');
  if (cov.unclaimedSentences.length)
    out.push(zh ? `说明中未识别的含数句子 ${cov.unclaimedSentences.length} 句` : `${cov.unclaimedSentences.length} narrative sentences with figures not read`);
  if (cov.rules.skipped.length)
    out.push(
      (zh ? '未运行的规则：' : 'rules not run: ') + cov.rules.skipped.map((s) => `${s.ruleId}（${s.reason}）`).join(zh ? '；' : '; '),
    );
  return out;
}
