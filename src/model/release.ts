import { z } from 'zod';
import { LineNo, Span } from './primitives.js';
import { Table, TableKind, TableStatus } from './table.js';
import { Narrative } from './narrative.js';
import { FinalAccounts } from './final-accounts.js';

export const Source = z.object({
  path: z.string(),
  /** detected encoding of the bytes, e.g. UTF-8, GB18030, UTF-16LE */
  encoding: z.string(),
  /** the file began with a byte order mark (removed before parsing) */
  bom: z.boolean().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  lines: z.number().int().min(0),
});
export type Source = z.infer<typeof Source>;

export const ReleaseKind = z.enum(['部门预算', '单位预算', '部门决算', '单位决算']);
export type ReleaseKind = z.infer<typeof ReleaseKind>;

export const Meta = z.object({
  department: Span.optional(),
  /** the budget year as the cover (or, without a cover, the first title) states it */
  year: z.object({ value: z.number().int(), line: LineNo }).optional(),
  region: Span.optional(),
  releaseMonth: Span.optional(),
  kind: z.object({ value: ReleaseKind, line: LineNo }).optional(),
  /** what the name covers, when the cover says so: 汇总 (the department with its units, consolidated)
   * or 本级 (the department's own budget unit only) */
  scope: z.object({ value: z.enum(['汇总', '本级']), line: LineNo }).optional(),
  /** the cover was found (seed 002 has none) */
  cover: z.boolean(),
});
export type Meta = z.infer<typeof Meta>;

export const TocEntry = z.object({
  /** printed ordinal (一, 十二) */
  ordinal: z.string().optional(),
  title: z.string(),
  line: LineNo,
  /** what the entry names: a part of the release, or a table kind matched by meaning */
  part: z.number().int().min(1).max(3).optional(),
  tableKind: TableKind.optional(),
});
export type TocEntry = z.infer<typeof TocEntry>;

export const Toc = z.object({ line: LineNo, entries: z.array(TocEntry) });
export type Toc = z.infer<typeof Toc>;

export const TableCoverage = z.object({
  kind: TableKind,
  number: z.string().optional(),
  title: z.string(),
  line: LineNo,
  status: TableStatus,
  rows: z.number().int().min(0),
  /** amount cells printed with a value (0.00 included) */
  valueCells: z.number().int().min(0),
  emptyCells: z.number().int().min(0),
  ambiguousCells: z.number().int().min(0),
  lostCells: z.number().int().min(0),
  /**
   * cells that print text where the table holds amounts: not read as amounts, so no check sees them.
   * `lines` are the lines they stand on (a damaged or foreign line, e.g. one of 150,000 cells).
   */
  textCells: z.object({ count: z.number().int().min(1), lines: z.array(LineNo) }).optional(),
});
export type TableCoverage = z.infer<typeof TableCoverage>;

export const Coverage = z.object({
  tables: z.array(TableCoverage),
  /**
   * tables the table of contents promised that are absent or printed as [illegible]; without a table of
   * contents, tables whose printed numbers (预算05表 → 预算07表) skip over them
   */
  missingTables: z.array(
    z.object({
      kind: TableKind,
      /** the title the TOC lists; for a numbering gap, the template's title of the missing number */
      tocTitle: z.string(),
      /** the TOC entry's line; for a numbering gap, the title line of the table after the gap */
      tocLine: LineNo,
      /** what shows the table is missing: the TOC lists it (the default), or the printed numbering skips it */
      evidence: z.enum(['toc', 'numbering']).optional(),
      reason: z.enum(['absent', 'illegible']),
      /** line of the [illegible] block standing where the table should be */
      line: LineNo.optional(),
    }),
  ),
  illegible: z.array(Span),
  /** narrative sentences holding a number that produced no claim */
  unclaimedSentences: z.array(
    z.object({ line: LineNo, text: z.string(), section: z.number().int().optional(), reason: z.string() }),
  ),
  /** claims whose quantity could not be named in a form rules resolve */
  unresolvedClaims: z.array(z.object({ claimId: z.string(), line: LineNo, reason: z.string() })).default([]),
  /** how much of the narrative (第二部分) was found: no sections means no narrative check could run */
  narrative: z
    .object({ sections: z.number().int().min(0), claims: z.number().int().min(0) })
    .optional(),
});
export type Coverage = z.infer<typeof Coverage>;

/** One piece of what showed the template: the words found and where. */
export const TemplateEvidence = z.object({
  kind: z.enum(['region', 'cover', 'title', 'table-number']),
  text: z.string(),
  line: LineNo,
});
export type TemplateEvidence = z.infer<typeof TemplateEvidence>;

/**
 * The template (region's table set and wording) a release was read with: detected from its own
 * words, with the evidence. `unknown` when no profile's signals were strong enough: the release is
 * then read by table meaning only, and the rules that need a known layout are skipped.
 */
export const TemplateRef = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  /** the sum of the weights of the signals found */
  score: z.number().int().min(0),
  evidence: z.array(TemplateEvidence),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

export const Release = z.object({
  schemaVersion: z.literal(1),
  source: Source,
  meta: Meta,
  /** the template detected; absent only in models built by hand (tests), which are Henan's */
  template: TemplateRef.optional(),
  toc: Toc.optional(),
  tables: z.array(Table),
  narrative: Narrative,
  coverage: Coverage,
  /** a 决算 release: the template it was read with and its narrative's budget-vs-actual claims */
  finalAccounts: FinalAccounts.optional(),
});
export type Release = z.infer<typeof Release>;
