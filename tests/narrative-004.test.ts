import { describe, expect, it } from 'vitest';
import { seedNarrative } from './helpers/seed-narrative.js';
import { Narrative } from '../src/model/narrative.js';

// Seed 004: 2022 template, markdown headings (`### 一、…`, `## **八、…**`). Narrative = lines 88–158.
const { result, narrative, claim } = seedNarrative('004_089b4ec93cddaf3a.txt');

describe('narrative 004', () => {
  it('reads markdown headings of every level', () => {
    expect(Narrative.parse(narrative)).toBeTruthy();
    expect(narrative.line).toBe(88); // ## 第二部分
    expect(narrative.sections.map((s) => s.line)).toEqual([92, 96, 100, 104, 110, 114, 118, 130, 134]);
    expect(narrative.sections[5]?.title).toBe('一般公共预算基本和项目支出预算情况说明');
    expect(narrative.sections[7]?.title).toBe('政府性基金预算支出情况说明'); // ## **八、…**
  });

  it('reads one-decimal amounts and the rate word 降低 (line 94)', () => {
    expect(claim('c94-3')).toMatchObject({ type: 'change', quantity: { key: 'income.total' }, direction: 'decrease', amountWord: '减少', rateWord: '下降', amount: { value: '7.9', decimals: 1 }, rate: { value: '1.68' }, baseYear: { value: 2021 } });
    expect(claim('c94-4')).toMatchObject({ type: 'change', quantity: { key: 'expenditure.total' }, rateWord: '降低', rate: { value: '1.68' } });
  });

  it('reads 一般公共预算 / 算收支预算 (lines 106–108, 算 doubled over the break)', () => {
    expect(claim('c108-1')).toMatchObject({ quantity: { key: 'fiscal.general', label: '一般公共预算算收支预算' }, amount: { value: '462.78', line: 108 } });
    expect(claim('c108-3')).toMatchObject({ type: 'change', quantity: { key: 'fiscal.general' }, rateWord: '降低', currentClaimId: 'c108-1' });
    // 增加 0 万元，无变化，与上年保持一致
    expect(claim('c108-4')).toMatchObject({ type: 'change', quantity: { key: 'fiscal.govFund' }, amount: { value: '0' } });
    expect(claim('c108-5')).toMatchObject({ type: 'parity', quantity: { key: 'fiscal.govFund' }, currentClaimId: 'c108-2' });
  });

  it('reads section 五 with basic/project shares and class 204 at `46 万元` (line 112)', () => {
    expect(claim('c112-3')).toMatchObject({ type: 'share', quantity: { key: 'general.basic' }, whole: { key: 'general.expenditure' }, percent: { value: '72.86' } });
    expect(claim('c112-8')).toMatchObject({ quantity: { key: 'general.class.204', label: '公共安全(类)支出' }, amount: { value: '46', decimals: 0 } });
    expect(claim('c112-9')).toMatchObject({ type: 'share', percent: { value: '9.94' } });
    expect(claim('c116-3')).toMatchObject({ type: 'share', quantity: { key: 'general.basic.personnel' }, percent: { value: '90.88' } });
  });

  it('reads 三公 changes without a rate, bold item labels and `比 2021 减少` without 年 (lines 120–128)', () => {
    expect(claim('c120-1')).toMatchObject({ quantity: { key: 'threePublic.total' }, amount: { value: '16.1', decimals: 1 } });
    const c = claim('c120-2');
    expect(c).toMatchObject({ type: 'change', direction: 'decrease', amount: { value: '6.8' }, baseYear: { value: 2021 }, currentClaimId: 'c120-1' });
    expect(c.type === 'change' && c.rate).toBeFalsy();
    expect(claim('c124-1')).toMatchObject({ quantity: { key: 'threePublic.abroad' }, amount: { value: '0' } }); // **（一）因公出国（境）费** 0 万元
    expect(claim('c124-2')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.abroad' } }); // 与上年保持一致
    expect(claim('c126-1')).toMatchObject({ quantity: { key: 'threePublic.reception' }, amount: { value: '1', decimals: 0 } });
    expect(claim('c126-2')).toMatchObject({ type: 'change', amount: { value: '4.8' }, currentClaimId: 'c126-1' });
    expect(claim('c128-4')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.vehicle.purchase' }, baseYear: { value: 2021 } });
    expect(claim('c128-7')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.vehicle.operation' }, amount: { value: '2' } });
  });

  it('section 八 `年初预算为 0 万元` is the fund spending; 机构运转经费 30.77 (line 138)', () => {
    expect(claim('c132-1')).toMatchObject({ quantity: { key: 'govFund.expenditure' }, amount: { value: '0' } });
    expect(claim('c138-1')).toMatchObject({ quantity: { key: 'operatingFunds' }, amount: { value: '30.77' } });
  });

  it('3 vehicles lent by another office (line 154) are a count of no owned kind: unresolved, with reason', () => {
    expect(claim('c154-1')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.total' }, value: '0' });
    expect(claim('c154-2')).toMatchObject({ type: 'count', quantity: { key: 'unresolved' }, value: '3' });
    expect(result.unresolvedClaims).toEqual([
      { claimId: 'c154-2', line: 154, reason: expect.stringContaining('区机关事务中心调配') },
    ]);
    expect(result.unclaimedSentences).toEqual([]);
  });
});
