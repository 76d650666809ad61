import { Decimal } from 'decimal.js';
import type { GeneratedRelease, PrintedNumber } from './index.js';
import { createRng } from './prng.js';

/** One printed number changed by more than rounding can explain. */
export interface Injection {
  seed: number;
  line: number;
  before: string;
  after: string;
  target: PrintedNumber;
  text: string;
}

/** amounts and shares only: counts have no rounding and are checked as totals of their parts */
function injectable(p: PrintedNumber): boolean {
  return (p.unit === '万元' || p.unit === '元' || p.unit === '%') && p.text !== '';
}

/**
 * Change one printed number of a consistent release, deterministically from `seed`. The change is at
 * least 1.00 (万元 or percentage point; 100 元 in 元 tables), far beyond the 0.005 a rounding can move a
 * value, and keeps the number's printed form (decimals, sign).
 */
export function inject(release: GeneratedRelease, seed: number): Injection {
  const rng = createRng(seed ^ 0x5bd1e995);
  const candidates = release.printed.filter(injectable);
  const target = rng.pick(candidates);
  const before = new Decimal(target.text);
  const step = target.unit === '元' ? new Decimal(rng.int(100, 50_000)) : new Decimal(rng.int(100, 5_000)).div(100);
  const down = before.gt(step) && rng.chance(0.5);
  const changed = down ? before.minus(step) : before.plus(step);
  const decimals = target.text.includes('.') ? target.text.length - target.text.indexOf('.') - 1 : 0;
  const after = changed.toFixed(decimals);
  const lines = release.text.split('\n');
  const line = lines[target.line - 1] as string;
  if (line.slice(target.start, target.start + target.text.length) !== target.text) throw new Error(`printed number not at its place on line ${target.line}`);
  lines[target.line - 1] = line.slice(0, target.start) + after + line.slice(target.start + target.text.length);
  return { seed, line: target.line, before: target.text, after, target, text: lines.join('\n') };
}
