import { describe, expect, it } from 'vitest';
import { model, only, run } from '../helpers/narrative.js';
import { yoyRate } from '../../rules/year-over-year/rate.js';
import { yoyDirection } from '../../rules/year-over-year/direction.js';
import { yoyBaseYear } from '../../rules/year-over-year/base-year.js';
import { yoyRepeat } from '../../rules/year-over-year/repeat.js';

describe('yoy-rate', () => {
  it('000 line 78: 702.77, 增加158.83, 增长29.20% passes (last year 543.94)', () => {
    const m = model();
    const cur = m.amount('income.total', '702.77', 78, 1);
    m.change('income.total', 78, { direction: 'increase', amount: '158.83', rate: '29.20', baseYear: 2025, currentClaimId: cur });
    expect(run(yoyRate, m.build()).findings).toEqual([]);
  });

  it('a bare 0 is none at all: 0万元, 减少0.39万元, 下降100.00% passes; 下降90.00% does not', () => {
    const m = model();
    m.amount('threePublic.abroad', '0', 85, 7);
    m.change('threePublic.abroad', 85, { direction: 'decrease', amount: '0.39', rate: '100.00', section: 7 });
    expect(run(yoyRate, m.build()).findings).toEqual([]);
    const wrong = model();
    wrong.amount('threePublic.abroad', '0', 85, 7);
    wrong.change('threePublic.abroad', 85, { direction: 'decrease', amount: '0.39', rate: '90.00', section: 7 });
    expect(run(yoyRate, wrong.build()).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('001 line 93: 250.65, 减少128.02, 下降33.81% passes (last year 378.67)', () => {
    const m = model();
    m.amount('income.total', '250.65', 93, 1);
    m.change('income.total', 93, { direction: 'decrease', amount: '128.02', rate: '33.81', section: 1 });
    expect(run(yoyRate, m.build()).findings).toEqual([]);
  });

  it('a rate computed on the current year instead of last year is an error (158.83 / 702.77 = 22.60%)', () => {
    const m = model();
    const cur = m.amount('income.total', '702.77', 78, 1);
    m.change('income.total', 78, { direction: 'increase', amount: '158.83', rate: '22.60', currentClaimId: cur });
    const f = only(run(yoyRate, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('29.20');
    expect(f.actual).toBe('22.60');
    expect(f.difference).toBe('-6.6');
    expect(f.message).toContain('543.94');
    expect(f.locations.map((l) => l.line)).toEqual([78, 78]);
  });

  it('a rate reachable only within the amounts’ rounding is info (004 line 94: 7.9 of 462.78 → 1.68%; 1.69 reachable)', () => {
    const m = model();
    m.amount('income.total', '462.78', 94, 1);
    m.change('income.total', 94, { direction: 'decrease', amount: '7.9', rate: '1.68', section: 1 });
    expect(run(yoyRate, m.build()).findings).toEqual([]);
    const m2 = model();
    m2.amount('income.total', '462.78', 94, 1);
    m2.change('income.total', 94, { direction: 'decrease', amount: '7.9', rate: '1.69', section: 1 });
    const f = only(run(yoyRate, m2.build()));
    expect(f.severity).toBe('info');
    expect(f.expected).toBe('1.68');
  });

  it('takes the current amount from the tables when the narrative does not state it, and skips with a reason when nothing does', () => {
    const m = model().table('general-budget-basic', 330, [
      { label: '合计', line: 338, role: 'total', cells: { total: '644.66', personnel: '589.11', public: '55.55' } },
    ]);
    m.change('operatingFunds', 139, { direction: 'increase', amount: '9.15', rate: '19.72', section: 9 });
    expect(run(yoyRate, m.build()).findings).toEqual([]);
    const bare = model();
    bare.change('operatingFunds', 139, { direction: 'increase', amount: '9.15', rate: '19.72', section: 9 });
    const r = run(yoyRate, bare.build());
    expect(r.skipped).toEqual([]);
    expect(r.partial[0]?.reason).toBe('以下增减率缺少本年金额，未能核对：第139行“operatingFunds”：说明和附表均未给出本年金额');
    expect(run(yoyRate, bare.build(), [], 'en').partial[0]?.reason).toBe(
      'growth rates not checked for want of a current amount: line 139, “operatingFunds”: neither the narrative nor the tables give the current amount',
    );
  });
});

describe('yoy-direction', () => {
  it('增加 with 下降 is an error', () => {
    const m = model();
    m.change('income.total', 78, { direction: 'increase', amount: '158.83', rate: '29.20', amountWord: '增加', rateWord: '下降' });
    const f = only(run(yoyDirection, m.build()));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('“增加”');
    expect(f.message).toContain('“下降”');
  });

  it('减少 with 降低 passes (004 line 94 prints 降低)', () => {
    const m = model();
    m.change('expenditure.total', 94, { direction: 'decrease', amount: '7.9', rate: '1.68', amountWord: '减少', rateWord: '降低' });
    expect(run(yoyDirection, m.build()).findings).toEqual([]);
  });

  it('003 line 112 “增加 0.00 万元” is a warning: should read 持平', () => {
    const m = model();
    m.change('threePublic.abroad', 112, { direction: 'increase', amount: '0.00', section: 7 });
    const f = only(run(yoyDirection, m.build()));
    expect(f.severity).toBe('warning');
    expect(f.actual).toBe('0.00');
    expect(f.locations[0]?.line).toBe(112);
  });

  it('“增加/减少 0 万元” (002 line 165) is left to hygiene-template', () => {
    const m = model();
    m.change('threePublic.reception', 165, { direction: 'increase', amount: '0', amountWord: '增加/减少', section: 7 });
    expect(run(yoyDirection, m.build()).findings).toEqual([]);
  });

  it('持平 and a non-zero change for one quantity is an error', () => {
    const m = model();
    m.parity('threePublic.total', 106, { section: 7, baseYear: 2023 });
    m.change('threePublic.total', 107, { direction: 'decrease', amount: '6.8', section: 7 });
    const f = only(run(yoyDirection, m.build()));
    expect(f.severity).toBe('error');
    expect(f.locations.map((l) => l.line)).toEqual([106, 107]);
    expect(f.actual).toBe('6.8');
  });
});

describe('yoy-base-year', () => {
  it('a 2024 narrative comparing with 2022 is a warning; 2023 passes', () => {
    const m = model();
    m.meta = { cover: true, year: { value: 2024, line: 3 } };
    m.change('income.total', 80, { direction: 'increase', amount: '84.41', rate: '7.17', baseYear: 2023 });
    m.parity('fiscal.govFund', 92, { baseYear: 2022 });
    const f = only(run(yoyBaseYear, m.build()));
    expect(f.severity).toBe('warning');
    expect(f.expected).toBe('2023');
    expect(f.actual).toBe('2022');
    expect(f.locations[0]?.line).toBe(92);
  });

  it('skips without a budget year', () => {
    const m = model();
    m.change('income.total', 80, { direction: 'increase', amount: '84.41', baseYear: 2022 });
    expect(run(yoyBaseYear, m.build()).skipped).toHaveLength(1);
  });
});

describe('yoy-repeat', () => {
  it('000 line 78: 收入 and 支出 both 702.77, both 增加158.83 增长29.20%, pass', () => {
    const m = model();
    m.amount('income.total', '702.77', 78, 1);
    m.amount('expenditure.total', '702.77', 78, 1);
    m.change('income.total', 78, { direction: 'increase', amount: '158.83', rate: '29.20', section: 1 });
    m.change('expenditure.total', 78, { direction: 'increase', amount: '158.83', rate: '29.20', section: 1 });
    expect(run(yoyRepeat, m.build()).findings).toEqual([]);
  });

  it('equal totals with different changes is an error', () => {
    const m = model();
    m.amount('income.total', '702.77', 78, 1);
    m.amount('expenditure.total', '702.77', 78, 1);
    m.change('income.total', 78, { direction: 'increase', amount: '158.83', rate: '29.20', section: 1 });
    m.change('expenditure.total', 79, { direction: 'increase', amount: '158.38', rate: '29.20', section: 1 });
    const f = only(run(yoyRepeat, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('158.83');
    expect(f.actual).toBe('158.38');
    expect(f.difference).toBe('-0.45');
  });

  it('004 lines 120–128: 三公 −6.8 = 0 (持平) − 4.8 − 0 − 2 passes; −5.0 is an error, −6.0 only a rounding note (2 and 0 are printed without decimals: ±0.5)', () => {
    const build = (total: string) => {
      const m = model();
      m.change('threePublic.total', 120, { direction: 'decrease', amount: total, section: 7 });
      m.parity('threePublic.abroad', 124, { section: 7 });
      m.change('threePublic.reception', 126, { direction: 'decrease', amount: '4.8', section: 7 });
      m.change('threePublic.vehicle.purchase', 128, { direction: 'decrease', amount: '0', section: 7 });
      m.change('threePublic.vehicle.operation', 128, { direction: 'decrease', amount: '2', section: 7 });
      return run(yoyRepeat, m.build());
    };
    expect(build('6.8').findings).toEqual([]);
    const f = only(build('5.0'));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('-6.8');
    expect(f.actual).toBe('-5.0');
    expect(f.difference).toBe('1.8');
    expect(f.interval).toBe('[-7.855, -5.745]');
    expect(f.locations.map((l) => l.line)).toEqual([120, 124, 128, 128, 126]);
    expect(only(build('6.0')).severity).toBe('info');
  });
});
