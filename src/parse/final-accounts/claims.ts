import type { BudgetActualClaim, FinalClaim, FinalSubject, GrowthClaim, FinalShareClaim, FinalShareWhole } from '../../model/final-accounts.js';
import type { Percent } from '../../model/narrative.js';
import type { SourceAmount } from '../../model/primitives.js';
import type { Table } from '../../model/table.js';
import type { Coverage } from '../../model/release.js';
import { classOfLabel } from '../../model/function-classes.js';
import { parseAmount } from '../number.js';
import type { FinalAccountsProfile } from '../../template/final-accounts-schema.js';
import { sentencesOf, type Sentence, type TextUnit } from './narrative-text.js';

/** 决算 wording: budget vs actual, the words comparing them and their reason, change on last year. */

const NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)';
const AMOUNT = new RegExp(`${NUM}万元`, 'g');
const GROWTH = new RegExp(`(增加|减少|下降|降低)${NUM}万元[，,]?(增长|下降|降低|减少|增加)${NUM}[%％]`);
const BASE_YEAR = /(?:比|与)(\d{4})年/;
const BUDGET_ACTUAL = new RegExp(`(年初|全年)?预算(?:数)?为${NUM}万元[^。；]{0,200}?决算(?:数)?为${NUM}万元(?:[，,]完成(年初)?预算的${NUM}[%％])?`);
const ACTUAL_RATE = new RegExp(`决算(?:数)?为${NUM}万元[，,]完成(年初)?预算的${NUM}[%％]`);
// the reason is the rest of the sentence after the match (a trailing `(.*)$` would backtrack on long lines)
const COMPARISON = /决算数?(大于|小于|等于)预算数?(?:的)?(?:主要原因(?:是|为|：|:)?)?/;
// `A万元，占B%` / `占比B%` / `占<whole>的B%`: the whole's words (group 2) may be empty
const SHARE = new RegExp(`${NUM}万元[，,]?占(?:比)?(?:为)?([^\\d%％，,。；;：:]{0,30}?)的?${NUM}[%％]`, 'g');
// an amount followed by 其中 / 主要用于 is the whole the shares after it are of
const HEAD_AFTER = /^[，,]?(?:其中|主要用于)/;
const LABEL_BREAK = /[，,；;：:。、]/;
const ITEM_SUBJECT = /^(?:\d+[.．])?([^（]+)（类）([^（]+)（款）([^（]+)（项）$/;

export interface ClaimResult {
  claims: FinalClaim[];
  unclaimed: Coverage['unclaimedSentences'];
  unresolved: Coverage['unresolvedClaims'];
}

function amountAt(s: Sentence, raw: string, index: number): SourceAmount {
  const n = parseAmount(raw)!;
  return { value: n.value, raw, decimals: n.decimals, unit: '万元', line: s.lineAt[index] ?? s.line };
}

function percentAt(s: Sentence, raw: string, index: number): Percent {
  const n = parseAmount(raw)!;
  return { value: n.value, raw: `${raw}%`, decimals: n.decimals, line: s.lineAt[index] ?? s.line };
}

/** index of the n-th capture group's text within the match (a plain search from the match start) */
function groupIndex(m: RegExpExecArray, group: number, from = 0): number {
  const g = m[group];
  if (g === undefined) return m.index;
  const at = m[0].indexOf(g, from);
  return m.index + (at < 0 ? 0 : at);
}

export function subjectOf(words: string, profile: FinalAccountsProfile): FinalSubject | undefined {
  const cls = /^([^（]+?)(?:支出)?（类）/.exec(words);
  if (cls) {
    const code = classOfLabel(cls[1]!.replace(/^\d+[.．]/, ''));
    if (code) return { label: `${cls[1]}（类）`, key: `class.${code}` };
  }
  const s = profile.narrative.subjects.find((x) => new RegExp(x.pattern).test(words));
  return s ? { label: s.label, key: s.key } : undefined;
}

/** The 05 row an item's （类）（款）（项） names: by class, then the 项 name (either containing the other). */
export function itemCode(t05: Table | undefined, classWords: string, kuan: string, xiang: string): string | undefined {
  const cls = classOfLabel(classWords.replace(/^\d+[.．]/, '').replace(/支出$/, ''));
  if (!t05 || !cls) return undefined;
  const items = t05.rows.filter((r) => r.functionCode?.class === cls && r.functionCode.code.length === 7);
  const named = (name: string) => items.filter((r) => r.label === name || r.label.includes(name) || name.includes(r.label));
  let found = named(xiang);
  if (found.length > 1) {
    const kuanRow = t05.rows.find((r) => r.functionCode?.class === cls && r.functionCode.code.length === 5 && r.label === kuan);
    if (kuanRow) found = found.filter((r) => r.functionCode!.code.startsWith(kuanRow.functionCode!.code));
  }
  return found.length === 1 ? found[0]!.functionCode!.code : undefined;
}

const AMOUNT_START = new RegExp(`${NUM}万元`);

/** The opening words of a paragraph up to its first amount's own words (`…决算中，`). */
function labelOpening(text: string, index: number): string {
  return text.slice(0, index - labelBefore(text, index).length);
}

/** The words naming an amount: from the last punctuation before it. */
function labelBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && !LABEL_BREAK.test(text[i - 1]!)) i--;
  return text.slice(i, index);
}

interface StatedAmount {
  label: string;
  amount: SourceAmount;
  /** followed by 其中 / 主要用于 */
  head: boolean;
}

/**
 * The whole a share is of. Named (`占政府采购支出总额的…`): the last amount the paragraph stated under
 * those words, else the subject the words name in the tables (`占总支出…`). Unnamed (`占比…`): the
 * paragraph's last amount followed by 其中 / 主要用于, else the subject its opening words name when
 * they end in 中 (`“三公”经费财政拨款支出决算中，…`).
 */
function wholeOf(named: string, stated: readonly StatedAmount[], opening: string, profile: FinalAccountsProfile): FinalShareWhole | undefined {
  if (named) {
    const same = [...stated].reverse().find((a) => a.label.endsWith(named));
    if (same) return { label: named, amount: same.amount, ...keyOf(same.label, profile) };
    const subject = subjectOf(named, profile);
    return subject?.key ? { label: named, key: subject.key } : undefined;
  }
  const head = [...stated].reverse().find((a) => a.head);
  if (head) {
    const subject = subjectOf(head.label, profile);
    return { label: subject?.key ? subject.label : head.label, amount: head.amount, ...(subject?.key ? { key: subject.key } : {}) };
  }
  if (!/中[，,]?$/.test(opening)) return undefined;
  const subject = subjectOf(opening, profile);
  return subject?.key ? { label: subject.label, key: subject.key } : undefined;
}

function keyOf(words: string, profile: FinalAccountsProfile): { key?: string } {
  const key = subjectOf(words, profile)?.key;
  return key ? { key } : {};
}

export function readClaims(units: readonly TextUnit[], profile: FinalAccountsProfile, tables: readonly Table[]): ClaimResult {
  const out: ClaimResult = { claims: [], unclaimed: [], unresolved: [] };
  const t05 = tables.find((t) => t.kind === 'general-budget-expenditure');
  let seq = 0;
  const id = (line: number) => `f${line}-${++seq}`;
  for (const u of units) {
    const sentences = sentencesOf(u);
    // an item heading `1.一般公共服务（类）信访事务（款）行政运行（项）` names what the unit speaks of
    const head = ITEM_SUBJECT.exec(sentences[0]?.text.replace(/[。；]$/, '') ?? '');
    let itemSubject: FinalSubject | undefined;
    if (head) {
      const code = itemCode(t05, head[1]!, head[2]!, head[3]!);
      itemSubject = { label: `${head[1]}（类）${head[2]}（款）${head[3]}（项）`.replace(/^\d+[.．]/, ''), ...(code ? { key: `general.item.${code}` } : {}) };
    }
    let lastBudgetActual: BudgetActualClaim | undefined;
    let previous: Sentence | undefined;
    const stated: StatedAmount[] = [];
    const first = sentences[0]?.text ?? '';
    const firstAmount = first.search(AMOUNT_START);
    const opening = firstAmount > 0 ? labelOpening(first, firstAmount) : '';
    for (const s of sentences) {
      const text = s.text.replace(/[。；;]$/, '');
      const made: FinalClaim[] = [];
      const shares = new Map<number, RegExpExecArray>();
      for (const m of text.matchAll(SHARE)) shares.set(m.index, m as RegExpExecArray);
      for (const a of text.matchAll(AMOUNT)) {
        const share = shares.get(a.index);
        if (share) {
          const whole = wholeOf(share[2]!.replace(/[的为]$/, ''), stated, opening, profile);
          const label = labelBefore(text, a.index);
          const c: FinalShareClaim = {
            id: id(s.line),
            type: 'share',
            ...(u.section ? { section: u.section } : {}),
            line: s.line,
            text,
            subject: subjectOf(label, profile) ?? { label },
            part: amountAt(s, a[1]!, a.index),
            rate: percentAt(s, share[3]!, share.index + share[0].lastIndexOf(share[3]!)),
            ...(whole ? { whole } : {}),
          };
          made.push(c);
        }
        stated.push({ label: labelBefore(text, a.index), amount: amountAt(s, a[1]!, a.index), head: HEAD_AFTER.test(text.slice(a.index + a[0].length)) });
      }
      const ba = BUDGET_ACTUAL.exec(text) ?? undefined;
      const ar = ba ? undefined : (ACTUAL_RATE.exec(text) ?? undefined);
      if (ba || ar) {
        const m = (ba ?? ar)!;
        const prefix = text.slice(0, m.index);
        const subject = itemSubject ?? subjectOf(prefix || text, profile) ?? { label: prefix };
        const budgetRaw = ba ? ba[2] : undefined;
        const actualRaw = ba ? ba[3]! : ar![1]!;
        const rateRaw = ba ? ba[5] : ar![3];
        const initial = ba ? ba[1] === '年初' || ba[4] === '年初' : ar![2] === '年初';
        const c: BudgetActualClaim = {
          id: id(s.line),
          type: 'budget-actual',
          ...(u.section ? { section: u.section } : {}),
          line: s.line,
          text,
          subject,
          basis: initial ? 'initial-budget' : 'adjusted-budget',
          ...(budgetRaw ? { budget: amountAt(s, budgetRaw, groupIndex(m, 2)) } : {}),
          actual: amountAt(s, actualRaw, groupIndex(m, ba ? 3 : 1, ba ? (ba[0].indexOf('决算') ?? 0) : 0)),
          ...(rateRaw ? { rate: percentAt(s, rateRaw, m.index + m[0].lastIndexOf(rateRaw)) } : {}),
        };
        made.push(c);
        lastBudgetActual = c;
      }
      const cmp = COMPARISON.exec(text);
      if (cmp) {
        const before = text.slice(0, cmp.index);
        const named = before ? subjectOf(before, profile) : undefined;
        const target =
          (named && [...out.claims, ...made].reverse().find((c): c is BudgetActualClaim => c.type === 'budget-actual' && c.subject.key === named.key)) ||
          lastBudgetActual;
        if (target) {
          target.word = { value: cmp[1] as '大于' | '小于' | '等于', line: s.lineAt[cmp.index] ?? s.line };
          const reason = text.slice(cmp.index + cmp[0].length).trim();
          if (cmp[0].includes('主要原因')) target.reason = { text: reason, line: s.line };
          if (made.length === 0) made.push(target);
        }
      } else if (/^主要原因/.test(text) && lastBudgetActual && !lastBudgetActual.reason) {
        lastBudgetActual.reason = { text: text.replace(/^主要原因(是|为|：|:)?/, ''), line: s.line };
      }
      const g = GROWTH.exec(text);
      if (g) {
        const before = text.slice(0, g.index);
        const amounts = [...before.matchAll(AMOUNT)];
        let current: SourceAmount | undefined;
        let subjectWords = before;
        const last = amounts[amounts.length - 1];
        if (last) {
          current = amountAt(s, last[1]!, last.index!);
          subjectWords = before.slice(0, last.index);
        } else if (previous) {
          const first = [...previous.text.matchAll(AMOUNT)][0];
          if (first) {
            current = amountAt(previous, first[1]!, first.index!);
            subjectWords = previous.text.slice(0, first.index);
          }
        }
        const year = BASE_YEAR.exec(before);
        const c: GrowthClaim = {
          id: id(s.line),
          type: 'growth',
          ...(u.section ? { section: u.section } : {}),
          line: s.line,
          text: previous && !last ? `${previous.text}${text}` : text,
          subject: itemSubject ?? subjectOf(subjectWords, profile) ?? { label: subjectWords },
          ...(current ? { current } : {}),
          direction: g[1] === '增加' ? 'increase' : 'decrease',
          amountWord: g[1]!,
          rateWord: g[3]!,
          amount: amountAt(s, g[2]!, groupIndex(g, 2)),
          rate: percentAt(s, g[4]!, g.index + g[0].lastIndexOf(g[4]!)),
          ...(year ? { baseYear: { value: Number.parseInt(year[1]!, 10), line: s.lineAt[year.index] ?? s.line } } : {}),
        };
        made.push(c);
      }
      for (const c of made) {
        if (c.type === 'share') {
          // a share is checked within the paragraph: only a share without its whole is unresolved
          if (!c.whole)
            out.unresolved.push({ claimId: c.id, line: c.line, reason: `决算说明“${c.subject.label}”的占比未能找到其总额 / the share of the 决算 narrative's “${c.subject.label}” names no whole` });
        } else if (!c.subject.key && !out.unresolved.some((r) => r.claimId === c.id))
          out.unresolved.push({ claimId: c.id, line: c.line, reason: `决算说明“${c.subject.label}”未能对应到附表 / the 决算 narrative's “${c.subject.label}” names no table line` });
        if (!out.claims.includes(c)) out.claims.push(c);
      }
      if (made.length === 0 && /\d/.test(text.replace(/\d{4}年(度|初)?/g, '').replace(/^\d+[.．]/, '')))
        out.unclaimed.push({
          line: s.line,
          text,
          ...(u.section ? { section: u.section } : {}),
          reason: '决算说明中含数字的句子未形成可核对的说法 / a 决算 narrative sentence with numbers that no 决算 check reads',
        });
      previous = s;
    }
  }
  return out;
}
