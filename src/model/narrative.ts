import { z } from 'zod';
import { ClaimScope } from './facts.js';
import { DecimalString, LineNo, SourceAmount, Span } from './primitives.js';

/**
 * A named quantity a sentence speaks of, in a form rules resolve against the tables.
 * `key` is from QUANTITY_KEYS (or `general.class.<3-digit code>` for a function class);
 * `label` is the wording as printed.
 */
export const QuantityRef = z.object({
  key: z.string(),
  label: z.string(),
});
export type QuantityRef = z.infer<typeof QuantityRef>;

export const Percent = z.object({
  value: DecimalString,
  raw: z.string(),
  decimals: z.number().int().min(0),
  line: LineNo,
});
export type Percent = z.infer<typeof Percent>;

export const Year = z.object({ value: z.number().int(), line: LineNo });

const claimBase = {
  /** stable id within the document: `c<line>-<n>` */
  id: z.string(),
  quantity: QuantityRef,
  /** narrative section ordinal 1…9 (一…九; a 决算 narrative runs to 十一 and beyond) */
  section: z.number().int().min(1).max(30).optional(),
  line: LineNo,
  /** the clause the claim was read from */
  text: z.string(),
  /** the scope of the quantity (fund, flow, split, class …), as the template prints it; absent when no
   * table prints it or its scope could not be decided (the claim is then never compared) */
  scope: ClaimScope.optional(),
};

export const AmountClaim = z.object({ ...claimBase, type: z.literal('amount'), amount: SourceAmount });
/** `占X%`: quantity as a share of `whole`. `amountClaimId` links the amount stated in the same clause. */
export const ShareClaim = z.object({
  ...claimBase,
  type: z.literal('share'),
  whole: QuantityRef,
  percent: Percent,
  amountClaimId: z.string().optional(),
});
/** `比2025年增加A万元，增长B%` / `减少A万元，下降B%`. Either part may be missing. */
export const ChangeClaim = z.object({
  ...claimBase,
  type: z.literal('change'),
  direction: z.enum(['increase', 'decrease']),
  /** the words as printed, so that rules can tell a growth word that contradicts the sign */
  amountWord: z.string().optional(),
  rateWord: z.string().optional(),
  amount: SourceAmount.optional(),
  rate: Percent.optional(),
  baseYear: Year.optional(),
  /** the current-year amount the change applies to, when the sentence states it */
  currentClaimId: z.string().optional(),
});
/** `与2025年持平` */
export const ParityClaim = z.object({
  ...claimBase,
  type: z.literal('parity'),
  baseYear: Year.optional(),
  currentClaimId: z.string().optional(),
});
/** vehicles by kind, equipment: integer counts */
export const CountClaim = z.object({
  ...claimBase,
  type: z.literal('count'),
  value: z.string().regex(/^\d+$/),
  unitWord: z.string(),
});

export const Claim = z.discriminatedUnion('type', [AmountClaim, ShareClaim, ChangeClaim, ParityClaim, CountClaim]);
export type Claim = z.infer<typeof Claim>;
export type AmountClaim = z.infer<typeof AmountClaim>;
export type ShareClaim = z.infer<typeof ShareClaim>;
export type ChangeClaim = z.infer<typeof ChangeClaim>;
export type ParityClaim = z.infer<typeof ParityClaim>;
export type CountClaim = z.infer<typeof CountClaim>;

export const Section = z.object({
  /** 1…9 for 一…九 (up to 30: a 决算 narrative has eleven) */
  ordinal: z.number().int().min(1).max(30),
  title: z.string(),
  line: LineNo,
  endLine: LineNo,
  /** sentences (split at 。；) with the line each starts on */
  sentences: z.array(Span),
});
export type Section = z.infer<typeof Section>;

export const Narrative = z.object({
  /** line of 第二部分's heading, when found */
  line: LineNo.optional(),
  sections: z.array(Section),
  claims: z.array(Claim),
});
export type Narrative = z.infer<typeof Narrative>;

/** The quantity key of a claim whose quantity the narrative does not name (coverage lists it). */
export const UNRESOLVED_KEY = 'unresolved';
