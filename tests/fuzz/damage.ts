/**
 * Random damage for the fuzz tests: fast-check arbitraries that take a release's lines and break
 * them the way downloads, extractors and hostile folders do.
 */
import fc from 'fast-check';

export type Damage =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'junk'; at: number; text: string }
  | { kind: 'giant-number'; at: number; digits: number; decimals: number }
  | { kind: 'long-line'; at: number; unit: string };

/** Text a release line could plausibly be broken into: digits, separators, table words, noise. */
const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9.,\-−%％()（）\t 　]{0,40}$/),
  fc.constantFrom('合计', '小计', '其中：', '预算01表', '[illegible]', '第二部分', '占', '%', '万元', '比2025年增加', '一、', '201', '\t\t\t', '2013101 行政运行'),
  fc.array(fc.constantFrom('1', '0.00', '1,241.66', '—', '占91.73%', '增长', '减少', '\t', ' ', '、', '（', '）'), { maxLength: 30 }).map((a) => a.join('')),
);

/** A place in the text as a fraction; uniform, where fc.double would crowd near 0. */
export const position: fc.Arbitrary<number> = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);

/** One damage, its positions as fractions so one arbitrary fits texts of any length. */
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position, count: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffle' as const), seed: fc.integer() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('junk' as const), at: position, text: junkText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('giant-number' as const),
      at: position,
      digits: fc.integer({ min: 16, max: 4000 }),
      decimals: fc.integer({ min: 0, max: 40 }),
    }),
  },
);

/** A line of about 1 MB: rare, because each costs the parser a full scan. */
export const longLine: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constant('long-line' as const),
  at: position,
  unit: fc.constantFrom('1', '1,', '1.0 ', '合计\t', ' ', '、', '占1%', 'a'),
});

function index(at: number, n: number): number {
  return Math.min(n, Math.max(0, Math.floor(at * n)));
}

/** Apply damages in order to a text, returning bytes (a byte flip may break the UTF-8). */
export function applyDamage(text: string, damages: readonly Damage[]): Buffer {
  let lines = text.split('\n');
  let flips: Array<{ at: number; byte: number }> = [];
  for (const d of damages) {
    const i = index('at' in d ? d.at : 0, lines.length);
    switch (d.kind) {
      case 'flip':
        flips.push({ at: d.at, byte: d.byte });
        break;
      case 'delete':
        lines.splice(i, d.count);
        break;
      case 'duplicate':
        lines.splice(i, 0, ...lines.slice(i, i + d.count));
        break;
      case 'shuffle': {
        let x = d.seed >>> 0;
        for (let k = lines.length - 1; k > 0; k--) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          const j = x % (k + 1);
          [lines[k], lines[j]] = [lines[j]!, lines[k]!];
        }
        break;
      }
      case 'truncate':
        lines = lines.slice(0, i);
        break;
      case 'junk':
        lines.splice(i, 0, d.text);
        break;
      case 'giant-number': {
        const int = '9'.repeat(d.digits);
        lines.splice(i, 0, `合计\t${int}${d.decimals ? '.' + '5'.repeat(d.decimals) : ''}\t${int}`);
        break;
      }
      case 'long-line':
        lines.splice(i, 0, d.unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(d.unit))));
        break;
    }
  }
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  for (const f of flips) if (bytes.length) bytes[index(f.at, bytes.length - 1)] = f.byte;
  flips = [];
  return bytes;
}

/** A slice of `count` lines from `from` (a fraction): fuzzing a few dozen lines is fast, and every
 * table and narrative section gets its turn across runs. */
export function slice(text: string, from: number, count: number): string {
  const lines = text.split('\n');
  const start = index(from, Math.max(0, lines.length - count));
  return lines.slice(start, start + count).join('\n');
}
