import { HENAN_TEMPLATE } from '../src/template/index.js';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../src/parse/narrative/index.js';

/** A small release text: part two with the given section bodies (line numbers follow the array). */
function release(...body: string[]): string[] {
  return ['第二部分', '', 'X局2026年部门预算情况说明', '', ...body];
}

describe('narrative number forms and coverage', () => {
  it('reads full-width digits and percent signs, keeping the raw characters', () => {
    const lines = release(
      '五、一般公共预算支出情况说明', // 5
      'X局2026年一般公共预算支出年初预算为７０２．７７万元。其中：一般公共服务（类）支出５９８．４５万元，占８５．１６％。', // 6
    );
    const { narrative, unclaimedSentences } = parseNarrative(lines, HENAN_TEMPLATE);
    expect(narrative.sections.map((s) => s.ordinal)).toEqual([5]);
    expect(narrative.claims[0]).toMatchObject({ id: 'c6-1', quantity: { key: 'general.expenditure' }, amount: { value: '702.77', raw: '７０２．７７', decimals: 2 } });
    expect(narrative.claims[2]).toMatchObject({ type: 'share', quantity: { key: 'general.class.201' }, percent: { value: '85.16', raw: '８５．１６' } });
    expect(unclaimedSentences).toEqual([]);
  });

  it('reads 元 and 亿元 amounts with their unit', () => {
    const lines = release('一、收入支出预算总体情况说明', 'X局收入总计7027700.00元，支出总计0.07亿元。');
    const { narrative } = parseNarrative(lines, HENAN_TEMPLATE);
    expect(narrative.claims.map((c) => (c.type === 'amount' ? [c.quantity.key, c.amount.value, c.amount.unit] : []))).toEqual([
      ['income.total', '7027700.00', '元'],
      ['expenditure.total', '0.07', '亿元'],
    ]);
  });

  it('skips page numbers and chart captions standing between wrapped lines', () => {
    const lines = release(
      '三、支出预算总体情况说明', // 5
      'X局2026年支出合计702.77万元，其中：基本支出', // 6
      '12', // 7: page number
      '644.66万元，占91.73%。', // 8
      '支出预算总体结构图', // 9
    );
    const { narrative } = parseNarrative(lines, HENAN_TEMPLATE);
    expect(narrative.sections[0]?.sentences).toEqual([{ line: 6, text: 'X局2026年支出合计702.77万元，其中：基本支出644.66万元，占91.73%' }]);
    expect(narrative.claims.find((c) => c.id === 'c8-1')).toMatchObject({ quantity: { key: 'expenditure.basic' }, amount: { value: '644.66', line: 8 } });
  });

  it('sends a figure of no named quantity to coverage, and an unknown class to unresolved claims', () => {
    const lines = release(
      '九、其他重要事项情况说明', // 5
      '项目执行率达到95%。', // 6: a percentage that is no share and no change
      '其中：星际探索（类）支出12.00万元。', // 7: no such function class
    );
    const { narrative, unclaimedSentences, unresolvedClaims } = parseNarrative(lines, HENAN_TEMPLATE);
    expect(unclaimedSentences).toEqual([
      { line: 6, text: '项目执行率达到95%', section: 9, reason: expect.stringContaining('95%') },
    ]);
    expect(narrative.claims).toHaveLength(1);
    expect(unresolvedClaims).toEqual([{ claimId: 'c7-1', line: 7, reason: expect.stringContaining('星际探索') }]);
    // reasons carry both languages, Chinese first
    expect(unclaimedSentences[0]?.reason).toBe('数字未形成可核对的陈述：95% / number(s) not read as a claim: 95%');
    expect(unresolvedClaims[0]?.reason).toMatch(/^未识别的功能分类：“.*星际探索.*” \/ function class not recognised/);
  });

  it('reads the 九 items other templates word differently', () => {
    const lines = release(
      '九、其他重要事项情况说明', // 5
      '2026年政府采购预算总额120.00万元，其中：政府采购服务预算120.00万元。', // 6
      '我部门负责管理的专项转移支付项目资金300.50万元。', // 7
    );
    const { narrative, unclaimedSentences } = parseNarrative(lines, HENAN_TEMPLATE);
    expect(narrative.claims.map((c) => [c.id, c.quantity.key])).toEqual([
      ['c6-1', 'procurement.total'],
      ['c6-2', 'procurement.services'],
      ['c7-1', 'transfer.total'],
    ]);
    expect(unclaimedSentences).toEqual([]);
  });

  it('returns an empty narrative when there is no part two', () => {
    expect(parseNarrative(['2026年度', 'X局', '部门预算'], HENAN_TEMPLATE).narrative).toEqual({ sections: [], claims: [] });
  });
});
