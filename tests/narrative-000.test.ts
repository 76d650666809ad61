import { describe, expect, it } from 'vitest';
import { seedNarrative } from './helpers/seed-narrative.js';
import { Narrative } from '../src/model/narrative.js';
import { isQuantityKey } from '../src/model/quantities.js';

// Seed 000: a clean release, two budget units. Narrative = lines 72–157.
const { result, narrative, claim } = seedNarrative('000_52f5b89fd5e0ecf0.txt');

describe('narrative 000', () => {
  it('finds 第二部分 at line 72 and its nine sections at their headings', () => {
    expect(Narrative.parse(narrative)).toBeTruthy();
    expect(narrative.line).toBe(72);
    expect(narrative.sections.map((s) => [s.ordinal, s.line])).toEqual([
      [1, 76], [2, 80], [3, 89], [4, 98], [5, 104], [6, 111], [7, 119], [8, 131], [9, 135],
    ]);
    expect(narrative.sections[8]).toMatchObject({ title: '其他重要事项情况说明', endLine: 157 });
  });

  it('joins the sentence wrapped over lines 100–102 (国有资本经营收 / 支预算0万元)', () => {
    const s4 = narrative.sections[3]!;
    expect(s4.sentences[0]).toEqual({
      line: 100,
      text: '中国共产党新乡市红旗区委员会办公室2026年一般公共预算收支预算702.77万元，政府性基金收支预算0万元，国有资本经营收支预算0万元',
    });
    // the number keeps its own line
    expect(claim('c102-1')).toMatchObject({ type: 'amount', quantity: { key: 'fiscal.stateCapital' }, amount: { value: '0', line: 102 } });
  });

  it('reads the totals and their year-over-year change (line 78)', () => {
    expect(claim('c78-1')).toMatchObject({ type: 'amount', quantity: { key: 'income.total' }, amount: { value: '702.77', decimals: 2, unit: '万元' } });
    expect(claim('c78-2')).toMatchObject({ type: 'amount', quantity: { key: 'expenditure.total' }, amount: { value: '702.77' } });
    expect(claim('c78-3')).toMatchObject({
      type: 'change', quantity: { key: 'income.total' }, direction: 'increase', amountWord: '增加', rateWord: '增长',
      amount: { value: '158.83' }, rate: { value: '29.20', decimals: 2 }, baseYear: { value: 2025, line: 78 }, currentClaimId: 'c78-1',
    });
    // `支出增加158.83万元` starts a new sentence: the base year 2025 carries over from `与2025年预算相比`
    expect(claim('c78-4')).toMatchObject({ type: 'change', quantity: { key: 'expenditure.total' }, baseYear: { value: 2025 }, currentClaimId: 'c78-2' });
  });

  it('reads every income line of section 二 (line 82)', () => {
    const keys = narrative.claims.filter((c) => c.line === 82).map((c) => c.quantity.key);
    expect(keys).toEqual([
      'income.current', 'income.general', 'income.govFund', 'income.stateCapital', 'income.specialAccount',
      'income.business', 'income.operating', 'income.superior', 'income.affiliated', 'income.other', 'income.carryover',
    ]);
    expect(claim('c82-2')).toMatchObject({ quantity: { key: 'income.general' }, amount: { value: '702.77' } });
  });

  it('reads shares of 支出合计 (line 91) and of 一般公共预算支出 by class (line 107)', () => {
    expect(claim('c91-3')).toMatchObject({
      type: 'share', quantity: { key: 'expenditure.basic' }, whole: { key: 'expenditure.current' },
      percent: { value: '91.73', decimals: 2 }, amountClaimId: 'c91-2',
    });
    expect(claim('c91-4')).toMatchObject({ quantity: { key: 'expenditure.project' }, amount: { value: '58.11' } });
    expect(claim('c107-2')).toMatchObject({ type: 'amount', quantity: { key: 'general.class.201', label: '一般公共服务(类)支出' }, amount: { value: '598.45' } });
    expect(claim('c107-5')).toMatchObject({ type: 'share', quantity: { key: 'general.class.208' }, whole: { key: 'general.expenditure' }, percent: { value: '7.61' } });
    expect(claim('c107-6')).toMatchObject({ quantity: { key: 'general.class.221' }, amount: { value: '50.83' } });
  });

  it('reads 人员经费/公用经费 as shares of 一般公共预算基本支出 (line 113)', () => {
    expect(claim('c113-1')).toMatchObject({ quantity: { key: 'general.basic' }, amount: { value: '644.66' } });
    expect(claim('c113-3')).toMatchObject({ type: 'share', quantity: { key: 'general.basic.personnel' }, whole: { key: 'general.basic' }, percent: { value: '91.38' }, amountClaimId: 'c113-2' });
    expect(claim('c113-4')).toMatchObject({ quantity: { key: 'general.basic.public' }, amount: { value: '55.55' } });
  });

  it('reads parity in section 四 (line 102)', () => {
    expect(claim('c102-2')).toMatchObject({ type: 'change', quantity: { key: 'fiscal.general' }, amount: { value: '158.83' }, rate: { value: '29.20' }, currentClaimId: 'c100-1' });
    expect(claim('c102-3')).toMatchObject({ type: 'parity', quantity: { key: 'fiscal.govFund' }, baseYear: { value: 2025 }, currentClaimId: 'c100-2' });
    expect(claim('c102-4')).toMatchObject({ type: 'parity', quantity: { key: 'fiscal.stateCapital' }, currentClaimId: 'c102-1' });
  });

  it('reads 三公 amounts, their changes, and `预算数与2025年持平` of the item before (lines 121–129)', () => {
    expect(claim('c121-1')).toMatchObject({ quantity: { key: 'threePublic.total' }, amount: { value: '7.50' } });
    expect(claim('c121-2')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.total' }, direction: 'increase', amount: { value: '2.00' }, rate: { value: '36.36' }, baseYear: { value: 2025 }, currentClaimId: 'c121-1' });
    expect(claim('c125-2')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.abroad' }, currentClaimId: 'c125-1' });
    expect(claim('c127-1')).toMatchObject({ quantity: { key: 'threePublic.reception' }, amount: { value: '0' } });
    expect(claim('c129-1')).toMatchObject({ quantity: { key: 'threePublic.vehicle' }, amount: { value: '7.50' } });
    expect(claim('c129-2')).toMatchObject({ quantity: { key: 'threePublic.vehicle.purchase' }, amount: { value: '0' } });
    expect(claim('c129-4')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.vehicle.purchase' } });
    expect(claim('c129-5')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.vehicle.operation' }, amount: { value: '2.00' }, rate: { value: '36.36' }, currentClaimId: 'c129-3' });
  });

  it('reads sections 八 and 九: fund spending, 机构运转经费 with `比上年`, procurement, assets', () => {
    expect(claim('c133-1')).toMatchObject({ quantity: { key: 'govFund.expenditure' }, amount: { value: '0' } });
    const op = claim('c139-2');
    expect(op).toMatchObject({ type: 'change', quantity: { key: 'operatingFunds' }, amount: { value: '9.15' }, rate: { value: '19.72' }, currentClaimId: 'c139-1' });
    // 比上年 names no year
    expect(op.type === 'change' && op.baseYear).toBeFalsy();
    expect(narrative.claims.filter((c) => c.line === 143).map((c) => c.quantity.key)).toEqual([
      'procurement.total', 'procurement.goods', 'procurement.works', 'procurement.services',
    ]);
    expect(claim('c153-1')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.total' }, value: '5', unitWord: '辆' });
    expect(claim('c153-2')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.official' }, value: '5' });
    expect(claim('c153-6')).toMatchObject({ type: 'count', quantity: { key: 'equipment.general' }, value: '0', unitWord: '台（套）' });
    expect(claim('c153-7')).toMatchObject({ type: 'count', quantity: { key: 'equipment.special' }, value: '0' });
    // 单位价值50万元以上 / 100万元以上 are thresholds, not amounts
    expect(narrative.claims.some((c) => c.type === 'amount' && c.line === 153)).toBe(false);
  });

  it('leaves no number unclaimed and every key resolvable', () => {
    expect(result.unclaimedSentences).toEqual([]);
    expect(result.unresolvedClaims).toEqual([]);
    expect(narrative.claims.every((c) => isQuantityKey(c.quantity.key))).toBe(true);
    // claims per line, counted by hand from the text: every figure of the narrative is one claim
    const perLine: Record<number, number> = {};
    for (const c of narrative.claims) perLine[c.line] = (perLine[c.line] ?? 0) + 1;
    expect(perLine).toEqual({
      78: 4, 82: 11, 91: 5, 100: 2, 102: 4, 107: 7, 113: 5, 121: 2, 125: 2, 127: 2, 129: 5, 133: 1, 139: 2, 143: 4, 153: 7,
    });
  });
});
