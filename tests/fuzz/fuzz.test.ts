import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../../src/batch/audit-document.js';
import { DocumentReport } from '../../src/model/report.js';
import { applyDamage, damage, longLine, position, slice } from './damage.js';

/**
 * Property: whatever the damage, the audit never throws, never crashes a rule, never gives up with
 * `failed`, ends within a time bound, and returns a report the schema accepts. FUZZ_SCALE scales the
 * run: the default (10,000+ cases) is for CI; `npm run fuzz` runs ten times as many. FUZZ_SEED replays
 * a failure fast-check reports.
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? '1');
// The suite replays one seed, so that a red run is the same run again; `npm run fuzz` draws a new seed
// each time (FUZZ_SEED=random) to explore, and FUZZ_SEED=N replays what it reports.
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? '1');

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const texts = readdirSync(FIXTURES)
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));

const TITLE = '2026年度\n部门预算';
const SLICE_BOUND_MS = 2000;
const WHOLE_BOUND_MS = 10_000;
// A 1 MB line of table cells is 300,000 cells: linear work, seconds of it on a loaded machine.
const LONG_LINE_BOUND_MS = 30_000;

/** Statuses seen, printed at the end so a run shows how often the parser and the rules were reached. */
const seen = new Map<string, number>();

let cases = 0;

/** The slowest case under each bound, printed at the end: the measured worst case of a run. */
const slowest = new Map<number, number>();

async function assertSound(bytes: Buffer, boundMs: number): Promise<void> {
  // The audit is synchronous: let the event loop run now and then, or the test runner's own messages
  // from this worker time out during a long property.
  if (++cases % 25 === 0) await new Promise((done) => setImmediate(done));
  const started = performance.now();
  const report = await auditBytes({ file: 'fuzz.txt', display: 'fuzz.txt', lang: 'zh', settings: {} }, bytes);
  const elapsed = performance.now() - started;
  seen.set(report.status, (seen.get(report.status) ?? 0) + 1);
  slowest.set(boundMs, Math.max(slowest.get(boundMs) ?? 0, elapsed));
  expect(elapsed).toBeLessThan(boundMs);
  expect(DocumentReport.safeParse(report).success).toBe(true);
  expect(report.status).not.toBe('failed');
  expect(report.coverage?.rules.crashed ?? []).toEqual([]);
}

const params = (numRuns: number) => ({ numRuns: Math.round(numRuns * SCALE), ...(SEED !== undefined ? { seed: SEED } : {}) });

describe('fuzz: damaged releases', () => {
  afterAll(() => {
    process.stdout.write(`fuzz statuses: ${JSON.stringify(Object.fromEntries(seen))}\n`);
    const worst = [...slowest].map(([bound, ms]) => `${Math.round(ms)} ms (bound ${bound} ms)`).join(', ');
    process.stdout.write(`fuzz slowest case per bound: ${worst}\n`);
    // Most cases must reach the rules, or the fuzzing tests the screens only.
    expect(seen.get('checked') ?? 0).toBeGreaterThan(Math.round(5000 * SCALE));
  });

  it('slices of a fixture with random damage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: texts.length - 1 }),
        position,
        fc.integer({ min: 5, max: 60 }),
        fc.array(damage, { minLength: 1, maxLength: 6 }),
        async (which, from, count, damages) => {
          // The title line keeps most slices past the "no budget words" screen, so the parser runs.
          await assertSound(applyDamage(`${TITLE}\n${slice(texts[which]!, from, count)}`, damages), SLICE_BOUND_MS);
        },
      ),
      params(10_000),
    );
  }, 600_000);

  it('whole fixtures with random damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), fc.array(damage, { minLength: 1, maxLength: 10 }), async (which, damages) => {
        await assertSound(applyDamage(texts[which]!, damages), WHOLE_BOUND_MS);
      }),
      params(100),
    );
  }, 600_000);

  it('1 MB lines inside a slice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), position, longLine, async (which, from, line) => {
        await assertSound(applyDamage(slice(texts[which]!, from, 40), [line]), LONG_LINE_BOUND_MS);
      }),
      params(16),
    );
  }, 600_000);
});
