import { describe, expect, it } from 'vitest';
import { model, only, run } from '../helpers/narrative.js';
import { shareAmount } from '../../rules/share/amount.js';
import { shareSum } from '../../rules/share/sum.js';

describe('share-amount', () => {
  it('000 line 91: 基本支出644.66 占91.73% and 项目支出58.11 占8.27% of 支出合计702.77 pass', () => {
    const m = model();
    m.amount('expenditure.current', '702.77', 91, 3);
    const b = m.amount('expenditure.basic', '644.66', 91, 3);
    m.share('expenditure.basic', 'expenditure.current', '91.73', 91, { section: 3, amountClaimId: b });
    const p = m.amount('expenditure.project', '58.11', 91, 3);
    m.share('expenditure.project', 'expenditure.current', '8.27', 91, { section: 3, amountClaimId: p });
    expect(run(shareAmount, m.build()).findings).toEqual([]);
  });

  it('a wrong percent is an error with implied value and reachable interval', () => {
    const m = model();
    m.amount('expenditure.current', '702.77', 91, 3);
    const b = m.amount('expenditure.basic', '644.66', 91, 3);
    m.share('expenditure.basic', 'expenditure.current', '91.37', 91, { section: 3, amountClaimId: b });
    const f = only(run(shareAmount, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('91.73');
    expect(f.actual).toBe('91.37');
    expect(f.difference).toBe('-0.36');
    expect(f.interval).toBe('[91.7299, 91.7327]');
  });

  it('a percent reachable only through the amounts’ rounding is info (002 line 111: 8.6 of 50.65 → 16.98%; 17.05 is reachable within 8.6 ± 0.05)', () => {
    const m = model();
    m.amount('expenditure.current', '50.65', 111, 3);
    const p = m.amount('expenditure.project', '8.6', 111, 3);
    m.share('expenditure.project', 'expenditure.current', '16.98', 113, { section: 3, amountClaimId: p });
    expect(run(shareAmount, m.build()).findings).toEqual([]);
    const m2 = model();
    m2.amount('expenditure.current', '50.65', 111, 3);
    const p2 = m2.amount('expenditure.project', '8.6', 111, 3);
    m2.share('expenditure.project', 'expenditure.current', '17.05', 113, { section: 3, amountClaimId: p2 });
    const f = only(run(shareAmount, m2.build()));
    expect(f.severity).toBe('info');
    expect(f.expected).toBe('16.98');
  });

  it('takes the whole from the tables when the narrative does not state it', () => {
    const m = model().table('general-budget-basic', 330, [
      { label: '合计', line: 338, role: 'total', cells: { total: '644.66', personnel: '589.11', public: '55.55' } },
    ]);
    const a = m.amount('general.basic.personnel', '589.11', 113, 6);
    m.share('general.basic.personnel', 'general.basic', '91.38', 113, { section: 6, amountClaimId: a });
    expect(run(shareAmount, m.build()).findings).toEqual([]);
  });

  it('skips a share whose whole is nowhere, with the reason', () => {
    const m = model();
    const a = m.amount('general.basic.personnel', '589.11', 113, 6);
    m.share('general.basic.personnel', 'general.basic', '91.38', 113, { section: 6, amountClaimId: a });
    const r = run(shareAmount, m.build());
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.partial[0]?.reason).toBe(
      '以下占比缺少金额，未能核对：第113行“general.basic.personnel”占“general.basic”91.38%：说明和附表均未给出“general.basic”的金额',
    );
    expect(run(shareAmount, m.build(), [], 'en').partial[0]?.reason).toBe(
      'shares not checked for want of an amount: line 113, “general.basic.personnel” as 91.38% of “general.basic”: neither the narrative nor the tables give the amount of “general.basic”',
    );
  });
});

describe('share-sum', () => {
  /** 003 line 98: five classes of 1261.66 (966.70 + 151.90 + 40.52 + 82.54 + 20.00). */
  function classes(percents: readonly string[], amounts = ['966.70', '151.90', '40.52', '82.54', '20.00']) {
    const m = model();
    m.amount('general.expenditure', '1261.66', 98, 5);
    ['201', '208', '210', '221', '223'].forEach((code, i) => {
      const a = m.amount(`general.class.${code}`, amounts[i]!, 98, 5);
      m.share(`general.class.${code}`, 'general.expenditure', percents[i]!, 98, { section: 5, amountClaimId: a });
    });
    return run(shareSum, m.build());
  }

  it('003 line 98: 76.62 + 12.04 + 3.21 + 6.54 + 1.59 = 100 passes', () => {
    expect(classes(['76.62', '12.04', '3.21', '6.54', '1.59']).findings).toEqual([]);
  });

  it('a sum of 99.99 whose interval [99.965, 100.015] contains 100 is info', () => {
    const f = only(classes(['76.62', '12.04', '3.21', '6.54', '1.58']));
    expect(f.severity).toBe('info');
    expect(f.actual).toBe('99.99');
    expect(f.interval).toBe('[99.965, 100.015]');
  });

  it('a sum of 100.10 is an error with every share located', () => {
    const f = only(classes(['76.62', '12.04', '3.21', '6.54', '1.69']));
    expect(f.severity).toBe('error');
    expect(f.difference).toBe('0.1');
    expect(f.locations).toHaveLength(5);
  });

  it('an incomplete set (parts short of the whole) is not required to reach 100', () => {
    expect(classes(['76.62', '12.04', '3.21', '6.54', '1.00'], ['966.70', '151.90', '40.52', '82.54', '12.00']).findings).toEqual([]);
  });
});
