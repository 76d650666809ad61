import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.js';
import { holds } from '../../src/diagnose/terms.js';
import { percentsIdentity, withinIdentity } from '../../src/engine/identity.js';
import type { Finding, Identity } from '../../src/model/report.js';
import { shareSum } from '../../rules/share/sum.js';
import { yoyDirection } from '../../rules/year-over-year/direction.js';
import { model, only, run as runRule } from '../helpers/narrative.js';
import { cell, sameIdentity, shareIdentity, stated, sumIdentity } from './build.js';

function finding(identities: Identity[], n: number): Finding {
  return { ruleId: 'test', severity: 'error', message: `f${n}`, locations: [identities[0]!.terms[0]!.location], fingerprint: `fp${n}`, identities };
}

/** Split identities into findings (the failing ones) and held ones, as the runner does. */
function run(ids: Identity[]) {
  return diagnose(ids.filter((i) => !holds(i)).map((f, i) => finding([f], i)), ids.filter((i) => holds(i)), 'zh');
}

/** 002 lines 143–145: 基本支出 42.05, 其中人员经费 38.49 占 91.53%, 公用经费 3.56 占 8.47%; 42.05 as table 05 prints it. */
function basic(personnel = '38.49', percent = '91.53') {
  const whole = stated(143, '一般公共预算基本支出', '42.05');
  const p = stated(143, '人员经费', personnel);
  const q = stated(145, '公用经费', '3.56');
  const pp = stated(145, '人员经费', percent);
  const qp = stated(145, '公用经费', '8.47');
  return {
    shares: [shareIdentity(pp, p, whole), shareIdentity(qp, q, whole), sameIdentity(whole, cell(720, '基本支出小计', '42.05', '表05'))],
    within: [withinIdentity(whole, [p, q]), percentsIdentity([pp, qp], false)],
  };
}

describe('parts within their whole (one-sided identities)', () => {
  it('holds when the parts add up to less than the whole, or more only by rounding; fails beyond', () => {
    const whole = stated(1, 'w', '10.00');
    expect(holds(withinIdentity(whole, [stated(1, 'a', '4.00'), stated(1, 'b', '5.00')]))).toBe(true);
    // 5.01 + 5.01 − 10.00 = 0.02 > 3 × 0.005: beyond rounding
    expect(holds(withinIdentity(whole, [stated(1, 'a', '5.01'), stated(1, 'b', '5.01')]))).toBe(false);
    expect(holds(withinIdentity(whole, [stated(1, 'a', '5.01'), stated(1, 'b', '5.00')]))).toBe(true);
    expect(holds(percentsIdentity([stated(1, 'a', '60.00'), stated(1, 'b', '40.01')], false))).toBe(true);
    expect(holds(percentsIdentity([stated(1, 'a', '60.00'), stated(1, 'b', '40.02')], false))).toBe(false);
    expect(holds(percentsIdentity([stated(1, 'a', '60.00'), stated(1, 'b', '39.00')], false))).toBe(true);
    expect(holds(percentsIdentity([stated(1, 'a', '60.00'), stated(1, 'b', '39.00')], true))).toBe(false);
  });

  it('002 line 143: 人员经费 printed 39.86 (for 38.49) against its share alone is a tie; with the parts within their whole, the amount is named', () => {
    const { shares, within } = basic('39.86');
    const alone = run(shares);
    expect(alone.diagnoses.map((d) => d.kind)).toEqual(['tie']);
    const r = run([...shares, ...within]);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]).toMatchObject({ kind: 'number' });
    // the value the share asks for, not merely the most the whole allows (38.50)
    expect(r.diagnoses[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '39.86', suggested: '38.49' })]);
  });

  it('002 line 145: 人员经费 占 92.90% (for 91.53%): the shares then exceed 100%, the percent is named', () => {
    const { shares, within } = basic('38.49', '92.90');
    expect(run(shares).diagnoses.map((d) => d.kind)).toEqual(['tie']);
    const r = run([...shares, ...within]);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '92.90', suggested: '91.53' })]);
  });

  it('a number bound only by parts within their whole that hold is not moved by them', () => {
    const { shares, within } = basic();
    expect(run([...shares, ...within]).diagnoses).toEqual([]);
  });
});

describe('narrative figures are known by line, quantity and value', () => {
  it('002 line 211/213: 政府采购 3 against 货物0、工程0、服务0 on one line: a tie of four, each part corrected to 3', () => {
    const parts = ['政府采购货物', '政府采购工程', '政府采购服务'].map((l) => stated(213, l, '0'));
    const r = run([sumIdentity(stated(211, '政府采购', '3'), parts)]);
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]!.kind).toBe('tie');
    expect(r.diagnoses[0]!.alternatives).toHaveLength(4);
    const suggested = r.diagnoses[0]!.alternatives.map((a) => `${a[0]!.location.row}:${a[0]!.suggested}`);
    expect(suggested).toEqual(expect.arrayContaining(['政府采购:0', '政府采购货物:3', '政府采购工程:3', '政府采购服务:3']));
  });
});

describe('a department row misprinted beside an item row that lacks an amount', () => {
  /**
   * 002 table 07 (lines 787–926, shortened): 合计 50.65 = department row 50.65 (合计 and 一般公共预算小计),
   * whose items add up to 45.65 in both columns (the release's own mistake). The department's 合计 is
   * then misprinted 52.02: correcting it needs an item cell beside it, in the sum it is the total of.
   */
  function table07(dept: string) {
    const at = (line: number, column: string, value: string) => cell(line, column, value, '表07', `r${line}`);
    const items: Array<[number, string]> = [
      [807, '5.62'],
      [813, '40.03'],
    ];
    return [
      sumIdentity(at(787, '合计', '50.65'), [at(801, '合计', dept)]),
      sumIdentity(at(787, '小计', '50.65'), [at(801, '小计', '50.65')]),
      sumIdentity(at(787, '合计', '50.65'), [at(787, '小计', '50.65')]),
      sumIdentity(at(801, '合计', dept), [at(801, '小计', '50.65')]),
      sumIdentity(at(801, '合计', dept), items.map(([l, v]) => at(l, '合计', v))),
      sumIdentity(at(801, '小计', '50.65'), items.map(([l, v]) => at(l, '小计', v))),
      ...items.map(([l, v]) => sumIdentity(at(l, '合计', v), [at(l, '小计', v)])),
    ];
  }

  it('the misprinted department figure is named, on its own', () => {
    const r = run(table07('52.02'));
    const named = r.diagnoses.find((d) => d.kind === 'number');
    expect(named?.alternatives[0]).toEqual([expect.objectContaining({ printed: '52.02', suggested: '50.65' })]);
  });

  it('as printed, the items short of the department row are a tie of which item', () => {
    const r = run(table07('50.65'));
    expect(r.diagnoses.map((d) => d.kind)).toEqual(['tie']);
  });
});

describe('rules hand over the one-sided identities', () => {
  function basicModel(personnel: string, percent: string) {
    const m = model();
    m.amount('general.basic', '42.05', 143, 6);
    const p = m.amount('general.basic.personnel', personnel, 143, 6);
    m.share('general.basic.personnel', 'general.basic', percent, 145, { section: 6, amountClaimId: p });
    const q = m.amount('general.basic.public', '3.56', 145, 6);
    m.share('general.basic.public', 'general.basic', '8.47', 145, { section: 6, amountClaimId: q });
    return runRule(shareSum, m.build());
  }

  it('share-sum: a complete set that adds up to 100% is observed as an identity', () => {
    const r = basicModel('38.49', '91.53');
    expect(r.findings).toEqual([]);
    expect(r.identities.map((i) => i.relation)).toEqual(['sum']);
  });

  it('share-sum: parts that add up to more than the whole are an error carrying an atMost identity', () => {
    const f = only(basicModel('39.86', '91.53'));
    expect(f.severity).toBe('error');
    expect(f.actual).toBe('43.42');
    expect(f.expected).toBe('42.05');
    expect(f.identities?.map((i) => i.relation)).toEqual(['atMost']);
  });

  it('share-sum: an incomplete set whose shares stay within 100% is no error, its identities observed', () => {
    const r = basicModel('30.00', '71.34');
    expect(r.findings).toEqual([]);
    expect(r.identities.map((i) => i.relation).sort()).toEqual(['atMost', 'atMost']);
  });

  it('yoy-direction: 持平 beside 增加3 carries the identity that the change is zero; the diagnosis names the 3', () => {
    const m = model();
    m.parity('fiscal.govFund', 127, { section: 4 });
    m.change('fiscal.govFund', 123, { direction: 'increase', amount: '3', section: 4 });
    const r = runRule(yoyDirection, m.build());
    const f = only(r);
    expect(f.identities?.[0]).toMatchObject({ relation: 'sum', slack: '0.5' });
    const d = diagnose(r.findings, r.identities, 'zh');
    expect(d.diagnoses[0]).toMatchObject({ kind: 'number' });
    expect(d.diagnoses[0]!.alternatives[0]).toEqual([expect.objectContaining({ printed: '3', suggested: '0' })]);
  });
});
