import { z } from 'zod';
import { Stage } from '../model/facts.js';
import { TableKind } from '../model/table.js';
import { Unit } from '../model/primitives.js';
import { ScopePart } from './schema.js';

/**
 * A 决算 template as data. Its tables are read by position (the national 公开表 print one amount per
 * tab-separated cell, blanks kept), so a column is its place in the row and its canonical key; a key
 * carries its stage after `@` (`total@final`, `total@adjusted-budget`), as the template notes write it.
 */

export const FinalColumn = z.object({
  /** canonical key with its stage: `basic@final` */
  key: z.string().regex(/^[a-zA-Z.]+@[a-z-]+$/),
  label: z.string(),
  /** the spanning header above the leaf, if any */
  group: z.string().optional(),
  stage: Stage,
  scope: ScopePart,
});
export type FinalColumn = z.infer<typeof FinalColumn>;

/** A named line of a side-by-side summary (01, 04): matched against the label without its ordinal. */
export const FinalLine = z.object({
  side: z.enum(['income', 'expenditure']),
  label: z.string(),
  /** canonical name of the line, used by rules: current, surplus-use, carryover, total, distribution … */
  key: z.string(),
  scope: ScopePart,
});
export type FinalLine = z.infer<typeof FinalLine>;

export const FinalTable = z.object({
  number: z.string().regex(/^\d{2}$/),
  kind: TableKind,
  /** the title, a regular-expression source matched against the whole title line */
  title: z.string(),
  defaultUnit: Unit,
  /**
   * `summary`: two halves side by side, each `label, 行次, amount…` (01, 04); `coded`: `code, name,
   * amount…` rows under a 合计 line (02, 03, 05, 07, 08); `economic`: blocks of `code, name, amount`
   * side by side (06); `single`: one row of amounts (09)
   */
  layout: z.enum(['summary', 'coded', 'economic', 'single']),
  /** amount columns in printed order; for a summary, the expenditure half's (the income half has one) */
  columns: z.array(FinalColumn),
  /** for `economic`: how many `code, name, amount` blocks a line holds */
  blocks: z.number().int().min(1).optional(),
  lines: z.array(FinalLine).default([]),
});
export type FinalTable = z.infer<typeof FinalTable>;

export const FinalAccountsProfile = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  recognition: z.object({
    /** the release kind the cover states */
    kinds: z.array(z.enum(['部门决算', '单位决算'])),
    /** a printed table number (公开 01 表) */
    tableNumber: z.string(),
    /** words of the narrative part's heading */
    narrativeHeading: z.string(),
    /** the part after the narrative (名词解释), which ends it */
    narrativeEnd: z.string(),
  }),
  tables: z.array(FinalTable),
  narrative: z.object({
    /** what a sentence speaks of, by its words (tried in order, the first match wins) */
    subjects: z.array(z.object({ pattern: z.string(), key: z.string(), label: z.string() })),
  }),
  /**
   * rule families written for the budget template (预算01表 … 12表, its narrative sections): they do not
   * run on this template, and coverage says so; the 决算 rules (family final-accounts) cover its tables
   */
  budgetOnlyFamilies: z.array(z.string()),
  /** rules that read one printed line at a time and so misread prose the PDF wraps over lines */
  lineBoundRules: z.array(z.string()).default([]),
});
export type FinalAccountsProfile = z.infer<typeof FinalAccountsProfile>;
