import { describe, expect, it } from 'vitest';
import { seedNarrative } from './helpers/seed-narrative.js';
import { Narrative } from '../src/model/narrative.js';
import { isQuantityKey } from '../src/model/quantities.js';

// Seed 003: 2024, another district; spaces around numbers (`占 76.62 %`), 0.00, `。。` on line 120.
const { result, narrative, claim } = seedNarrative('003_5c2b6dad15e272f5.txt');

describe('narrative 003', () => {
  it('finds the sections; section 九 keeps its bracketed remark in the title (line 122)', () => {
    expect(Narrative.parse(narrative)).toBeTruthy();
    expect(narrative.line).toBe(74);
    expect(narrative.sections.map((s) => s.line)).toEqual([78, 82, 86, 90, 96, 100, 104, 118, 122]);
    expect(narrative.sections[8]?.title).toMatch(/^其他重要事项情况说明（以下情况金额为0的/);
  });

  it('reads `收支增加` of section 一 as the change of the totals (line 80)', () => {
    expect(claim('c80-1')).toMatchObject({ quantity: { key: 'income.total' }, amount: { value: '1261.66', raw: '1261.66' } });
    expect(claim('c80-3')).toMatchObject({
      type: 'change', quantity: { key: 'income.total', label: '收支' }, amount: { value: '84.41' }, rate: { value: '7.17' },
      baseYear: { value: 2023 }, currentClaimId: 'c80-1',
    });
  });

  it('reads 0.00 with its two decimals and regional income wording (line 84)', () => {
    expect(claim('c84-3')).toMatchObject({ quantity: { key: 'income.govFund' }, amount: { value: '0.00', decimals: 2 } });
    expect(claim('c84-4')).toMatchObject({ quantity: { key: 'income.specialAccount', label: '专户管理的教育收费' } });
  });

  it('reads `占 76.62 %` with spaces and five classes, 223 included (line 98)', () => {
    expect(claim('c98-3')).toMatchObject({ type: 'share', quantity: { key: 'general.class.201' }, percent: { value: '76.62', raw: '76.62' }, whole: { key: 'general.expenditure' } });
    expect(claim('c98-6')).toMatchObject({ quantity: { key: 'general.class.210', label: '卫生健康(类)支出' }, amount: { value: '40.52' } });
    expect(claim('c98-10')).toMatchObject({ quantity: { key: 'general.class.223' }, amount: { value: '20.00' } });
    expect(claim('c98-11')).toMatchObject({ type: 'share', percent: { value: '1.59' } });
  });

  it('reads section 六 as printed: its stated 基本支出 1261.66 is the whole budget (tables say 1058.62, line 88)', () => {
    expect(claim('c88-2')).toMatchObject({ quantity: { key: 'expenditure.basic' }, amount: { value: '1058.62' } });
    expect(claim('c102-1')).toMatchObject({ quantity: { key: 'general.basic' }, amount: { value: '1261.66' } });
    expect(claim('c102-3')).toMatchObject({ type: 'share', quantity: { key: 'general.basic.personnel' }, whole: { key: 'general.basic' }, percent: { value: '77.73' } });
    expect(claim('c102-6')).toMatchObject({ quantity: { key: 'general.project' }, amount: { value: '203.04' } });
    expect(claim('c102-8')).toMatchObject({ quantity: { key: 'stateCapital.expenditure' }, amount: { value: '20.00' } });
  });

  it('reads parity worded `与2023年“三公”经费持平` (line 106) and changes of zero (112, 116)', () => {
    expect(claim('c106-1')).toMatchObject({ quantity: { key: 'threePublic.total' }, amount: { value: '11.00' } });
    expect(claim('c106-2')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.total' }, baseYear: { value: 2023 }, currentClaimId: 'c106-1' });
    expect(claim('c112-1')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.abroad' }, amount: { value: '0.00' }, currentClaimId: 'c110-1' });
    expect(claim('c114-1')).toMatchObject({ quantity: { key: 'threePublic.reception' }, amount: { value: '2.00' } });
    expect(claim('c116-4')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.vehicle.purchase' }, amount: { value: '0.00' } });
    expect(claim('c116-5')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.vehicle.operation' }, currentClaimId: 'c116-3' });
  });

  it('`。。` (line 120) yields one sentence, not an empty one', () => {
    const s8 = narrative.sections[7]!;
    expect(s8.sentences).toEqual([{ line: 120, text: '我单位 2024 年无使用政府性基金预算拨款安排支出，年初预算为 0.00 万元' }]);
    expect(claim('c120-1')).toMatchObject({ quantity: { key: 'govFund.expenditure' }, amount: { value: '0.00' } });
  });

  it('reads 政府采购货 / 物预算 across lines 130–132 and 3 vehicles (line 140)', () => {
    expect(claim('c130-1')).toMatchObject({ quantity: { key: 'procurement.total' }, amount: { value: '0.00' } });
    expect(claim('c132-1')).toMatchObject({ quantity: { key: 'procurement.goods' }, amount: { value: '0.00', line: 132 } });
    expect(claim('c140-1')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.total' }, value: '3' });
    expect(claim('c140-2')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.official' }, value: '3' });
  });

  it('leaves nothing unclaimed', () => {
    expect(result.unclaimedSentences).toEqual([]);
    expect(result.unresolvedClaims).toEqual([]);
    expect(narrative.claims.every((c) => isQuantityKey(c.quantity.key))).toBe(true);
  });
});
