import { z } from 'zod';

/**
 * An amount as a canonical decimal string ("1241.66", "0.00", "-3.5").
 * Amounts never pass through binary floating point: rules turn them into decimal.js values.
 */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'a canonical decimal string such as "1241.66"');
export type DecimalString = z.infer<typeof DecimalString>;

/** Units found in releases. Henan seeds print 万元; other regions print 元 (and 亿元 in summaries). */
export const Unit = z.enum(['元', '万元', '亿元']);
export type Unit = z.infer<typeof Unit>;

/** 1-based line in the input text. */
export const LineNo = z.number().int().positive();

/** A value that was read from the text, with where it stands. */
export const SourceAmount = z.object({
  /** canonical decimal string */
  value: DecimalString,
  /** the characters as printed ("1,241.66", "８.６") */
  raw: z.string(),
  /** decimals as printed: decides the rounding interval (±half a unit of the last printed decimal) */
  decimals: z.number().int().min(0),
  unit: Unit,
  line: LineNo,
});
export type SourceAmount = z.infer<typeof SourceAmount>;

export const Span = z.object({ line: LineNo, text: z.string() });
export type Span = z.infer<typeof Span>;
