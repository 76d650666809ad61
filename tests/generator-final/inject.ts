import { Decimal } from 'decimal.js';
import type { PrintedNumber } from '../generator/format.js';
import { createRng } from '../generator/prng.js';
import type { FinalRelease } from './index.js';

export interface FinalInjection {
  seed: number;
  line: number;
  before: string;
  after: string;
  target: PrintedNumber;
  text: string;
}

/**
 * Change one printed amount or rate of a consistent 决算 by 1.00 to 50.00 (万元 or percentage
 * points): far beyond the 0.005 a rounding moves a figure. The printed form is kept: decimals, and
 * the thousands separators of a table cell.
 */
export function injectFinal(release: FinalRelease, seed: number): FinalInjection {
  const rng = createRng(seed ^ 0x2545f491);
  const candidates = release.printed.filter((p) => (p.unit === '万元' || p.unit === '%') && p.text !== '');
  const target = rng.pick(candidates);
  const plain = target.text.replace(/,/g, '');
  const before = new Decimal(plain);
  const step = new Decimal(rng.int(100, 5_000)).div(100);
  const down = before.gt(step) && rng.chance(0.5);
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  let after = (down ? before.minus(step) : before.plus(step)).toFixed(decimals);
  if (target.text.includes(',') || (target.where.type === 'cell' && /^\d{4,}/.test(after))) {
    const [int, frac] = after.split('.');
    after = `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac !== undefined ? `.${frac}` : ''}`;
  }
  const lines = release.text.split('\n');
  const line = lines[target.line - 1]!;
  if (line.slice(target.start, target.start + target.text.length) !== target.text) throw new Error(`printed number not at its place on line ${target.line}`);
  lines[target.line - 1] = line.slice(0, target.start) + after + line.slice(target.start + target.text.length);
  return { seed, line: target.line, before: target.text, after, target, text: lines.join('\n') };
}
