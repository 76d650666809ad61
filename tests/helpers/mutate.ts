import { D } from '../../src/engine/decimal.js';
import type { Release } from '../../src/model/release.js';

export interface Target {
  line: number;
  raw: string;
  what: string;
}

/** Every printed number the model read: certain table cells and the figures of narrative claims. */
export function mutationTargets(model: Release): Target[] {
  const out: Target[] = [];
  for (const t of model.tables)
    for (const r of t.rows)
      for (const c of r.cells)
        if (c.status === 'value' && c.certainty !== 'ambiguous')
          out.push({ line: c.line, raw: c.raw, what: `${t.kind} ${r.label} ${c.column}` });
  for (const c of model.narrative.claims) {
    if (c.type === 'amount') out.push({ line: c.amount.line, raw: c.amount.raw, what: `claim ${c.quantity.key}` });
    if (c.type === 'share') out.push({ line: c.percent.line, raw: c.percent.raw, what: `share ${c.quantity.key}` });
    if (c.type === 'change') {
      if (c.amount) out.push({ line: c.amount.line, raw: c.amount.raw, what: `change ${c.quantity.key}` });
      if (c.rate) out.push({ line: c.rate.line, raw: c.rate.raw, what: `rate ${c.quantity.key}` });
    }
  }
  const seen = new Set<string>();
  return out.filter((t) => {
    const k = `${t.line}|${t.raw}|${t.what}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A change well beyond rounding, printed with the same decimals. */
export function mutatedValue(raw: string): string {
  const plain = raw.replace(/,/g, '').replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  const bump = decimals === 0 ? new D(3) : new D('1.37');
  return new D(plain).plus(bump).toFixed(decimals);
}

/** Replace the first occurrence of `raw` on line `line` that stands as a whole number. */
export function mutateText(text: string, target: Target): string | null {
  const lines = text.split('\n');
  const src = lines[target.line - 1];
  if (src === undefined) return null;
  const esc = target.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^0-9.,])${esc}(?![0-9]|[.,][0-9])`);
  const m = re.exec(src);
  if (!m) return null;
  const at = m.index + m[1]!.length;
  lines[target.line - 1] = src.slice(0, at) + mutatedValue(target.raw) + src.slice(at + target.raw.length);
  return lines.join('\n');
}
