import { z } from 'zod';
import { DecimalString, LineNo } from './primitives.js';
import { ReleaseKind } from './release.js';

/** A printed amount of a release, with the decimals it is printed with (they decide its interval). */
export const SummaryAmount = z.object({ value: DecimalString, decimals: z.number().int().min(0), line: LineNo });
export type SummaryAmount = z.infer<typeof SummaryAmount>;

/**
 * What checks across releases need of one release, small enough to cross a worker thread: who and
 * when (from the model's meta, never from the file name), the totals by quantity key
 * (src/model/quantities.ts; `budget.initial` is the 年初预算数 of a 决算), the budget units with their
 * totals, and the narrative's year-over-year claims.
 */
export const ReleaseSummary = z.object({
  department: z.string().optional(),
  year: z.number().int().optional(),
  kind: ReleaseKind.optional(),
  /** the template the release follows, as far as the model tells it (region, kind) */
  template: z.string().optional(),
  totals: z.record(z.string(), SummaryAmount),
  /** the department and unit rows of the expenditure table (03), each with its 合计 */
  units: z.array(z.object({ code: z.string().optional(), name: z.string(), role: z.enum(['department', 'unit']), total: SummaryAmount })),
  yoy: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      line: LineNo,
      /** the year compared with (`比2025年`), when printed */
      baseYear: z.number().int().optional(),
      direction: z.enum(['increase', 'decrease', 'flat']),
      change: SummaryAmount.optional(),
      /** the current amount the claim applies to, when the release states it */
      current: SummaryAmount.optional(),
    }),
  ),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummary>;
