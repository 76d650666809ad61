import { z } from 'zod';
import { DecimalString, LineNo } from './primitives.js';
import { Coverage, Meta, Source } from './release.js';

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
  coverage: Coverage.extend({ rules: RuleRun }).optional(),
  findings: z.array(Finding),
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

export const Report = z.object({
  tool: z.object({ name: z.literal('budget-audit'), version: z.string() }),
  lang: z.enum(['zh', 'en']),
  documents: z.array(DocumentReport),
  summary: Summary,
  baseline: BaselineOutcome.optional(),
});
export type Report = z.infer<typeof Report>;
