import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/model/narrative.js';
import type { TableKind } from '../src/model/table.js';
import { audit } from './helpers/audit.js';
import { FUNDS } from './generator/budget.js';
import { generateRelease, inject, type GeneratedRelease, type PrintedNumber } from './generator/index.js';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const releases = SEEDS.map((s) => generateRelease(s));
const ALL_KINDS: TableKind[] = [
  'income-expenditure-summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure', 'general-budget-basic',
  'economic-summary', 'three-public', 'gov-fund-expenditure', 'project-expenditure', 'performance-overall', 'performance-projects',
];

function cells(r: GeneratedRelease): PrintedNumber[] {
  return r.printed.filter((p) => p.where.type === 'cell');
}

/** the exact values printed on one table row, by column (a blank cell prints nothing and counts as 0) */
function rowsOf(r: GeneratedRelease, table: TableKind, side?: 'income' | 'expenditure'): Map<number, Map<string, Decimal>> {
  const rows = new Map<number, Map<string, Decimal>>();
  for (const p of cells(r)) {
    if (p.where.type !== 'cell' || p.where.table !== table || p.where.side !== side) continue;
    const row = rows.get(p.line) ?? new Map<string, Decimal>();
    row.set(p.where.column, p.exact);
    rows.set(p.line, row);
  }
  return rows;
}

const get = (row: Map<string, Decimal>, key: string) => row.get(key) ?? new Decimal(0);
const sumOf = (row: Map<string, Decimal>, keys: string[]) => keys.reduce((s, k) => s.plus(get(row, k)), new Decimal(0));

describe('generated releases: the generator itself', () => {
  it('is deterministic: a seed names one release, different seeds differ', () => {
    expect(generateRelease(7).text).toBe(generateRelease(7).text);
    expect(generateRelease(7).printed).toEqual(generateRelease(7).printed);
    expect(new Set(releases.map((r) => r.text)).size).toBe(releases.length);
    expect(generateRelease(7, { wording: '2022' }).budget.wording).toBe('2022');
  });

  it('varies wording, unit, departments, unit counts, years and fund mixes (each fund both present and absent)', () => {
    const b = releases.map((r) => r.budget);
    expect(new Set(b.map((x) => x.wording))).toEqual(new Set(['2026', '2022']));
    expect(new Set(b.map((x) => x.tableUnit))).toEqual(new Set(['万元', '元']));
    expect(new Set(b.map((x) => x.deptName)).size).toBeGreaterThan(30);
    expect(new Set(b.map((x) => x.units.length)).size).toBeGreaterThan(3);
    expect(new Set(b.map((x) => x.year)).size).toBeGreaterThan(5);
    for (const f of FUNDS) {
      const has = b.filter((x) => x.atoms.some((a) => a.fund === f)).length;
      expect(has, f).toBeGreaterThan(0);
      expect(has, f).toBeLessThan(b.length + (f === 'general' ? 1 : 0));
    }
    expect(b.some((x) => x.atoms.some((a) => a.year === 'carry'))).toBe(true);
    expect(b.some((x) => x.atoms.every((a) => a.year === 'current'))).toBe(true);
    expect(b.some((x) => x.projects.some((p) => p.type === '其他运转类')) && b.some((x) => x.projects.some((p) => p.type === '特定目标类'))).toBe(true);
  });

  it('prints every number as the rounding of its exact value (2 decimals; the 2022 narrative drops trailing zeros)', () => {
    for (const r of releases) {
      const lines = r.text.split('\n');
      for (const p of r.printed) {
        expect(lines[p.line - 1]?.slice(p.start, p.start + p.text.length), `${r.name}:${p.line}`).toBe(p.text);
        if (p.unit === '辆' || p.unit === '台') expect(p.text).toBe(p.exact.toFixed(0));
        else expect(new Decimal(p.text).eq(p.exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)), `${r.name}:${p.line} ${p.text} vs ${p.exact}`).toBe(true);
      }
    }
  });

  it('keeps the identities on the exact values within tables', () => {
    for (const r of releases) {
      for (const kind of ['expenditure', 'general-budget-expenditure', 'gov-fund-expenditure'] as const) {
        for (const row of rowsOf(r, kind).values()) {
          expect(get(row, 'total').eq(get(row, 'basic').plus(get(row, 'project')))).toBe(true);
          expect(get(row, 'basic').eq(sumOf(row, ['basic.wages', 'basic.family', 'basic.goods', 'basic.capital']))).toBe(true);
          expect(get(row, 'project').eq(sumOf(row, ['project.operating', 'project.specific']))).toBe(true);
        }
      }
      for (const row of rowsOf(r, 'general-budget-basic').values()) expect(get(row, 'total').eq(sumOf(row, ['personnel', 'public']))).toBe(true);
      for (const row of rowsOf(r, 'income').values()) {
        expect(get(row, 'total').eq(sumOf(row, ['current', 'carryover']))).toBe(true);
        expect(get(row, 'current').eq(sumOf(row, ['general', 'govFund', 'stateCapital', 'specialAccount', 'business', 'operating', 'superior', 'affiliated', 'other']))).toBe(true);
        expect(get(row, 'carryover').eq(sumOf(row, ['carryover.general', 'carryover.govFund', 'carryover.stateCapital', 'carryover.specialAccount', 'carryover.unitFunds']))).toBe(true);
      }
      for (const row of rowsOf(r, 'economic-summary').values())
        expect(get(row, 'total').eq(sumOf(row, ['general', 'govFund', 'stateCapital', 'carryover', 'specialAccount', 'business', 'superior', 'affiliated', 'operating', 'other']))).toBe(true);
      for (const row of rowsOf(r, 'three-public').values()) {
        expect(get(row, 'total').eq(sumOf(row, ['abroad', 'vehicle', 'reception']))).toBe(true);
        expect(get(row, 'vehicle').eq(sumOf(row, ['vehicle.purchase', 'vehicle.operation']))).toBe(true);
      }
      // 01: 收入总计 = 本年收入合计 + 上年结转结余 = 支出总计 = the sum of the class lines
      const byLabel = (kind: TableKind, side: 'income' | 'expenditure') => {
        const m = new Map<string, Decimal>();
        for (const p of cells(r)) if (p.where.type === 'cell' && p.where.table === kind && p.where.side === side) m.set(p.where.row, p.exact);
        return m;
      };
      const inc = byLabel('income-expenditure-summary', 'income');
      const exp = byLabel('income-expenditure-summary', 'expenditure');
      const z = new Decimal(0);
      const lines = [...inc].filter(([k]) => /^[一二三四五六七八九十]+、/.test(k)).reduce((s, [, v]) => s.plus(v), z);
      expect(lines.eq(inc.get('本年收入合计') ?? z)).toBe(true);
      expect((inc.get('本年收入合计') ?? z).plus(inc.get('上年结转结余') ?? z).eq(inc.get('收入总计') ?? z)).toBe(true);
      expect((inc.get('收入总计') ?? z).eq(exp.get('支出总计') ?? z)).toBe(true);
      const classes = [...exp].filter(([k]) => /^[一二三四五六七八九十]+、/.test(k)).reduce((s, [, v]) => s.plus(v), z);
      expect(classes.eq(exp.get('本年支出合计') ?? z)).toBe(true);
    }
  });

  it('keeps the identities across tables on the exact values (grand total, 11 and 12 against 10)', () => {
    for (const r of releases) {
      const factor = r.budget.tableUnit === '元' ? new Decimal(10_000) : new Decimal(1);
      const first = (kind: TableKind, column: string, side?: string) =>
        cells(r).find((p) => p.where.type === 'cell' && p.where.table === kind && p.where.column === column && (side === undefined || p.where.side === side))?.exact;
      const total = first('income', 'total') as Decimal;
      expect(first('expenditure', 'total')?.eq(total)).toBe(true);
      expect(first('economic-summary', 'total')?.eq(total)).toBe(true);
      expect(first('performance-overall', 'amount')?.mul(factor).eq(total)).toBe(true);
      expect(first('project-expenditure', 'total')?.eq((first('performance-projects', 'total') as Decimal).mul(factor))).toBe(true);
    }
  });

  it('prints all twelve tables; the parser finds each, and 09 is empty with its note exactly when there is no fund money', () => {
    for (const r of releases.slice(0, 20)) {
      const { model } = audit(r.name, r.text);
      expect(model.tables.map((t) => t.kind)).toEqual(ALL_KINDS);
      const fund = model.tables.find((t) => t.kind === 'gov-fund-expenditure');
      const hasFund = r.budget.atoms.some((a) => a.fund === 'govFund');
      expect(fund?.status).toBe(hasFund ? 'parsed' : 'empty');
      if (!hasFund) expect(fund?.emptyNote?.text).toContain('无数据');
    }
  });

  it('reads every printed table cell back with the printed value, at its line and column', () => {
    for (const r of releases.slice(0, 20)) {
      const { model } = audit(r.name, r.text);
      for (const p of cells(r)) {
        if (p.where.type !== 'cell') continue;
        const { table, column, side } = p.where;
        const t = model.tables.find((x) => x.kind === table);
        const row = t?.rows.find((x) => x.line === p.line && (side === undefined || x.side === side));
        const cell = row?.cells.find((c) => c.column === column);
        expect(cell?.value, `${r.name}:${p.line} ${table} ${column}`).not.toBeNull();
        expect(new Decimal(cell?.value ?? 'NaN').eq(p.text), `${r.name}:${p.line} ${table} ${column}`).toBe(true);
      }
    }
  });

  it('reads every narrative amount and share back as a claim on its line', () => {
    const values = (c: Claim): string[] => {
      if (c.type === 'amount') return [c.amount.value];
      if (c.type === 'share') return [c.percent.value];
      if (c.type === 'change') return [c.amount?.value, c.rate?.value].filter((v): v is string => v !== undefined);
      if (c.type === 'count') return [c.value];
      return [];
    };
    for (const r of releases.slice(0, 20)) {
      const { model } = audit(r.name, r.text);
      const onLine = new Map<number, Decimal[]>();
      for (const c of model.narrative.claims) onLine.set(c.line, [...(onLine.get(c.line) ?? []), ...values(c).map((v) => new Decimal(v))]);
      for (const p of r.printed) {
        if (p.where.type !== 'claim' || p.where.section === 'cover') continue;
        // zero amounts of absent sources (财政专户0万元) and parity sentences are read, or reported in coverage
        if (p.exact.isZero()) continue;
        expect(onLine.get(p.line)?.some((v) => v.eq(p.text)), `${r.name}:${p.line} ${p.where.label} ${p.text}`).toBe(true);
      }
    }
  });
});

describe('injector', () => {
  it('changes exactly one printed number, on its line, by more than rounding allows, deterministically', () => {
    for (const r of releases) {
      const inj = inject(r, r.seed);
      expect(inject(r, r.seed)).toEqual(inj);
      const before = r.text.split('\n');
      const after = inj.text.split('\n');
      expect(after).toHaveLength(before.length);
      const changed = after.map((l, i) => (l === before[i] ? -1 : i + 1)).filter((i) => i > 0);
      expect(changed).toEqual([inj.line]);
      expect(inj.target.line).toBe(inj.line);
      expect(after[inj.line - 1]?.slice(inj.target.start, inj.target.start + inj.after.length)).toBe(inj.after);
      const delta = new Decimal(inj.after).minus(inj.before).abs();
      expect(delta.gte(inj.target.unit === '元' ? 100 : 1)).toBe(true);
    }
  });

  it('picks cells and claims of every kind over a few hundred injections', () => {
    const r = releases[0] as GeneratedRelease;
    const kinds = new Set(SEEDS.flatMap((s) => [inject(r, s), inject(releases[s % releases.length] as GeneratedRelease, s * 7)]).map((i) => i.target.where.type));
    expect(kinds).toEqual(new Set(['cell', 'claim']));
  });
});
