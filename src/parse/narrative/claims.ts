import type { Claim, Percent, QuantityRef } from '../../model/narrative.js';
import type { SourceAmount, Unit } from '../../model/primitives.js';
import type { Coverage } from '../../model/release.js';
import { QUANTITY_KEYS } from '../../model/quantities.js';
import { parseAmount } from '../number.js';
import { amountLabel, countLabel, ownLabels, sectionDefault, shareWhole, subjectLabel, UNRESOLVED, type Label, type OwnLabel } from './labels.js';
import {
  BASE_AMOUNT_PREFIX_RE, CHANGE_RE, CLAUSE_DELIMS, COMPARED_WITH_RE, COMPARISON_TAIL_RE, PARITY_RE, PURCHASE_RE, ROUGHLY_RE, REPEAT_PREFIX_RE, SHARE_RE, UP_WORDS,
} from './patterns.js';
import type { SectionText, SentenceText } from './sections.js';
import { findTokens, type Token } from './tokens.js';
import type { Template } from '../../template/index.js';
import { decideIncomeTotal } from './parts.js';

export interface ClaimSink {
  /** the release's template: what each section speaks of, the scope of each quantity */
  template: Template;
  claims: Claim[];
  unclaimed: Coverage['unclaimedSentences'];
  unresolved: Coverage['unresolvedClaims'];
  /** claims so far per line, for ids `c<line>-<n>` */
  perLine: Map<number, number>;
}

type YearRef = { value: number; line: number };

/** What a section remembers from sentence to sentence. */
interface SectionState {
  /** the quantity last spoken of: `预算数与2025年持平` speaks of it again */
  lastKey?: Label;
  /** the section's lead amount (支出合计 in 三, 一般公共预算支出 in 五): a share's whole by default */
  first?: Label;
  amountIdByKey: Map<string, string>;
  /** the comparison year last stated (`与2025年预算相比`), for changes that do not repeat it */
  year?: YearRef;
}

type Event =
  | { kind: 'amount' | 'count'; pos: number; token: Token }
  | { kind: 'change' | 'share' | 'parity'; pos: number; match: RegExpMatchArray };

const quantity = (label: Label): QuantityRef => ({ key: label.key, label: label.label });
const canonical = (key: string) => QUANTITY_KEYS[key as keyof typeof QUANTITY_KEYS] ?? key;

/** Reads every claim of one section; what it cannot read goes to coverage. */
export function readSectionClaims(section: SectionText, sentences: SentenceText[], sink: ClaimSink): void {
  const state: SectionState = { amountIdByKey: new Map() };
  const from = sink.claims.length;
  for (const s of sentences) new SentenceReader(section, s, state, sink).read();
  decideIncomeTotal(sink.claims.slice(from));
  for (const c of sink.claims.slice(from)) {
    const scope = c.type === 'count' ? undefined : sink.template.scopeOfKey(c.quantity.key);
    if (scope) c.scope = scope;
  }
}

/**
 * One sentence: its figures are found first (amount, percent, count tokens), then the phrasings
 * that use them (changes, shares, parity), then each event in reading order becomes a claim. The
 * order matters: a subject-less `预算数与2025年持平` speaks of the quantity named just before.
 */
class SentenceReader {
  private readonly tokens: Token[];
  /** the fund of the money the section speaks of, for function classes */
  private readonly fund: string | undefined;
  /** the last quantity named in this sentence, and the amount claim stating it */
  private last: { label: Label; amountId?: string } | undefined;

  constructor(
    private readonly section: SectionText,
    private readonly s: SentenceText,
    private readonly state: SectionState,
    private readonly sink: ClaimSink,
  ) {
    this.tokens = findTokens(s.norm, s.text);
    this.fund = sink.template.sectionDef(section.ordinal, section.title)?.scope.fund;
    this.own = ownLabels(sink.template.profile.narrative.labels);
  }

  /** the template's own words for quantities */
  private readonly own: readonly OwnLabel[];

  read(): void {
    for (const ev of this.events()) {
      if ('token' in ev) {
        if (ev.kind === 'amount') this.amount(ev.token);
        else this.count(ev.token);
      } else if (ev.kind === 'share') this.share(ev.match);
      else if (ev.kind === 'change') this.change(ev.match);
      else this.parity(ev.match);
    }
    const left = this.tokens.filter((t) => !t.used);
    if (left.length) {
      this.sink.unclaimed.push({
        line: this.s.line,
        text: this.s.text,
        section: this.section.ordinal,
        // reasons in the model carry both languages, as the recovery notes do
        reason: `数字未形成可核对的陈述：${left.map((t) => `${t.raw}${t.unit}`).join('、')} / number(s) not read as a claim: ${left.map((t) => `${t.raw}${t.unit}`).join(', ')}`,
      });
    }
  }

  private events(): Event[] {
    const out: Event[] = [];
    const { norm } = this.s;
    for (const m of norm.matchAll(CHANGE_RE)) out.push(this.consume('change', m));
    for (const m of norm.matchAll(SHARE_RE)) out.push(this.consume('share', m));
    for (const m of norm.matchAll(PARITY_RE)) if (!ROUGHLY_RE.test(m[0])) out.push({ kind: 'parity', pos: m.index ?? 0, match: m });
    for (const t of this.tokens) {
      if (!t.used && t.kind !== 'percent') out.push({ kind: t.kind, pos: t.start, token: t });
    }
    return out.sort((a, b) => a.pos - b.pos);
  }

  /** a phrasing's figures are its own: they are not read again as bare amounts */
  private consume(kind: 'change' | 'share', m: RegExpMatchArray): Event {
    const from = m.index ?? 0;
    for (const t of this.tokens) if (t.start >= from && t.start < from + m[0].length) t.used = true;
    return { kind, pos: from, match: m };
  }

  private lineAt(pos: number): number {
    return this.section.lineOf[this.s.offset + pos] ?? this.s.line;
  }

  /** the clause before `to`, compacted: the words that may name what stands at `to` */
  private clauseBefore(to: number): string {
    const { norm } = this.s;
    let start = 0;
    for (let i = to - 1; i >= 0; i--) {
      if (CLAUSE_DELIMS.includes(norm[i] ?? '')) {
        start = i + 1;
        break;
      }
    }
    return norm.slice(start, to).replace(/\s+/g, '');
  }

  private printed(digits: string, at: number): { raw: string; value: string; decimals: number } | null {
    const n = parseAmount(digits);
    return n ? { raw: this.s.text.slice(at, at + digits.length), value: n.value, decimals: n.decimals } : null;
  }

  private sourceAmount(digits: string, at: number, unit: string): SourceAmount | null {
    const p = this.printed(digits, at);
    return p ? { ...p, unit: unit as Unit, line: this.lineAt(at) } : null;
  }

  private percent(digits: string, at: number): Percent | null {
    const p = this.printed(digits, at);
    return p ? { ...p, line: this.lineAt(at) } : null;
  }

  private push(claim: Claim, unresolvedReason?: string): void {
    this.sink.claims.push(claim);
    if (claim.quantity.key === UNRESOLVED || unresolvedReason) {
      this.sink.unresolved.push({ claimId: claim.id, line: claim.line, reason: unresolvedReason ?? '未能确定所指项目 / quantity not named' });
    }
  }

  private base(line: number) {
    const n = (this.sink.perLine.get(line) ?? 0) + 1;
    this.sink.perLine.set(line, n);
    return { id: `c${line}-${n}`, line, section: this.section.ordinal, text: this.s.text };
  }

  /** the subject of a change or parity: named in its clause, else the quantity spoken of last */
  private subject(clause: string): Label | undefined {
    return subjectLabel(clause, this.section.ordinal, this.fund, this.own) ?? this.last?.label ?? this.state.lastKey;
  }

  private amount(t: Token): void {
    const prefix = this.clauseBefore(t.start);
    if (BASE_AMOUNT_PREFIX_RE.test(prefix)) return;
    let label: Label | null | undefined = amountLabel(prefix, this.section.ordinal, this.fund, this.own);
    let reason: string | undefined;
    const fallback = sectionDefault(this.fund);
    if (!label && fallback) label = { key: fallback, label: canonical(fallback) };
    if (!label && REPEAT_PREFIX_RE.test(prefix)) label = this.last?.label ?? this.state.lastKey;
    if (!label) {
      label = { key: UNRESOLVED, label: prefix.slice(-12) };
      reason = `金额前未写明所指项目：“${label.label}” / no quantity named before the amount: "${label.label}"`;
    } else if (label.key === UNRESOLVED) reason = `未识别的功能分类：“${label.label}” / function class not recognised: "${label.label}"`;
    const amount = this.sourceAmount(t.raw, t.start, t.unit);
    if (!amount) return;
    t.used = true;
    const b = this.base(amount.line);
    this.push({ ...b, type: 'amount', quantity: quantity(label), amount }, reason);
    if (label.key !== UNRESOLVED) {
      this.state.amountIdByKey.set(label.key, b.id);
      this.state.first ??= label;
      this.state.lastKey = label;
    } else {
      // the quantity last spoken of is now this unnamed one: a later subject-less change speaks of
      // it, not of the quantity named before it
      this.state.lastKey = undefined;
    }
    this.last = { label, amountId: b.id };
  }

  private count(t: Token): void {
    const value = t.raw.trim();
    if (!/^\d+$/.test(value)) return;
    const prefix = this.clauseBefore(t.start);
    let label = countLabel(prefix) ?? { key: UNRESOLVED, label: prefix.slice(-12) };
    // `2026年部门预算安排购置车辆1辆，其中…`: vehicles to buy are not the vehicles held
    if (label.key.startsWith('vehicles.') && PURCHASE_RE.test(this.s.norm.slice(0, t.start))) label = { ...label, key: `${label.key}.purchase` };
    t.used = true;
    const reason = label.key === UNRESOLVED ? `no counted thing named before the count: "${label.label}"` : undefined;
    this.push({ ...this.base(this.lineAt(t.start)), type: 'count', quantity: quantity(label), value, unitWord: t.unit }, reason);
  }

  private share(m: RegExpMatchArray): void {
    const digits = m[1] ?? '';
    const percent = this.percent(digits, (m.index ?? 0) + m[0].indexOf(digits));
    if (!percent) return;
    const clause = this.clauseBefore(m.index ?? 0);
    const part = this.last?.label ?? amountLabel(clause, this.section.ordinal, this.fund, this.own) ?? { key: UNRESOLVED, label: clause.slice(-12) };
    const first = this.state.first;
    const wholeKey = shareWhole(part.key) ?? (first && first.key !== part.key ? first.key : UNRESOLVED);
    const whole: QuantityRef = { key: wholeKey, label: first?.key === wholeKey ? first.label : canonical(wholeKey) };
    const reason =
      part.key === UNRESOLVED ? 'share of an unnamed quantity'
      : wholeKey === UNRESOLVED ? `no whole known for a share of ${part.key}`
      : undefined;
    const amountClaimId = this.last?.amountId;
    this.push(
      { ...this.base(percent.line), type: 'share', quantity: quantity(part), whole, percent, ...(amountClaimId ? { amountClaimId } : {}) },
      reason,
    );
  }

  /** The base year: `比2025年` in the clause; none for `比上年`; else `与2025年相比` before, or the section's. */
  private baseYear(tail: RegExpExecArray | null, pos: number): YearRef | undefined {
    if (tail) {
      const digits = tail[1];
      return digits ? { value: parseInt(digits, 10), line: this.lineAt(this.s.norm.lastIndexOf(digits, pos)) } : undefined;
    }
    let found: YearRef | undefined;
    for (const m of this.s.norm.slice(0, pos).matchAll(COMPARED_WITH_RE)) {
      const digits = m[1] ?? '';
      found = { value: parseInt(digits, 10), line: this.lineAt((m.index ?? 0) + m[0].indexOf(digits)) };
    }
    return found ?? this.state.year;
  }

  private change(m: RegExpMatchArray): void {
    const at = m.index ?? 0;
    const [, word = '', digits = '', unit = '', rateWord, rateDigits] = m;
    const clause = this.clauseBefore(at);
    const tail = COMPARISON_TAIL_RE.exec(clause);
    const subjectText = tail ? clause.slice(0, tail.index) : clause;
    const q = this.subject(subjectText) ?? { key: UNRESOLVED, label: subjectText.slice(-12) };
    const baseYear = this.baseYear(tail, at);
    if (baseYear) this.state.year = baseYear;
    const digitsAt = at + m[0].indexOf(digits, word.length);
    const rateOnly = unit === '%';
    const amount = rateOnly ? null : this.sourceAmount(digits, digitsAt, unit);
    const rate = rateOnly
      ? this.percent(digits, digitsAt)
      : rateDigits ? this.percent(rateDigits, at + m[0].lastIndexOf(rateDigits)) : null;
    const currentClaimId = this.state.amountIdByKey.get(q.key);
    this.push({
      ...this.base(this.lineAt(digitsAt)),
      type: 'change',
      quantity: quantity(q),
      direction: new RegExp(`^(?:${UP_WORDS})`).test(word) ? 'increase' : 'decrease',
      ...(rateOnly ? { rateWord: word } : { amountWord: word }),
      ...(rateWord ? { rateWord } : {}),
      ...(amount ? { amount } : {}),
      ...(rate ? { rate } : {}),
      ...(baseYear ? { baseYear } : {}),
      ...(currentClaimId ? { currentClaimId } : {}),
    }, q.key === UNRESOLVED ? 'change of an unnamed quantity' : undefined);
    if (q.key !== UNRESOLVED) this.last = { label: q };
  }

  private parity(m: RegExpMatchArray): void {
    const at = m.index ?? 0;
    const clause = this.clauseBefore(at);
    const q = this.subject(clause) ?? { key: UNRESOLVED, label: clause.slice(-12) };
    const digits = m[1];
    const line = this.lineAt(digits ? at + m[0].indexOf(digits) : at);
    const currentClaimId = this.state.amountIdByKey.get(q.key);
    this.push({
      ...this.base(line),
      type: 'parity',
      quantity: quantity(q),
      ...(digits ? { baseYear: { value: parseInt(digits, 10), line } } : {}),
      ...(currentClaimId ? { currentClaimId } : {}),
    }, q.key === UNRESOLVED ? 'parity of an unnamed quantity' : undefined);
    if (q.key !== UNRESOLVED) this.last = { label: q };
  }
}
