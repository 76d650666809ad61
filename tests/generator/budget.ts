import { Decimal } from 'decimal.js';
import {
  BASIC_CAPITAL, BASIC_FAMILY, BASIC_GOODS, BASIC_WAGES, CITIES, DISTRICTS, ITEMS, PROJECT_ECON, SECTORS,
  govEconFor, type Sector,
} from './catalog.js';
import type { Rng } from './prng.js';

/**
 * The exact content of one generated release: every amount is an atom in whole 元 with its full scope
 * (unit, function 项, fund, year of the money, basic/project, economic pair, project). Every number the
 * release prints is the rounding of a sum of atoms, so a consistent release has only rounding tails.
 */
export const FUNDS = ['general', 'govFund', 'stateCapital', 'specialAccount', 'business', 'other'] as const;
export type Fund = (typeof FUNDS)[number];
/** Money of this year, or carried over from last year (上年结转结余). */
export type Year = 'current' | 'carry';
export type Wording = '2026' | '2022';

export interface Unit {
  code: string;
  name: string;
  /** 事业单位 (pairs 301/302 with 50501/50502) rather than 行政单位 */
  institution: boolean;
}

export interface Project {
  index: number;
  code: string;
  type: '其他运转类' | '特定目标类';
  name: string;
  unit: number;
  item: string;
  fund: Fund;
  year: Year;
}

export interface Atom {
  unit: number;
  /** function 项, 7 digits */
  item: string;
  fund: Fund;
  year: Year;
  kind: 'basic' | 'project';
  /** 部门经济分类 (5 digits) */
  econ: string;
  /** 政府经济分类 (5 digits) */
  gov: string;
  project?: number;
  /** whole 元 */
  yuan: Decimal;
}

export interface Budget {
  seed: number;
  wording: Wording;
  year: number;
  /** the unit the tables 01–10 print in (11 and 12 print 万元 as their headers say) */
  tableUnit: '万元' | '元';
  region: string;
  sector: Sector;
  deptName: string;
  deptCode: string;
  units: Unit[];
  projects: Project[];
  atoms: Atom[];
  /** last year's figures (exact, 元) for the year-over-year sentences */
  last: Record<LastKey, Decimal>;
  procurement: { goods: Decimal; works: Decimal; services: Decimal };
  vehicles: { general: number; enforcement: number; special: number; other: number };
  month: number;
}

export type LastKey =
  | 'total' | 'general' | 'govFund' | 'stateCapital' | 'threePublic' | 'abroad' | 'reception'
  | 'vehiclePurchase' | 'vehicleOperation' | 'operatingFunds';

/** 三公 economic items: 因公出国, 公务接待, 公务用车购置, 公务用车运行维护. */
export const THREE_PUBLIC_ECON = { abroad: '30212', reception: '30217', vehiclePurchase: '31013', vehicleOperation: '30231' } as const;

const yuan = (n: number) => new Decimal(n);

export function generateBudget(rng: Rng, seed: number, forceWording?: Wording): Budget {
  const wording: Wording = forceWording ?? (rng.chance(0.5) ? '2026' : '2022');
  const budgetYear = wording === '2026' ? rng.int(2024, 2027) : rng.int(2019, 2023);
  const sector = rng.pick(SECTORS);
  const city = rng.pick(CITIES);
  const district = rng.pick(DISTRICTS);
  const region = `${city}${district}`;
  const deptName = sector.name === '委员会办公室' ? `中国共产党${region}委员会办公室` : `${region}${sector.name}`;
  const deptCode = String(rng.int(1, 199)).padStart(3, '0');
  const unitCount = rng.pick([1, 1, 2, 2, 2, 3, 4, 5]);
  const instNames = rng.shuffle(sector.instName);
  const units: Unit[] = [{ code: `${deptCode}001`, name: `${deptName}本级`, institution: false }];
  for (let i = 1; i < unitCount; i++) {
    const base = instNames[(i - 1) % instNames.length] as string;
    const suffix = i - 1 >= instNames.length ? `第${i}分部` : '';
    units.push({ code: `${deptCode}${String(i + 1).padStart(3, '0')}`, name: `${region}${base}${suffix}`, institution: true });
  }

  // The fund mix: general budget money always, each other source present or absent.
  const active = new Set<Fund>(['general']);
  for (const f of ['govFund', 'stateCapital', 'specialAccount', 'business', 'other'] as const)
    if (rng.chance(f === 'govFund' ? 0.35 : 0.2)) active.add(f);
  const carry = rng.chance(0.3);
  // The 2022 wording lists only 部门财政性资金结转: carried money is fiscal money there.
  const carryFunds: Fund[] = wording === '2022' ? ['general', 'govFund', 'stateCapital'] : [...FUNDS];

  const atoms: Atom[] = [];
  const vehicles = {
    general: rng.chance(0.6) ? rng.int(1, 8) : 0,
    enforcement: rng.chance(0.3) ? rng.int(1, 5) : 0,
    special: rng.chance(0.15) ? rng.int(1, 3) : 0,
    other: rng.chance(0.1) ? rng.int(1, 2) : 0,
  };
  const unitFund = (u: Unit): Fund => {
    if (!u.institution) return rng.chance(0.9) || !active.has('other') ? 'general' : 'other';
    const choices: Fund[] = ['general', 'general', 'general'];
    for (const f of ['business', 'other', 'specialAccount'] as const) if (active.has(f)) choices.push(f);
    return rng.pick(choices);
  };

  units.forEach((u, ui) => {
    const people = rng.int(3, 60);
    const run = u.institution ? sector.instRun : sector.run;
    const itemFor = (econ: string): string => {
      if (econ === '30108') return '2080505';
      if (econ === '30109') return '2080506';
      if (econ === '30110') return u.institution ? '2101102' : '2101101';
      if (econ === '30113') return '2210201';
      if (econ === '30302') return u.institution ? '2080502' : '2080501';
      return run;
    };
    const add = (econ: string, amount: number, fund: Fund) =>
      atoms.push({ unit: ui, item: itemFor(econ), fund, year: 'current', kind: 'basic', econ, gov: govEconFor(econ, u.institution), yuan: yuan(amount) });
    for (const econ of BASIC_WAGES) {
      const always = ['30101', '30102', '30108', '30110', '30113'].includes(econ);
      if (!always && !rng.chance(0.5)) continue;
      const perHead = econ === '30101' ? rng.int(20_000, 45_000) : econ === '30112' ? rng.int(100, 900) : rng.int(2_000, 30_000);
      add(econ, perHead * people + rng.int(0, 9_999), unitFund(u));
    }
    for (const econ of rng.sample(BASIC_GOODS, rng.int(3, 9))) {
      if (econ === '30231' || econ === '30217') continue;
      add(econ, rng.int(500, 40_000) + people * rng.int(0, 800), unitFund(u));
    }
    for (const econ of BASIC_FAMILY) if (rng.chance(0.35)) add(econ, rng.int(100, 150_000), unitFund(u));
    for (const econ of BASIC_CAPITAL) if (rng.chance(0.1)) add(econ, rng.int(2_000, 80_000), 'general');
    if (ui === 0 && vehicles.general + vehicles.enforcement > 0) add('30231', rng.int(10_000, 30_000) * (vehicles.general + vehicles.enforcement), 'general');
    if (rng.chance(0.4)) add('30217', rng.int(2_000, 40_000), 'general');
    if (ui === 0 && rng.chance(0.05)) add('30212', rng.int(10_000, 80_000), 'general');
  });

  // Projects: each has one fund, one year of money and one 项; its spending spreads over 1–3 economic items.
  const projects: Project[] = [];
  const projectCount = rng.int(1, 8);
  const names = rng.shuffle(sector.projectNames);
  const addProject = (fund: Fund) => {
    const index = projects.length;
    const item =
      fund === 'govFund' ? rng.pick(sector.govFund) : fund === 'stateCapital' ? '2230105' : rng.pick(sector.projects);
    const year: Year = carry && carryFunds.includes(fund) && rng.chance(0.35) ? 'carry' : 'current';
    const base = names[index % names.length] as string;
    const name = index >= names.length ? `${base}（${Math.floor(index / names.length) + 1}）` : base;
    const unit = rng.int(0, units.length - 1);
    const code = `41${String(rng.int(1000, 9999))}${String(budgetYear % 100).padStart(2, '0')}0000000${String(rng.int(1000, 99999)).padStart(6, '0')}`;
    const p: Project = { index, code, type: rng.chance(0.5) ? '其他运转类' : '特定目标类', name, unit, item, fund, year };
    projects.push(p);
    const u = units[unit] as Unit;
    const econs = rng.sample(PROJECT_ECON, rng.int(1, 3));
    if (fund === 'general' && rng.chance(0.12)) econs.push(rng.pick(['30217', '30231', '31013', '30212']));
    for (const econ of econs) {
      const size = rng.chance(0.15) ? rng.int(500_000, 12_000_000) : rng.int(1_000, 600_000);
      atoms.push({ unit, item, fund, year, kind: 'project', econ, gov: govEconFor(econ, u.institution), project: index, yuan: yuan(size) });
    }
  };
  const fundChoices = [...active].flatMap((f) => (f === 'general' ? ['general', 'general', 'general'] : [f])) as Fund[];
  for (let i = 0; i < projectCount; i++) addProject(rng.pick(fundChoices));
  // Every source in the mix carries money somewhere; carried-over money too, when the mix has it.
  for (const f of active) if (!atoms.some((a) => a.fund === f)) addProject(f);
  if (carry && !atoms.some((a) => a.year === 'carry')) {
    const candidates = projects.filter((p) => carryFunds.includes(p.fund));
    const p = candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (p) {
      p.year = 'carry';
      for (const a of atoms) if (a.project === p.index) a.year = 'carry';
    } else {
      addProject('general');
      const q = projects[projects.length - 1] as Project;
      q.year = 'carry';
      for (const a of atoms) if (a.project === q.index) a.year = 'carry';
    }
  }

  const sum = (pred: (a: Atom) => boolean) => atoms.filter(pred).reduce((s, a) => s.plus(a.yuan), new Decimal(0));
  const drift = (current: Decimal, zeroAllowed: boolean): Decimal => {
    if (current.isZero()) return zeroAllowed && rng.chance(0.3) ? yuan(rng.int(1_000, 50_000)) : new Decimal(0);
    if (rng.chance(0.12)) return current; // 持平
    const pct = rng.int(-40, 60);
    const moved = current.mul(100 + pct).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).plus(rng.int(-999, 999));
    // a change too small to print (under 100 元) would read 增加0万元: make it a real change
    if (moved.minus(current).abs().lt(100)) return current.plus(rng.int(1_000, 9_999));
    return moved.lte(0) ? current.plus(rng.int(1_000, 9_999)) : moved;
  };
  const fiscalGeneral = (a: Atom) => a.fund === 'general';
  const three = (econ: string) => sum((a) => fiscalGeneral(a) && a.econ === econ);
  const last: Record<LastKey, Decimal> = {
    total: drift(sum(() => true), false),
    general: drift(sum(fiscalGeneral), false),
    govFund: drift(sum((a) => a.fund === 'govFund'), false),
    stateCapital: drift(sum((a) => a.fund === 'stateCapital'), false),
    abroad: drift(three(THREE_PUBLIC_ECON.abroad), true),
    reception: drift(three(THREE_PUBLIC_ECON.reception), true),
    vehiclePurchase: drift(three(THREE_PUBLIC_ECON.vehiclePurchase), true),
    vehicleOperation: drift(three(THREE_PUBLIC_ECON.vehicleOperation), true),
    threePublic: new Decimal(0),
    operatingFunds: drift(sum((a) => fiscalGeneral(a) && a.kind === 'basic' && (a.econ.startsWith('302') || a.econ.startsWith('310'))), false),
  };
  // The whole's last-year figure is the sum of its parts' (one true value per year).
  last.threePublic = last.abroad.plus(last.reception).plus(last.vehiclePurchase).plus(last.vehicleOperation);
  // The total moves: the first sentence of the narrative always reports a change.
  if (last.total.eq(sum(() => true))) last.total = last.total.plus(rng.int(10_000, 90_000));

  const procurement = rng.chance(0.5)
    ? { goods: yuan(rng.int(0, 3) === 0 ? 0 : rng.int(5_000, 900_000)), works: yuan(rng.chance(0.3) ? rng.int(10_000, 3_000_000) : 0), services: yuan(rng.chance(0.6) ? rng.int(5_000, 900_000) : 0) }
    : { goods: yuan(0), works: yuan(0), services: yuan(0) };

  for (const a of atoms) if (!ITEMS[a.item]) throw new Error(`unknown function item ${a.item}`);
  return {
    seed, wording, year: budgetYear, tableUnit: rng.chance(0.2) ? '元' : '万元', region, sector, deptName, deptCode, units, projects, atoms, last,
    procurement, vehicles, month: rng.int(3, 6),
  };
}

export function sumAtoms(atoms: readonly Atom[], pred: (a: Atom) => boolean = () => true): Decimal {
  let s = new Decimal(0);
  for (const a of atoms) if (pred(a)) s = s.plus(a.yuan);
  return s;
}
