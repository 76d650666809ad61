import { z } from 'zod';
import { LineNo, SourceAmount } from './primitives.js';
import { Percent, Year } from './narrative.js';

/**
 * What a 决算 narrative says about its numbers, item by item: the budget beside the actual
 * (`年初预算为A万元，支出决算为B万元，完成年初预算的C%。决算数大于预算数的主要原因是…`) and the change on
 * last year's actual (`比2023年度决算数增加A万元，增长B%`), and a part's share of a whole (`占95.7%`).
 */

/** What a claim speaks of: its words, and the canonical key rules resolve against the tables
 * (`total`, `income.general`, `class.201`, `general.item.2014001`, `threePublic.abroad` …). */
export const FinalSubject = z.object({
  label: z.string(),
  key: z.string().optional(),
});
export type FinalSubject = z.infer<typeof FinalSubject>;

const base = {
  id: z.string(),
  /** 一…十一 of the narrative */
  section: z.number().int().min(1).max(30).optional(),
  line: LineNo,
  text: z.string(),
  subject: FinalSubject,
};

export const BudgetActualClaim = z.object({
  ...base,
  type: z.literal('budget-actual'),
  /** which budget the sentence compares with: 年初预算 or the full-year (adjusted) 预算 */
  basis: z.enum(['initial-budget', 'adjusted-budget']),
  budget: SourceAmount.optional(),
  actual: SourceAmount.optional(),
  /** 完成(年初)预算的X% */
  rate: Percent.optional(),
  /** 决算数大于/小于/等于预算数 */
  word: z.object({ value: z.enum(['大于', '小于', '等于']), line: LineNo }).optional(),
  /** the words after 主要原因(是); empty when the sentence names no reason */
  reason: z.object({ text: z.string(), line: LineNo }).optional(),
});
export type BudgetActualClaim = z.infer<typeof BudgetActualClaim>;

export const GrowthClaim = z.object({
  ...base,
  type: z.literal('growth'),
  /** the amount this year, as the sentence (or the one before) states it */
  current: SourceAmount.optional(),
  direction: z.enum(['increase', 'decrease']),
  amountWord: z.string(),
  rateWord: z.string().optional(),
  amount: SourceAmount,
  rate: Percent.optional(),
  baseYear: Year.optional(),
});
export type GrowthClaim = z.infer<typeof GrowthClaim>;

/** What a share is of: an amount the paragraph states (`本年收入合计20451.35万元，其中：…`), or a subject
 * the tables print (`“三公”经费…决算中，…占10.15%` is of table 09's 决算 合计). */
export const FinalShareWhole = z.object({
  label: z.string(),
  amount: SourceAmount.optional(),
  key: z.string().optional(),
});
export type FinalShareWhole = z.infer<typeof FinalShareWhole>;

/** `一般公共预算财政拨款收入19572.91万元，占95.7%`: a part and its share of a whole. */
export const FinalShareClaim = z.object({
  ...base,
  type: z.literal('share'),
  part: SourceAmount,
  rate: Percent,
  /** absent when neither the paragraph nor a table gives the whole: reported as unresolved */
  whole: FinalShareWhole.optional(),
});
export type FinalShareClaim = z.infer<typeof FinalShareClaim>;

export const FinalClaim = z.discriminatedUnion('type', [BudgetActualClaim, GrowthClaim, FinalShareClaim]);
export type FinalClaim = z.infer<typeof FinalClaim>;

export const FinalAccounts = z.object({
  /** the template profile the release was read with */
  profile: z.string(),
  claims: z.array(FinalClaim),
});
export type FinalAccounts = z.infer<typeof FinalAccounts>;
