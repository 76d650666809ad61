import { z } from 'zod';
import { DecimalString, LineNo } from './primitives.js';
import { Coverage, Meta, Source, TemplateRef } from './release.js';
import { ReleaseSummary } from './release-summary.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Location = z.object({
  line: LineNo,
  /** 1-based page of the line, when the document was read from a PDF */
  page: z.number().int().positive().optional(),
  /** the file the line is in, when a release was joined from several files (its pages count from 1) */
  file: z.string().optional(),
  /** table kind and printed number, e.g. "expenditure (03)" */
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  /** the value printed there, as a decimal string or text */
  value: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

/**
 * One printed number as a term of an identity. `coefficient` is the sign it enters a linear identity
 * with (a total +1, its parts −1); `role` names it in a ratio (share, growth). `absent` marks a number
 * the identity needs but the release does not print (a row missing from a table): it counts as zero.
 */
export const IdentityTerm = z.object({
  location: Location,
  value: DecimalString,
  decimals: z.number().int(),
  coefficient: z.enum(['1', '-1']).optional(),
  role: z.enum(['percent', 'part', 'whole', 'rate', 'change', 'current']).optional(),
  absent: z.boolean().optional(),
});
export type IdentityTerm = z.infer<typeof IdentityTerm>;

/**
 * The structure of a check, for the diagnosis (src/diagnose): `sum` and `same` are linear and hold when
 * |Σ coefficient × value + constant| ≤ slack (the rounding interval: half units of every term; 0 for two
 * figures printed with the same decimals); `atMost` is linear and one-sided: it holds when
 * Σ coefficient × value + constant ≤ slack (parts of one whole add up to no more than it); `share` and
 * `growth` are ratios checked as src/engine/decimal.ts does.
 */
export const Identity = z.object({
  relation: z.enum(['sum', 'same', 'atMost', 'share', 'growth']),
  terms: z.array(IdentityTerm).min(1),
  /** a number no one printed that the identity holds against (−100 for shares adding up to 100%) */
  constant: DecimalString.optional(),
  slack: DecimalString.optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
});
export type Identity = z.infer<typeof Identity>;

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  locations: z.array(Location).min(1),
  expected: DecimalString.optional(),
  actual: DecimalString.optional(),
  difference: DecimalString.optional(),
  /** the interval the decision used, e.g. "[702.760, 702.780]" */
  interval: z.string().optional(),
  /** fingerprint for baselines: rule, document identity, table/row/column, values; no raw line numbers */
  fingerprint: z.string(),
  /** the identities the finding is about, term by term (absent for checks that are not identities) */
  identities: z.array(Identity).optional(),
  /** id of the diagnosis (DocumentReport.diagnoses) that explains this finding */
  explainedBy: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const RuleRun = z.object({
  ran: z.array(z.string()),
  skipped: z.array(z.object({ ruleId: z.string(), reason: z.string() })),
  /** checks a rule that ran could not make (its inputs were missing), with the reason */
  partial: z.array(z.object({ ruleId: z.string(), reason: z.string() })).default([]),
  /** rules that threw: an internal diagnostic, never an aborted run */
  crashed: z.array(z.object({ ruleId: z.string(), message: z.string() })),
});
export type RuleRun = z.infer<typeof RuleRun>;

/** A number the diagnosis says to correct: where it is, what is printed, what would make the identities hold. */
export const Correction = z.object({
  location: Location,
  /** as printed; empty when the number is absent from the release */
  printed: z.string(),
  /** a value (with the printed decimals) that makes every identity it is in hold */
  suggested: DecimalString.optional(),
  absent: z.boolean().optional(),
  /** a cell of a row printed as zeros: the row is corrected as a whole */
  zeroRow: z.boolean().optional(),
  /** a percent recomputed from a corrected amount: it follows from the correction, it is not another mistake */
  derived: z.boolean().optional(),
});
export type Correction = z.infer<typeof Correction>;

export const Diagnosis = z.object({
  id: z.string(),
  /** one number; several numbers; a row the release lacks; a row printed as zeros; a tie between alternatives */
  kind: z.enum(['number', 'numbers', 'missing', 'zero-row', 'tie']),
  message: z.string(),
  /** the correction; for a tie, each alternative correction, any one of which suffices */
  alternatives: z.array(z.array(Correction).min(1)).min(1),
  /** fingerprints of the findings this diagnosis explains */
  explains: z.array(z.string()),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

/**
 * What became of one input. `checked` is an audited release; `not-a-release` a readable text with no
 * sign of a budget release; `unreadable` an operating-system error (the code is in `reason`);
 * `too-large` over the size limit; `binary` not text (an image, an archive, undecodable bytes);
 * `timeout` over the per-file time budget; `failed` the parser or a worker gave up.
 */
export const DocumentStatus = z.enum(['checked', 'not-a-release', 'unreadable', 'too-large', 'binary', 'timeout', 'failed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** Statuses that mean the input could not be audited: they make the run exit 2 (see docs/cli.md). */
export const INPUT_TROUBLE: readonly DocumentStatus[] = ['unreadable', 'too-large', 'binary', 'timeout', 'failed'];

export const DocumentReport = z.object({
  path: z.string(),
  status: DocumentStatus,
  /** a clear message when status is not `checked` */
  error: z.string().optional(),
  /**
   * a stable code for why: the OS error (ENOENT, EACCES …); `empty`, `no-budget-words`,
   * `no-release-evidence` (not a release); `time-budget`; for PDFs `no-text-layer`, `encrypted`, `broken`
   */
  reason: z.string().optional(),
  /** a release published as several files and audited as one: every file, in reading order */
  parts: z.array(z.string()).optional(),
  source: Source.optional(),
  meta: Meta.optional(),
  /** the template the release was read with (src/template/registry.ts), with the evidence */
  template: TemplateRef.optional(),
  coverage: Coverage.extend({ rules: RuleRun }).optional(),
  findings: z.array(Finding),
  /** the fewest printed numbers whose correction makes the failing identities hold (src/diagnose) */
  diagnoses: z.array(Diagnosis).optional(),
  /** totals and year-over-year claims, for checks across the releases of one run (src/batch/cross-release.ts) */
  summary: ReleaseSummary.optional(),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const Summary = z.object({
  documents: z.number().int(),
  checked: z.number().int(),
  unreadable: z.number().int(),
  notRelease: z.number().int(),
  tooLarge: z.number().int(),
  binary: z.number().int(),
  timeout: z.number().int(),
  failed: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  durationMs: z.number().int().min(0),
});

/** Present when the run compared its findings with a baseline file (`--baseline`). */
export const BaselineOutcome = z.object({
  file: z.string(),
  /** findings hidden because the baseline already holds them */
  suppressed: z.number().int().min(0),
  /** baseline entries of the documents checked in this run that no longer occur */
  absent: z.array(z.object({ fingerprint: z.string(), ruleId: z.string(), path: z.string(), message: z.string() })),
});
export type BaselineOutcome = z.infer<typeof BaselineOutcome>;

/** A check between two or more releases of one run (src/batch/cross-release.ts). */
export const CrossReleaseResult = z.object({
  /** yoy: this year's change claims against last year's release; unit: a unit row against the unit's own
   * release; units-sum: a 汇总 total against the sum of its units' releases; final-initial: a budget's
   * total against the 决算's 年初预算数 */
  check: z.enum(['yoy', 'unit', 'units-sum', 'final-initial']),
  /** ok (exact), rounding (within the intervals), mismatch, or unchecked (an amount is missing) */
  status: z.enum(['ok', 'rounding', 'mismatch', 'unchecked']),
  /** the releases compared, the one holding the claim or the total first */
  paths: z.array(z.string()).min(1),
  department: z.string().optional(),
  year: z.number().int().optional(),
  message: z.string(),
  key: z.string().optional(),
  line: LineNo.optional(),
  expected: DecimalString.optional(),
  actual: DecimalString.optional(),
  difference: DecimalString.optional(),
});
export type CrossReleaseResult = z.infer<typeof CrossReleaseResult>;

export const Report = z.object({
  tool: z.object({ name: z.literal('budget-audit'), version: z.string() }),
  lang: z.enum(['zh', 'en']),
  documents: z.array(DocumentReport),
  summary: Summary,
  baseline: BaselineOutcome.optional(),
  /** checks across the releases of the run, matched by department and year from their models */
  crossRelease: z.array(CrossReleaseResult).optional(),
});
export type Report = z.infer<typeof Report>;
