import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiDigits, parseAmount } from '../src/parse/number.js';

const FW = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseAmount', () => {
  it('reads the printed forms of the seeds', () => {
    expect(parseAmount('1,241.66')).toEqual({ value: '1241.66', decimals: 2 });
    expect(parseAmount('0.00')).toEqual({ value: '0.00', decimals: 2 });
    expect(parseAmount('8.6')).toEqual({ value: '8.6', decimals: 1 });
    expect(parseAmount('0')).toEqual({ value: '0', decimals: 0 });
    expect(parseAmount('１２３．４５')).toEqual({ value: '123.45', decimals: 2 });
    expect(parseAmount(' 702.77 ')).toEqual({ value: '702.77', decimals: 2 });
    expect(parseAmount('-3.50')).toEqual({ value: '-3.50', decimals: 2 });
    expect(parseAmount('-0.00')).toEqual({ value: '0.00', decimals: 2 });
    expect(parseAmount('007.5')).toEqual({ value: '7.5', decimals: 1 });
  });

  it('rejects what is not one number', () => {
    for (const s of ['', '—', '-', '12.3.4', '1,24', '1,2345.00', 'abc', '12a', '.5', '5.', '合计', '1,241.66万元'])
      expect(parseAmount(s), s).toBeNull();
  });

  it('round-trips any two-decimal amount, with or without separators and full-width digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.boolean(), fc.boolean(), (cents, sep, fw) => {
        const int = (cents / 100n).toString();
        const frac = (cents % 100n).toString().padStart(2, '0');
        const printedInt = sep ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
        let printed = `${printedInt}.${frac}`;
        if (fw) printed = FW(printed);
        const parsed = parseAmount(printed);
        expect(parsed).toEqual({ value: `${int}.${frac}`, decimals: 2 });
      }),
    );
  });

  it('keeps every printed digit (no float rounding) for long amounts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,20}\.\d{1,6}$/), (s) => {
        expect(parseAmount(s)?.value).toBe(s);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = parseAmount(s);
        if (r) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
  });

  it('maps full-width forms and the ideographic space', () => {
    expect(asciiDigits('１，２３４．５６\u3000％')).toBe('1,234.56 %');
  });
});
