import { dec, type Dec } from '../../engine/decimal.js';
import type { Row, Table, TableKind } from '../../model/table.js';
import type { TableBlock } from '../tables/block.js';
import type { ColumnBounds } from './consistency.js';
import { recoverDegradedTable } from './index.js';
import type { Template } from '../../template/index.js';

/** The amount a certain cell holds (0 when certainly empty); undefined when it is not certain. */
function certainValue(row: Row, column: string): Dec | undefined {
  const cell = row.cells.find((c) => c.column === column);
  if (!cell) return dec('0');
  if (cell.certainty !== 'certain') return undefined;
  return cell.value === null ? dec('0') : dec(cell.value);
}

function sumOf(rows: readonly Row[], column: string): Dec | undefined {
  let s = dec('0');
  for (const r of rows) {
    const v = certainValue(r, column);
    if (v === undefined) return undefined;
    s = s.plus(v);
  }
  return s;
}

/** 07 covers basic and project spending, 06 basic only: either bounds 03/05's basic columns by class. */
function econClassBounds(tables: readonly Table[]): Map<string, Dec> {
  const bounds = new Map<string, Dec>();
  const byClass: Record<string, string> = { '301': 'basic.wages', '303': 'basic.family', '302': 'basic.goods', '310': 'basic.capital' };
  for (const t of tables) {
    if (t.kind !== 'economic-summary' && t.kind !== 'general-budget-basic') continue;
    const items = t.rows.filter((r) => r.role === 'item' && r.econ?.dept?.code);
    if (items.length === 0) continue;
    const sums = new Map<string, Dec>(Object.values(byClass).map((k) => [k, dec('0')]));
    let usable = true;
    for (const r of items) {
      const key = byClass[(r.econ?.dept?.code ?? '').slice(0, 3)];
      const v = certainValue(r, 'total');
      if (v === undefined) usable = false;
      else if (key) sums.set(key, (sums.get(key) ?? dec('0')).plus(v));
    }
    if (!usable) continue;
    for (const [k, v] of sums) bounds.set(k, bounds.has(k) ? (v.lt(bounds.get(k) as Dec) ? v : (bounds.get(k) as Dec)) : v);
  }
  return bounds;
}

/** 10's projects by type bound 03/05's 其他运转类 and 特定目标类 columns. */
function projectTypeBounds(tables: readonly Table[]): Map<string, Dec> {
  const bounds = new Map<string, Dec>();
  const t = tables.find((x) => x.kind === 'project-expenditure' && x.rows.length > 0);
  if (!t) return bounds;
  const projects = t.rows.filter((r) => r.role === 'item');
  if (projects.length === 0 || projects.some((r) => !r.project?.type)) return bounds;
  const op = sumOf(projects.filter((r) => /运转/.test(r.project?.type ?? '')), 'total');
  const sp = sumOf(projects.filter((r) => /特定/.test(r.project?.type ?? '')), 'total');
  if (op && sp) {
    bounds.set('project.operating', op);
    bounds.set('project.specific', sp);
  }
  return bounds;
}

/** 02's funding totals bound every funding column of 07, 10 and 12. */
function fundingBounds(tables: readonly Table[], kind: TableKind): Map<string, Dec> {
  const bounds = new Map<string, Dec>();
  const income = tables.find((x) => x.kind === 'income' && x.rows.length > 0);
  const total = income?.rows.find((r) => r.role === 'total');
  if (!total) return bounds;
  const get = (...cols: string[]) => {
    let s = dec('0');
    for (const c of cols) {
      const v = certainValue(total, c);
      if (v === undefined) return undefined;
      s = s.plus(v);
    }
    return s;
  };
  const unitFunds = ['business', 'operating', 'superior', 'affiliated', 'other', 'carryover.unitFunds'];
  const plan: Record<string, string[]> =
    kind === 'project-expenditure'
      ? {
          general: ['general', 'carryover.general'],
          govFund: ['govFund', 'carryover.govFund'],
          stateCapital: ['stateCapital', 'carryover.stateCapital'],
          'carryover.general': ['carryover.general'],
          'carryover.govFund': ['carryover.govFund'],
          'carryover.stateCapital': ['carryover.stateCapital'],
          specialAccount: ['specialAccount', 'carryover.specialAccount'],
          unitFunds,
        }
      : kind === 'performance-projects'
        ? {
            govBudget: ['general', 'govFund', 'stateCapital', 'carryover.general', 'carryover.govFund', 'carryover.stateCapital'],
            specialAccount: ['specialAccount', 'carryover.specialAccount'],
            unitFunds,
          }
        : kind === 'economic-summary'
          ? {
              govFund: ['govFund', 'carryover.govFund'],
              stateCapital: ['stateCapital', 'carryover.stateCapital'],
              carryover: ['carryover'],
              specialAccount: ['specialAccount', 'carryover.specialAccount'],
              business: ['business'],
              superior: ['superior'],
              affiliated: ['affiliated'],
              operating: ['operating'],
              other: ['other'],
            }
          : {};
  for (const [key, cols] of Object.entries(plan)) {
    const v = get(...cols);
    if (v !== undefined) bounds.set(key, v);
  }
  return bounds;
}

/**
 * Without an 02, 04 (财政拨款: its 上年结转 and its 政府性基金 / 国有资本经营 columns) and 11
 * (资金来源: 财政专户管理资金, 单位资金) still bound the funding columns of 10 and 12.
 */
function fiscalAndOverallBounds(tables: readonly Table[], kind: TableKind): Map<string, Dec> {
  const bounds = new Map<string, Dec>();
  if (kind !== 'project-expenditure' && kind !== 'performance-projects') return bounds;
  const fiscal = tables.find((x) => x.kind === 'fiscal-summary' && x.rows.length > 0);
  if (fiscal && kind === 'project-expenditure') {
    const carry = fiscal.rows.find((r) => r.side === 'income' && /^上年结转/.test(r.label.replace(/\s+/g, '')));
    const c = carry && certainValue(carry, 'amount');
    if (c) for (const k of ['carryover.general', 'carryover.govFund', 'carryover.stateCapital']) bounds.set(k, c);
    const spent = fiscal.rows.find((r) => r.side === 'expenditure' && r.role === 'total');
    for (const k of ['govFund', 'stateCapital']) {
      const v = spent && certainValue(spent, k);
      if (v && c) bounds.set(k, v.plus(c));
    }
  }
  const overall = tables.find((x) => x.kind === 'performance-overall' && x.rows.length > 0);
  if (overall) {
    for (const [label, key] of [['财政专户管理资金', 'specialAccount'], ['单位资金', 'unitFunds']] as const) {
      const r = overall.rows.find((x) => x.label === label);
      const v = r && certainValue(r, 'amount');
      if (v) bounds.set(key, v);
    }
  }
  return bounds;
}

/** 07 (all spending by economic item) bounds 08: 公务用车购置 31013, 运行维护 30231, 接待 30217, 出国 30212. */
function threePublicBounds(tables: readonly Table[]): Map<string, Dec> {
  const bounds = new Map<string, Dec>();
  const t = tables.find((x) => x.kind === 'economic-summary' && x.rows.some((r) => r.econ?.dept?.code));
  if (!t) return bounds;
  const items = t.rows.filter((r) => r.role === 'item' && r.econ?.dept?.code);
  if (items.some((r) => (r.econ?.dept?.code ?? '').length !== 5)) return bounds;
  for (const [code, key] of [['31013', 'vehicle.purchase'], ['30231', 'vehicle.operation'], ['30217', 'reception'], ['30212', 'abroad']] as const) {
    const v = sumOf(items.filter((r) => r.econ?.dept?.code === code), 'total');
    if (v) bounds.set(key, v);
  }
  return bounds;
}

function boundsFor(kind: TableKind, tables: readonly Table[]): ColumnBounds {
  if (kind === 'three-public') return threePublicBounds(tables);
  if (kind === 'expenditure' || kind === 'general-budget-expenditure' || kind === 'gov-fund-expenditure')
    return new Map([...econClassBounds(tables), ...projectTypeBounds(tables)]);
  const funding = fundingBounds(tables, kind);
  if (funding.size > 0) return funding;
  return fiscalAndOverallBounds(tables, kind);
}

function blockOf(t: Table): TableBlock {
  return {
    kind: t.kind,
    number: t.number,
    title: t.title,
    titleLine: t.titleLine,
    start: (t.unitLine ?? t.titleLine) + 1,
    end: t.endLine,
    year: t.year,
    unit: t.unit,
    unitLine: t.unitLine,
    department: t.department,
  };
}

/**
 * Second pass over a release's degraded tables: amounts are never negative, so a column of one
 * table cannot exceed what another table has for the same money (07's 301 lines bound 03's 工资福利
 * column, 10's 其他运转类 projects bound 03's 其他运转类 column, 02's funding totals bound 10's and
 * 12's funding columns). Placements that break such a bound are dropped; what remains decides the
 * cell or keeps it ambiguous. Bounds are read from certain cells only.
 */
export function resolveAcrossTables(lines: readonly string[], tables: readonly Table[], template: Template): Table[] {
  let current = tables.slice();
  for (let pass = 0; pass < 2; pass++) {
    current = current.map((t) => {
      if (t.recovery?.method !== 'degraded' || t.recovery.ambiguousCells === 0) return t;
      const bounds = boundsFor(t.kind, current.filter((o) => o !== t));
      if (bounds.size === 0) return t;
      const again = recoverDegradedTable(lines, blockOf(t), template, bounds);
      const r = again.recovery;
      if (!r || r.lostCells > t.recovery.lostCells) return t;
      return again;
    });
  }
  return current;
}
