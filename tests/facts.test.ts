import { describe, expect, it } from 'vitest';
import { FactIndex, factsOf } from '../src/facts/index.js';
import { audit } from './helpers/audit.js';
import { expenditureValues, EXPENDITURE_COLUMNS, release, table } from './helpers/tables.js';

/** The fact layer on the seeds (values read off the documents by hand) and on hand-made tables. */
describe('facts of seed 001', () => {
  const { model } = audit('001_d3fb4ee6849ee809.txt');
  const ix = factsOf(model);
  const one = (q: Parameters<FactIndex['find']>[0]) => {
    const found = ix.find(q);
    expect(found, JSON.stringify(q)).toHaveLength(1);
    return found[0]!;
  };

  it('01: 收入总计 250.65 on line 228, 本年收入合计 on 226, the general-budget line on 196', () => {
    expect(one({ tableKind: 'income-expenditure-summary', side: 'income', fund: 'all', flow: 'total' })).toMatchObject({ value: '250.65', source: { line: 228 } });
    expect(one({ tableKind: 'income-expenditure-summary', side: 'income', fund: 'all', flow: 'current' })).toMatchObject({ source: { line: 226 } });
    expect(one({ tableKind: 'income-expenditure-summary', side: 'income', fund: 'general', flow: 'current' })).toMatchObject({ value: '250.65', source: { line: 196 } });
  });

  it('a question without a class never returns class lines; with one, the class line of 01 (201: 216.19)', () => {
    const all = ix.find({ tableKind: 'income-expenditure-summary', side: 'expenditure', fund: 'all', flow: 'current' });
    expect(all.map((f) => f.source.line)).toEqual([226]);
    const c201 = ix.find({ tableKind: 'income-expenditure-summary', side: 'expenditure', classification: { code: '201', level: '类' }, row: 'item' });
    expect(c201.map((f) => [f.value, f.source.line])).toEqual([['216.19', 196]]);
  });

  it('a 类 that 05 prints only by 项 is the sum of its 项 lines (201: 195.60 + 20.59, lines 321–322)', () => {
    const [a] = ix.classAmounts({ tableKind: 'general-budget-expenditure', side: 'expenditure', fund: 'general', split: 'total' }, '201');
    expect(a?.kind).toBe('sum');
    expect(a?.kind === 'sum' && a.parts.map((p) => p.value)).toEqual(['195.60', '20.59']);
  });

  it('06: 合计 is general basic spending (230.06), 人员经费 217.24, 公用经费 12.82', () => {
    const q = { tableKind: 'general-budget-basic', fund: 'general' } as const;
    expect(one({ ...q, split: 'basic' }).value).toBe('230.06');
    expect(one({ ...q, split: 'basic.personnel' }).value).toBe('217.24');
    expect(one({ ...q, split: 'basic.public' }).value).toBe('12.82');
  });
});

describe('facts of seed 003: 04 prints 20.00 of carried-over state capital (line 262)', () => {
  const ix = factsOf(audit('003_5c2b6dad15e272f5.txt').model);
  it('the line below 二、上年结转 is carryover money of its fund, the same words above it this year’s', () => {
    const carry = ix.find({ tableKind: 'fiscal-summary', side: 'income', fund: 'stateCapital', flow: 'carryover' });
    expect(carry.map((f) => [f.value, f.source.line])).toEqual([['20.00', 262]]);
    const current = ix.find({ tableKind: 'fiscal-summary', side: 'income', fund: 'stateCapital', flow: 'current' });
    expect(current.map((f) => f.state)).toEqual(['blank']);
  });
});

describe('facts of hand-made tables', () => {
  it('normalise 元 exactly to 万元, keeping the rounding interval in the decimals', () => {
    const t = table({ kind: 'expenditure', columns: EXPENDITURE_COLUMNS, rows: [{ label: '合计', role: 'total', values: expenditureValues('7027700.00', '7027700.00') }] });
    t.unit = '元';
    const f = new FactIndex(release(t)).find({ tableKind: 'expenditure', split: 'total' })[0]!;
    expect(f).toMatchObject({ value: '702.770000', decimals: 6, printed: '7027700.00', unit: '元' });
  });

  it('an ambiguous cell is unusable: left out unless asked for', () => {
    const t = table({
      kind: 'expenditure',
      columns: EXPENDITURE_COLUMNS,
      rows: [{ label: '合计', role: 'total', values: expenditureValues('10.00', '4.00'), ambiguous: ['basic'] }],
    });
    const ix = new FactIndex(release(t));
    expect(ix.find({ split: 'basic' })).toEqual([]);
    expect(ix.find({ split: 'basic', unusable: true }).map((f) => f.state)).toEqual(['unusable']);
    expect(ix.first({ split: 'basic' })?.state).toBe('unusable');
  });

  it('a printed 类 line is the class figure itself; a lone department row stands for the grand line', () => {
    const t = table({
      kind: 'general-budget-expenditure',
      columns: ['total'],
      rows: [
        { label: 'X局', role: 'department', org: '008', values: { total: '30.00' } },
        { label: '一般公共服务支出', role: 'subtotal', code: '201', values: { total: '30.00' } },
        { label: '行政运行', code: '2010301', values: { total: '29.99' } },
      ],
    });
    const ix = new FactIndex(release(t));
    expect(ix.classAmounts({ fund: 'general' }, '201').map((a) => a.kind === 'fact' && a.fact.value)).toEqual(['30.00']);
    expect(ix.find({ fund: 'general', split: 'total' }).map((f) => [f.row, f.orgCode])).toEqual([['total', '008']]);
  });
});
