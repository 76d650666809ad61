import { describe, expect, it } from 'vitest';
import { solve } from '../../src/diagnose/solve.js';
import type { Identity } from '../../src/model/report.js';
import { cell, sameIdentity, shareIdentity, stated, sumIdentity } from './build.js';

const fixes = (ids: Identity[]) =>
  solve(ids).map((g) => g.solutions.map((s) => s.corrections.map((c) => `${c.variable.term.location.line}:${c.variable.term.value}→${c.value?.toFixed(c.variable.term.decimals)}${c.derived ? ' (derived)' : ''}`)));

describe('percents computed from figures that were wrong, and numbers a correction cannot give', () => {
  // The table: basic 80.00 of a total 100.00; the narrative restates them on lines 5 and 6.
  const tableBasic = cell(40, '基本', '80.00');
  const tableTotal = cell(41, '合计', '100.00');
  // the table's own sum holds and binds its figures: the narrative is what differs
  const held = sumIdentity(tableTotal, [tableBasic, cell(41, '项目', '20.00')]);

  it('a wrong whole printed, then a part misprinted: the percent agrees with the true part and the printed whole, and follows the whole', () => {
    // 说明: 基本 81.37 (misprint of 80.00), 占 66.67% of 120.00 (a wrong whole: 80.00 / 120.00)
    const part = stated(5, '基本', '81.37');
    const whole = stated(6, '合计', '120.00');
    const ids = [
      held,
      sameIdentity(part, tableBasic),
      sameIdentity(whole, tableTotal),
      shareIdentity(stated(5, '基本', '66.67'), part, whole),
    ];
    expect(fixes(ids)).toEqual([[['5:81.37→80.00', '6:120.00→100.00', '5:66.67→80.00 (derived)']]]);
  });

  it('an amount misprinted after its percent was computed: the amount and the percent, two numbers, no tie', () => {
    // 说明: 基本 81.37 (misprint of 80.00), 占 82.00% of 100.00 (computed from a value printed nowhere)
    const part = stated(5, '基本', '81.37');
    const ids = [held, sameIdentity(part, tableBasic), sameIdentity(stated(6, '合计', '100.00'), tableTotal), shareIdentity(stated(5, '基本', '82.00'), part, stated(6, '合计', '100.00'))];
    const out = fixes(ids);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(out[0]![0]).toEqual(expect.arrayContaining(['5:81.37→80.00', '5:82.00→80.00']));
  });

  it('an amount printed without a minus sign is not corrected to a negative one', () => {
    // total 0 = a + b with a printed 3: a → 0 (b → −3 is no correction of a printed amount)
    const ids = [sumIdentity(stated(7, '合计', '0'), [stated(7, '货物', '3'), stated(8, '工程', '0')])];
    const out = fixes(ids)[0]!;
    expect(out.flat().some((c) => c.includes('→-'))).toBe(false);
    expect(out).toContainEqual(['7:3→0']);
  });
});
