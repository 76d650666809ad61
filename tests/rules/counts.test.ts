import { describe, expect, it } from 'vitest';
import { model, only, run } from '../helpers/narrative.js';
import { countsVehicles } from '../../rules/counts/vehicles.js';
import { countsProcurement } from '../../rules/counts/procurement.js';

describe('counts-vehicles', () => {
  it('000 line 153: 车辆5辆 = 一般公务用车5 + 0 + 0 + 0 passes', () => {
    const m = model();
    m.count('vehicles.total', '5', 153);
    m.count('vehicles.official', '5', 153);
    m.count('vehicles.enforcement', '0', 153);
    m.count('vehicles.special', '0', 153);
    m.count('vehicles.other', '0', 153);
    expect(run(countsVehicles, m.build()).findings).toEqual([]);
  });

  it('a total of 5 with kinds adding to 4 is an error', () => {
    const m = model();
    m.count('vehicles.total', '5', 153);
    m.count('vehicles.official', '3', 153);
    m.count('vehicles.enforcement', '1', 153);
    m.count('vehicles.special', '0', 153);
    m.count('vehicles.other', '0', 153);
    const f = only(run(countsVehicles, m.build()));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('4');
    expect(f.actual).toBe('5');
    expect(f.difference).toBe('1');
    expect(f.locations).toHaveLength(5);
  });

  it('a partial list short of the total passes; a partial list beyond it is an error', () => {
    const short = model();
    short.count('vehicles.total', '3', 160);
    short.count('vehicles.official', '2', 160);
    expect(run(countsVehicles, short.build()).findings).toEqual([]);
    const over = model();
    over.count('vehicles.total', '0', 160);
    over.count('vehicles.official', '3', 160);
    expect(only(run(countsVehicles, over.build())).difference).toBe('-3');
  });

  it('skips when no vehicle total is stated, saying so in the run\'s language', () => {
    expect(run(countsVehicles, model().build()).skipped).toEqual([
      { ruleId: 'counts-vehicles', reason: '情况说明未写明车辆总数（“共有车辆X辆”）' },
    ]);
    expect(run(countsVehicles, model().build(), [], 'en').skipped[0]?.reason).toBe('the narrative states no vehicle total (“共有车辆X辆”)');
  });
});

describe('counts-procurement', () => {
  function build(total: string, parts: [string, string, string]) {
    const m = model();
    m.amount('procurement.total', total, 143, 9);
    m.amount('procurement.goods', parts[0], 143, 9);
    m.amount('procurement.works', parts[1], 143, 9);
    m.amount('procurement.services', parts[2], 143, 9);
    return run(countsProcurement, m.build());
  }

  it('000 line 143: 0 = 0 + 0 + 0 passes', () => {
    expect(build('0', ['0', '0', '0']).findings).toEqual([]);
  });

  it('a total off by more than the rounding interval is an error', () => {
    const f = only(build('12.50', ['10.00', '1.00', '1.00']));
    expect(f.severity).toBe('error');
    expect(f.expected).toBe('12');
    expect(f.difference).toBe('0.5');
    expect(f.interval).toBe('[11.985, 12.015]');
  });

  it('a rounding tail (12.01 vs 12.00 from three parts) is info', () => {
    const f = only(build('12.01', ['10.00', '1.00', '1.00']));
    expect(f.severity).toBe('info');
    expect(f.difference).toBe('0.01');
  });
});
