import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../rules/empty-table/empty-note.js';
import { release, run, table } from '../helpers/tables.js';

const THREE_PUBLIC = ['total', 'abroad', 'vehicle', 'vehicle.purchase', 'vehicle.operation', 'reception'];

describe('empty-table-note', () => {
  it('accepts seed 001 table 08: empty with a note about 三公 (line 421)', () => {
    const t = table({ kind: 'three-public', columns: THREE_PUBLIC, rows: [], emptyNote: '说明：我部门没有使用财政拨款“三公”经费安排的预算，故本表无数据。' });
    expect(run(emptyNote, release(t)).findings).toEqual([]);
  });
  it('reports an empty table without a note, at its title', () => {
    const t = table({ kind: 'three-public', columns: THREE_PUBLIC, rows: [] });
    const f = run(emptyNote, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', locations: [{ line: t.titleLine, table: '"三公"经费支出情况表 (08)' }] });
  });
  it('reports a 三公 table whose note speaks of 政府性基金', () => {
    const t = table({ kind: 'three-public', columns: THREE_PUBLIC, rows: [], emptyNote: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。' });
    const f = run(emptyNote, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.locations[0]!.line).toBe(t.emptyNote!.line);
    expect(f[0]!.message).toContain('政府性基金');
  });
  it('reports a table with data that carries an empty-table note', () => {
    const t = table({
      kind: 'three-public',
      columns: THREE_PUBLIC,
      rows: [{ label: '合计', role: 'total', values: { total: '7.50', vehicle: '7.50', 'vehicle.operation': '7.50' } }],
      emptyNote: '说明：我部门没有使用财政拨款“三公”经费安排的预算，故本表无数据。',
    });
    const f = run(emptyNote, release(t)).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
  });
  it('reads a note among the table notes when the parser did not single it out', () => {
    const t = table({ kind: 'gov-fund-expenditure', columns: ['total'], rows: [], status: 'empty', notes: ['注：本表金额转换为万元时，因四舍五入可能存在尾差。', '说明：我部门没有政府性基金收入，故此表无数据。'] });
    expect(run(emptyNote, release(t)).findings).toEqual([]);
  });
});
