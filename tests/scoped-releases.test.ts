import { HENAN_TEMPLATE } from '../src/template/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../src/parse/narrative/index.js';
import { audit } from './helpers/audit.js';

/**
 * Consistent releases whose money is not all general budget: the hand-corrected 001 with 953.50 万元
 * of 政府性基金 spent on class 213 added to every table and to the narrative
 * (tests/tools/make-govfund-001.py). Each claim is checked against facts of its own scope only.
 */
const GOVFUND = 'scoped/001-govfund.txt';
const text = readFileSync(new URL('../fixtures/scoped/001-govfund.txt', import.meta.url), 'utf8');

function errorsOf(t: string) {
  const { result } = audit(GOVFUND, t);
  expect(result.crashed).toEqual([]);
  return result.findings.filter((f) => f.severity !== 'info');
}

describe('a release with government-fund money', () => {
  it('audits with no error and no warning', () => {
    expect(errorsOf(text).map((f) => `${f.ruleId} ${f.locations.map((l) => l.line).join(',')} ${f.message}`)).toEqual([]);
  });

  it('reads the 政府性基金 section’s class as government-fund money, the share of the fund’s spending', () => {
    const { model } = audit(GOVFUND, text);
    const at133 = model.narrative.claims.filter((c) => c.line === 133);
    expect(at133.map((c) => [c.type, c.quantity.key])).toEqual([
      ['amount', 'govFund.expenditure'],
      ['amount', 'govFund.class.213'],
      ['share', 'govFund.class.213'],
    ]);
    expect(at133[1]!.scope).toMatchObject({ side: 'expenditure', fund: 'govFund', classification: { code: '213', level: '类' } });
    const share = at133[2]!;
    expect(share.type === 'share' && share.whole.key).toBe('govFund.expenditure');
  });

  it('compares the class amount with the fund’s own figures (04 政府性基金 column, 09 items), never with 01 or 05', () => {
    const found = errorsOf(text.replace('农林水（类）支出953.50万元', '农林水（类）支出953.60万元'));
    const amount = found.filter((f) => f.ruleId === 'narrative-amount').sort((a, b) => a.locations[1]!.line - b.locations[1]!.line);
    expect(amount.map((f) => f.locations.map((l) => l.line))).toEqual([[133, 288], [133, 439]]);
    expect(amount.map((f) => f.locations[1]!.table)).toEqual(['财政拨款收支总体情况表 (04)', '政府性基金预算支出情况表 (09)']);
    expect(amount[0]!.locations[1]!.column).toBe('政府性基金');
    expect(found.some((f) => f.ruleId === 'share-amount' && f.locations[0]!.line === 133)).toBe(true);
  });

  it('a general-budget class of section 五 is compared with 04’s general column and 05, not 01’s all-funds line', () => {
    // 01 prints 213 as 953.50 (all funds): a 五 sentence about a general-budget class 213 of 0 must not meet it
    const { model, result } = audit(GOVFUND, text);
    const claim = model.narrative.claims.find((c) => c.line === 107 && c.quantity.key === 'general.class.201');
    expect(claim?.scope).toMatchObject({ fund: 'general', classification: { code: '201' } });
    expect(result.findings.filter((f) => f.ruleId === 'narrative-amount')).toEqual([]);
  });
});

describe('收入合计 is the total its listed parts add up to', () => {
  const release = (...body: string[]) => ['第二部分', '', 'X局2022年部门预算情况说明', '', '二、收入预算总体情况说明', ...body];

  it('2022 wording: parts listing a non-zero 结转 make 收入合计 the 收入总计', () => {
    const { narrative } = parseNarrative(
      release('X局2022年收入合计35.11万元，其中：一般公共预算34.68万元；政府性基金预算0万元；纳入财政专户管理经费0万元；部门财政性资金结转0.43万元。'),
      HENAN_TEMPLATE,
    );
    expect(narrative.claims[0]).toMatchObject({ quantity: { key: 'income.total', label: '收入合计' }, scope: { side: 'income', fund: 'all', flow: 'total' } });
  });

  it('parts without the carryover adding up to it leave it 本年收入合计', () => {
    const { narrative } = parseNarrative(release('X局2022年收入合计34.68万元，其中：一般公共预算34.68万元；部门财政性资金结转0.43万元。'), HENAN_TEMPLATE);
    expect(narrative.claims[0]).toMatchObject({ quantity: { key: 'income.current' }, scope: { flow: 'current' } });
  });

  it('a zero carryover leaves it 本年收入合计 (both totals are one figure)', () => {
    const { narrative } = parseNarrative(release('X局2022年收入合计34.68万元，其中：一般公共预算34.68万元；部门财政性资金结转0万元。'), HENAN_TEMPLATE);
    expect(narrative.claims[0]).toMatchObject({ quantity: { key: 'income.current' } });
  });
});

describe('a section’s money is decided by its heading', () => {
  const release = (...body: string[]) => ['第二部分', '', 'X局2026年部门预算情况说明', '', ...body];

  it('a 政府性基金 section numbered otherwise still speaks of government-fund money', () => {
    const { narrative } = parseNarrative(release('七、政府性基金预算支出情况说明', 'X局2026年政府性基金预算拨款安排的支出5.00万元，其中：城乡社区（类）支出5.00万元，占100.00%。'), HENAN_TEMPLATE);
    expect(narrative.claims.map((c) => c.quantity.key)).toEqual(['govFund.expenditure', 'govFund.class.212', 'govFund.class.212']);
  });

  it('a class in a section of no known fund is unscoped: no scope, never compared', () => {
    const { narrative } = parseNarrative(release('九、其他重要事项情况说明', 'X局2026年城乡社区（类）支出5.00万元。'), HENAN_TEMPLATE);
    expect(narrative.claims[0]).toMatchObject({ quantity: { key: 'unscoped.class.212' } });
    expect(narrative.claims[0]!.scope).toBeUndefined();
  });

  it('an unscoped class is a partial check that says why, not a finding', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('（五）专项转移支付项目情况'));
    lines.splice(at, 0, '新乡市红旗区行政审批和政务信息管理局2026年城乡社区（类）支出5.00万元。', '');
    const { result } = audit(GOVFUND, lines.join('\n'));
    expect(result.findings.filter((f) => f.ruleId === 'narrative-amount')).toEqual([]);
    const partial = result.partial.find((p) => p.ruleId === 'narrative-amount');
    expect(partial?.reason).toContain('未能确定所属资金范围');
  });
});

