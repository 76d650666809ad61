import { describe, expect, it } from 'vitest';
import { seedNarrative } from './helpers/seed-narrative.js';
import { Narrative } from '../src/model/narrative.js';
import { isQuantityKey } from '../src/model/quantities.js';

// Seed 002: a degraded extract. Every paragraph is wrapped mid-sentence with blank lines between
// the pieces, sometimes inside a word (基本支 / 出) or a unit (38.49 万 / 元). Narrative = lines 79–245.
const { result, narrative, claim } = seedNarrative('002_d924ceb559bc64c1.txt');

describe('narrative 002', () => {
  it('returns the sections and their claims', () => {
    expect(Narrative.parse(narrative)).toBeTruthy();
    expect(narrative.line).toBe(79);
    expect(narrative.sections.map((s) => s.line)).toEqual([85, 97, 107, 115, 129, 139, 147, 193, 199]);
    expect(narrative.claims.length).toBeGreaterThan(50);
    expect(narrative.claims.every((c) => c.line >= 85 && c.line <= 245)).toBe(true);
  });

  it('joins a paragraph wrapped over lines 87–95 into two sentences, starting where they start', () => {
    const s1 = narrative.sections[0]!;
    expect(s1.sentences.map((s) => s.line)).toEqual([87, 93]);
    expect(s1.sentences[0]?.text).toContain('2024 年收入总计50.65 万元，支出总计 50.65 万元');
    expect(s1.sentences[1]?.text).toBe('支出增加 6.88 万元，增长 15.72%，主要原因：新增人员，基本支出增加');
  });

  it('keeps each number on its own line (lines 89, 91, 93)', () => {
    expect(claim('c89-1')).toMatchObject({ type: 'amount', quantity: { key: 'income.total' }, amount: { value: '50.65', line: 89 } });
    expect(claim('c91-1')).toMatchObject({
      type: 'change', quantity: { key: 'income.total' }, direction: 'increase', amount: { value: '6.88', line: 91 },
      rate: { value: '15.72', line: 91 }, baseYear: { value: 2023, line: 89 }, currentClaimId: 'c89-1',
    });
    expect(claim('c93-1')).toMatchObject({ type: 'change', quantity: { key: 'expenditure.total' }, currentClaimId: 'c89-2' });
  });

  it('reads the older income wording of section 二 (lines 99–105)', () => {
    expect(claim('c101-3')).toMatchObject({ quantity: { key: 'income.govFund', label: '政府性基金预算' }, amount: { value: '0', line: 101 } });
    expect(claim('c103-1')).toMatchObject({ quantity: { key: 'income.govFund', label: '政府性基金收入' } });
    expect(claim('c103-2')).toMatchObject({ quantity: { key: 'income.specialAccount', label: '纳入财政专户管理经费' } });
    expect(claim('c105-1')).toMatchObject({ quantity: { key: 'income.carryover', label: '部门财政性资金结转' } });
  });

  it('reads `8.6` with one decimal and a share whose number sits on the next line (111–113)', () => {
    expect(claim('c111-4')).toMatchObject({ quantity: { key: 'expenditure.project' }, amount: { value: '8.6', decimals: 1, raw: '8.6' } });
    expect(claim('c113-1')).toMatchObject({ type: 'share', whole: { key: 'expenditure.current' }, percent: { value: '16.98', line: 113 }, amountClaimId: 'c111-4' });
  });

  it('reads change then parity of one quantity (lines 123–127: 增加 0 万元，与上年持平)', () => {
    expect(claim('c123-1')).toMatchObject({ type: 'change', quantity: { key: 'fiscal.govFund' }, amount: { value: '0' }, currentClaimId: 'c119-2' });
    const parity = claim('c127-1');
    expect(parity).toMatchObject({ type: 'parity', quantity: { key: 'fiscal.govFund' } });
    expect(parity.type === 'parity' && parity.baseYear).toBeFalsy(); // 上年 names no year
  });

  it('section 五 speaks of the general budget: 基本支出 there is general.basic (lines 133–137)', () => {
    expect(claim('c133-2')).toMatchObject({ quantity: { key: 'general.basic' }, amount: { value: '42.05' } });
    expect(claim('c135-1')).toMatchObject({ type: 'share', quantity: { key: 'general.basic' }, whole: { key: 'general.expenditure' }, percent: { value: '83.02' } });
    // 一般 / 公共服务（类）支出 split over lines 135–137; 占 100% has no decimals
    expect(claim('c137-1')).toMatchObject({ quantity: { key: 'general.class.201' }, amount: { value: '50.65' } });
    expect(claim('c137-2')).toMatchObject({ type: 'share', percent: { value: '100', decimals: 0 } });
  });

  it('reads 人员经费 whose unit is split (38.49 万 / 元, lines 143–145)', () => {
    expect(claim('c143-2')).toMatchObject({ quantity: { key: 'general.basic.personnel' }, amount: { value: '38.49', unit: '万元', line: 143 } });
    expect(claim('c145-1')).toMatchObject({ type: 'share', whole: { key: 'general.basic' }, percent: { value: '91.53' } });
  });

  it('keeps the template placeholder 增加/减少 as printed (line 165)', () => {
    expect(claim('c165-1')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.reception' }, amountWord: '增加/减少', amount: { value: '0' }, baseYear: { value: 2023 } });
    expect(claim('c153-1')).toMatchObject({ type: 'change', quantity: { key: 'threePublic.total' }, direction: 'decrease', amount: { value: '0' } });
    expect(claim('c161-1')).toMatchObject({ type: 'parity', quantity: { key: 'threePublic.abroad' }, baseYear: { value: 2023 } });
  });

  it('reads 机构运转 / 经费 across lines 203–205, counts across lines 229–235 and 0 项 (239)', () => {
    expect(claim('c205-1')).toMatchObject({ quantity: { key: 'operatingFunds' }, amount: { value: '3.56' } });
    expect(claim('c229-1')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.total' }, value: '0' });
    expect(claim('c233-1')).toMatchObject({ type: 'count', quantity: { key: 'vehicles.other' }, value: '0' });
    expect(claim('c233-2')).toMatchObject({ type: 'count', quantity: { key: 'equipment.general' } }); // 单价 50 万元以上 is no amount
    expect(claim('c239-1')).toMatchObject({ type: 'count', quantity: { key: 'transfer.total' }, value: '0', unitWord: '项' });
  });

  it('leaves nothing unclaimed', () => {
    expect(result.unclaimedSentences).toEqual([]);
    expect(result.unresolvedClaims).toEqual([]);
    expect(narrative.claims.every((c) => isQuantityKey(c.quantity.key))).toBe(true);
  });
});
