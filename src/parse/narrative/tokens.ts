/**
 * Numbers that carry a unit in a sentence: amounts (万元/元/亿元), percentages and counts
 * (辆, 台（套）, 项). Years (`2026年`), ordinals and bare numbers (`12345热线`) carry none and are not
 * tokens. Thresholds such as `单位价值50万元以上` name a class of assets, not an amount.
 */
export type TokenKind = 'amount' | 'percent' | 'count';

export interface Token {
  kind: TokenKind;
  /** offsets in the sentence's normalised text */
  start: number;
  end: number;
  /** the digits as printed (original characters) */
  raw: string;
  unit: string;
  used: boolean;
}

// At most seven thousands groups (10^24): unbounded, a long run of `0,000,000…` without a unit was
// re-read from every comma (quadratic).
// `万 元`: an extract that spaces every character of a line (Hangzhou) splits the unit
const TOKEN_RE = /(?<![\d.])(\d+(?:,\d{3}){0,7}(?:\.\d+)?)\s*(万\s?元|亿\s?元|元|%|辆|台\(套\)|台|套|项(?!目))/g;

export function findTokens(norm: string, text: string): Token[] {
  const out: Token[] = [];
  for (const m of norm.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const digits = m[1] ?? '';
    const unit = m[2] ?? '';
    const end = start + m[0].length;
    const kind: TokenKind = /元$/.test(unit) ? 'amount' : unit === '%' ? 'percent' : 'count';
    if (kind === 'amount' && /^\s*以[上下]/.test(norm.slice(end))) continue;
    // The unit as printed (台（套）), found at the same offsets: normalising keeps one character for one.
    const unitAt = start + m[0].length - unit.length;
    // an amount's unit is one of the model's units: `万 元` is 万元
    const printedUnit = kind === 'amount' ? unit.replace(/\s/g, '') : text.slice(unitAt, end);
    out.push({ kind, start, end, raw: text.slice(start, start + digits.length), unit: printedUnit, used: false });
  }
  return out;
}
