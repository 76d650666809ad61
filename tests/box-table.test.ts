import { describe, expect, it } from 'vitest';
import { boxTable } from '../src/report/box-table.js';

describe('boxTable', () => {
  it('draws the default box with a rule under the head, CJK counted as two columns', () => {
    expect(boxTable(['表格', 'n'], [['12/12', '0']], { headRule: true })).toBe(
      ['┌───────┬───┐', '│ 表格  │ n │', '├───────┼───┤', '│ 12/12 │ 0 │', '└───────┴───┘'].join('\n'),
    );
  });

  it('aligns right where asked and pads empty cells', () => {
    expect(boxTable(['行', 'x'], [['59', 'a'], ['', 'bb']], { aligns: ['right', 'left'] })).toBe(
      ['┌────┬────┐', '│ 行 │ x  │', '│ 59 │ a  │', '│    │ bb │', '└────┴────┘'].join('\n'),
    );
  });

  it('measures coloured cells by their visible text and keeps the colour codes', () => {
    const red = '\u001b[31m错误\u001b[39m';
    expect(boxTable(['a'], [[red]])).toBe(['┌──────┐', '│ a    │', `│ ${red} │`, '└──────┘'].join('\n'));
  });

  it('gives a cell with line breaks one printed line each', () => {
    expect(boxTable(['h', 'k'], [['1\n2', 'x']])).toBe(
      ['┌───┬───┐', '│ h │ k │', '│ 1 │ x │', '│ 2 │   │', '└───┴───┘'].join('\n'),
    );
  });
});
