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

  describe('a table printed with zeros that the narrative explains', () => {
    const zeros = () =>
      table({
        kind: 'three-public',
        columns: THREE_PUBLIC,
        rows: [{ label: '', role: 'item', values: { total: '0.00', abroad: '0.00', vehicle: '0.00', 'vehicle.purchase': '0.00', 'vehicle.operation': '0.00', reception: '0.00' } }],
      });
    const claim = (key: string, value: string, line = 50) => ({
      id: `c${line}-1`, type: 'amount' as const, quantity: { key, label: key }, section: 7, line, text: '',
      amount: { value, raw: value, decimals: 0, unit: '万元' as const, line },
    });
    it('needs no note when the narrative states the 三公 total as zero', () => {
      const model = release(zeros());
      model.narrative.claims.push(claim('threePublic.total', '0'));
      expect(run(emptyNote, model).findings).toEqual([]);
    });
    it('needs no note when a narrative sentence says there is none', () => {
      const model = release(zeros());
      model.narrative.sections.push({ ordinal: 7, title: '七、三公', line: 40, endLine: 42, sentences: [{ line: 41, text: '我部门没有使用财政拨款“三公”经费安排的预算' }] });
      expect(run(emptyNote, model).findings).toEqual([]);
    });
    it('still needs a note when the narrative only states one item as zero, or the total as non-zero', () => {
      const one = release(zeros());
      one.narrative.claims.push(claim('threePublic.abroad', '0'));
      expect(run(emptyNote, one).findings.map((f) => f.ruleId)).toEqual(['empty-table-note']);
      const nonZero = release(zeros());
      nonZero.narrative.claims.push(claim('threePublic.total', '3.00'));
      expect(run(emptyNote, nonZero).findings.map((f) => f.ruleId)).toEqual(['empty-table-note']);
    });
    it('a zero claim about another table explains nothing here', () => {
      const model = release(zeros());
      model.narrative.claims.push(claim('govFund.expenditure', '0'));
      expect(run(emptyNote, model).findings.map((f) => f.ruleId)).toEqual(['empty-table-note']);
    });
  });
});
