import { describe, expect, it } from 'vitest';
import { seedNarrative } from './helpers/seed-narrative.js';
import { Narrative } from '../src/model/narrative.js';
import { isQuantityKey } from '../src/model/quantities.js';

// Seed 001: a clean release, one budget unit, spending down on 2025. Narrative = lines 73–158.
const { result, narrative, claim } = seedNarrative('001_d3fb4ee6849ee809.txt');

describe('narrative 001', () => {
  it('finds the nine sections (headings on lines 78 … 135)', () => {
    expect(Narrative.parse(narrative)).toBeTruthy();
    expect(narrative.line).toBe(73);
    expect(narrative.sections.map((s) => s.line)).toEqual([78, 82, 91, 98, 104, 111, 119, 131, 135]);
    expect(narrative.sections[0]?.title).toBe('收入支出预算总体情况说明');
  });

  it('reads decreases with 减少/下降 as printed (line 80)', () => {
    expect(claim('c80-1')).toMatchObject({ type: 'amount', quantity: { key: 'income.total' }, amount: { value: '250.65' } });
    expect(claim('c80-3')).toMatchObject({
      type: 'change', quantity: { key: 'income.total' }, direction: 'decrease', amountWord: '减少', rateWord: '下降',
      amount: { value: '128.02' }, rate: { value: '33.81' }, baseYear: { value: 2025, line: 80 }, currentClaimId: 'c80-1',
    });
    expect(claim('c80-4')).toMatchObject({ type: 'change', quantity: { key: 'expenditure.total' }, direction: 'decrease', amount: { value: '128.02' } });
  });

  it('reads income lines and the expenditure split (lines 85, 93)', () => {
    expect(claim('c85-1')).toMatchObject({ quantity: { key: 'income.current' }, amount: { value: '250.65' } });
    expect(claim('c85-11')).toMatchObject({ quantity: { key: 'income.carryover' }, amount: { value: '0', decimals: 0 } });
    expect(claim('c93-2')).toMatchObject({ quantity: { key: 'expenditure.basic' }, amount: { value: '230.06' } });
    expect(claim('c93-5')).toMatchObject({ type: 'share', quantity: { key: 'expenditure.project' }, whole: { key: 'expenditure.current' }, percent: { value: '8.21' }, amountClaimId: 'c93-4' });
  });

  it('reads section 四 across the wrap at lines 100–102', () => {
    expect(claim('c100-1')).toMatchObject({ quantity: { key: 'fiscal.general' }, amount: { value: '250.65', line: 100 } });
    expect(claim('c102-1')).toMatchObject({ quantity: { key: 'fiscal.stateCapital' }, amount: { value: '0', line: 102 } });
    expect(claim('c102-2')).toMatchObject({ type: 'change', quantity: { key: 'fiscal.general' }, direction: 'decrease', amount: { value: '128.02' }, rate: { value: '33.81' } });
  });

  it('reads classes and the basic split (lines 107, 113)', () => {
    expect(claim('c107-3')).toMatchObject({ type: 'share', quantity: { key: 'general.class.201' }, percent: { value: '86.25' }, whole: { key: 'general.expenditure' } });
    expect(claim('c107-6')).toMatchObject({ quantity: { key: 'general.class.221' }, amount: { value: '18.03' } });
    expect(claim('c107-7')).toMatchObject({ type: 'share', percent: { value: '7.20' } });
    expect(claim('c113-2')).toMatchObject({ quantity: { key: 'general.basic.personnel' }, amount: { value: '217.24' } });
    expect(claim('c113-5')).toMatchObject({ type: 'share', quantity: { key: 'general.basic.public' }, whole: { key: 'general.basic' }, percent: { value: '5.57' } });
  });

  it('reads a zero 三公 total and its parity (line 121) and every item at parity', () => {
    expect(claim('c121-1')).toMatchObject({ quantity: { key: 'threePublic.total' }, amount: { value: '0' } });
    expect(claim('c121-2')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.total' }, baseYear: { value: 2025 }, currentClaimId: 'c121-1' });
    const parity = narrative.claims.filter((c) => c.type === 'parity' && c.section === 7).map((c) => c.quantity.key);
    expect(parity).toEqual([
      'threePublic.total', 'threePublic.abroad', 'threePublic.reception', 'threePublic.vehicle.purchase', 'threePublic.vehicle.operation',
    ]);
  });

  it('reads 机构运转经费 and its decrease on 上年 (line 139)', () => {
    expect(claim('c139-1')).toMatchObject({ quantity: { key: 'operatingFunds' }, amount: { value: '12.82' } });
    expect(claim('c139-2')).toMatchObject({ type: 'change', direction: 'decrease', amount: { value: '1.07' }, rate: { value: '7.70' }, currentClaimId: 'c139-1' });
  });

  it('reads zero vehicles by kind (line 153)', () => {
    const counts = narrative.claims.filter((c) => c.type === 'count');
    expect(counts.map((c) => [c.quantity.key, c.type === 'count' ? c.value : ''])).toEqual([
      ['vehicles.total', '0'], ['vehicles.official', '0'], ['vehicles.enforcement', '0'], ['vehicles.special', '0'],
      ['vehicles.other', '0'], ['equipment.general', '0'], ['equipment.special', '0'],
    ]);
  });

  it('leaves nothing unclaimed: `12345热线` (line 149) carries no unit, so it is no figure', () => {
    expect(result.unclaimedSentences).toEqual([]);
    expect(result.unresolvedClaims).toEqual([]);
    expect(narrative.claims.every((c) => isQuantityKey(c.quantity.key))).toBe(true);
    expect(narrative.claims.some((c) => c.line === 149)).toBe(false);
  });
});
