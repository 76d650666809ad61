import { classOfPhrase as classCodeOf } from '../../model/function-classes.js';
import { UNRESOLVED_KEY } from '../../model/narrative.js';

/**
 * Naming the quantity a number speaks of, from the words just before it. Input is the clause up to
 * the number, compacted (no whitespace) and with full-width punctuation made ASCII, e.g.
 * `其中:人员经费支出` or `2026年“三公”经费预算为`. A label must end the clause, allowing only the
 * template's filler words after it (支出, 年初预算为, 预算安排 …): a name further back is not the
 * name of this number.
 */
const FILLER = '(?:支出)?(?:年初)?(?:预算)?(?:安排)?(?:数)?(?:总额)?(?:为|是|共计|合计)?';
const COUNT_FILLER = '(?:共有|共计|有|为)?';

type Resolver = string | ((fund: string | undefined) => string);

/** Sections of general-budget money (五/六 in the Henan profile): their 基本支出/项目支出 are the general budget's. */
const byFund = (general: string, all: string) => (fund: string | undefined) => (fund === 'general' ? general : all);

/** Tried in order: the more specific wording first (一般公共预算基本支出 before 一般公共预算). */
const AMOUNT_LABELS: ReadonlyArray<readonly [string, Resolver]> = [
  ['收入总计', 'income.total'],
  ['支出总计', 'expenditure.total'],
  ['(?:本年)?收入合计', 'income.current'],
  ['(?:本年)?支出合计', 'expenditure.current'],
  ['一般公共预算基本支出', 'general.basic'],
  ['一般公共预算项目支出', 'general.project'],
  // 004 prints `一般公共预算` / `算收支预算` over a line break, doubling 算.
  ['一般公共预算算?收支预算', 'fiscal.general'],
  ['一般公共预算支出', 'general.expenditure'],
  ['政府性基金收支预算', 'fiscal.govFund'],
  ['国有资本经营收支预算', 'fiscal.stateCapital'],
  ['财政拨款收支总?预算', 'fiscal.total'],
  ['政府性基金预算支出', 'govFund.expenditure'],
  ['国有资本经营预算支出', 'stateCapital.expenditure'],
  ['一般公共预算(?:收入|拨款|拨款收入)?', 'income.general'],
  ['政府性基金(?:预算)?(?:收入|拨款|拨款收入)?', 'income.govFund'],
  ['国有资本经营预算(?:收入|拨款|拨款收入)?', 'income.stateCapital'],
  ['(?:财政专户管理资金(?:收入)?|纳入财政专户管理(?:经费|资金|收费)|专户管理的教育收费)', 'income.specialAccount'],
  ['事业单位经营收入', 'income.operating'],
  ['事业收入', 'income.business'],
  ['上级补助收入', 'income.superior'],
  ['附属单位上缴收入', 'income.affiliated'],
  ['其他收入', 'income.other'],
  ['(?:上年结转结余|上年结转|部门财政性资金结转)', 'income.carryover'],
  ['人员经费', 'general.basic.personnel'],
  ['(?:日常)?公用经费', 'general.basic.public'],
  ['[“"]?三公[”"]?经费', 'threePublic.total'],
  ['因公出国\\(境\\)费?', 'threePublic.abroad'],
  ['公务用车购置及运行费?', 'threePublic.vehicle'],
  ['公务用车购置费', 'threePublic.vehicle.purchase'],
  ['公务用车运行(?:维护)?费', 'threePublic.vehicle.operation'],
  ['公务接待费', 'threePublic.reception'],
  ['(?:机构|机关)运(?:转|行)经费', 'operatingFunds'],
  ['政府采购货物', 'procurement.goods'],
  ['政府采购工程', 'procurement.works'],
  ['政府采购服务', 'procurement.services'],
  ['政府采购', 'procurement.total'],
  ['专项转移支付(?:项目)?(?:资金)?', 'transfer.total'],
  ['基本支出', byFund('general.basic', 'expenditure.basic')],
  ['项目支出', byFund('general.project', 'expenditure.project')],
];

/** Section 一 names its totals with one word: `收入增加…`, `支出减少…`, `收支增加…`. */
const SECTION_ONE_SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ['收支', 'income.total'],
  ['收入', 'income.total'],
  ['支出', 'expenditure.total'],
];

const COUNT_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['车辆', 'vehicles.total'],
  ['一般公务用车', 'vehicles.official'],
  ['(?:一般)?执法执勤用车', 'vehicles.enforcement'],
  ['特种专业技术用车', 'vehicles.special'],
  ['其他用车', 'vehicles.other'],
  ['通用设备', 'equipment.general'],
  ['专用设备', 'equipment.special'],
  ['专项转移支付项目', 'transfer.total'],
];

const compile = <T>(list: ReadonlyArray<readonly [string, T]>, filler: string) =>
  list.map(([src, v]) => [new RegExp(`(${src})${filler}$`), v] as const);

const AMOUNT_RES = compile(AMOUNT_LABELS, FILLER);
const SUBJECT_RES = compile(SECTION_ONE_SUBJECTS, FILLER);
const COUNT_RES = compile(COUNT_LABELS, COUNT_FILLER);
// The lookbehind starts a match only where a run of Chinese begins: unanchored, a long run without
// `(类)` was tried from every character (quadratic).
const CLASS_RE = new RegExp(`(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5]+)\\(类\\)支出${FILLER}$`);

export interface Label {
  key: string;
  /** the words as printed */
  label: string;
}

/**
 * A function class `X(类)支出` → `<fund>.class.<code>`, the fund being the money the section speaks
 * of (一般公共预算 in 五/六, 政府性基金 in 八); a section of no known fund gives `unscoped.class.<code>`,
 * which no table figure answers (a partial check, never a comparison with another fund's figure).
 * An unknown class name keys as unresolved.
 */
function classLabel(prefix: string, fund: string | undefined): Label | null {
  const m = CLASS_RE.exec(prefix);
  if (!m) return null;
  const code = classCodeOf(m[1] ?? '');
  const label = `${m[1] ?? ''}(类)支出`;
  return { key: code ? `${fund ?? UNSCOPED}.class.${code}` : UNRESOLVED, label };
}

/** The class prefix of a section whose fund is not known. */
export const UNSCOPED = 'unscoped';

export const UNRESOLVED = UNRESOLVED_KEY;

/** A template's own words for a quantity (src/template `narrative.labels`), compiled. */
export interface OwnLabel {
  re: RegExp;
  key: string;
  general?: string | undefined;
}

const OWN_CACHE = new WeakMap<object, OwnLabel[]>();

/** Compile a template's own labels once per list: each must end the clause, fillers allowed. */
export function ownLabels(list: ReadonlyArray<{ words: string; key: string; general?: string | undefined }>): OwnLabel[] {
  let out = OWN_CACHE.get(list);
  if (!out) {
    out = list.map((l) => ({ re: new RegExp(`(${l.words})${FILLER}$`), key: l.key, general: l.general }));
    OWN_CACHE.set(list, out);
  }
  return out;
}

/** `fund`: the fund of the section's money (src/template), for function classes; `own`: the template's words. */
export function amountLabel(prefix: string, section: number, fund?: string, own: readonly OwnLabel[] = []): Label | null {
  const cls = classLabel(prefix, fund);
  if (cls) return cls;
  for (const l of own) {
    const m = l.re.exec(prefix);
    if (m) return { key: fund === 'general' && l.general ? l.general : l.key, label: m[1] ?? m[0] };
  }
  for (const [re, v] of AMOUNT_RES) {
    const m = re.exec(prefix);
    if (m) return { key: typeof v === 'string' ? v : v(fund), label: m[1] ?? m[0] };
  }
  return null;
}

/** The subject of a change or parity: an amount label, or in section 一 the one-word totals. */
export function subjectLabel(prefix: string, section: number, fund?: string, own: readonly OwnLabel[] = []): Label | null {
  const named = amountLabel(prefix, section, fund, own);
  if (named || section !== 1) return named;
  for (const [re, key] of SUBJECT_RES) {
    const m = re.exec(prefix);
    if (m) return { key, label: m[1] ?? m[0] };
  }
  return null;
}

export function countLabel(prefix: string): Label | null {
  for (const [re, key] of COUNT_RES) {
    const m = re.exec(prefix);
    if (m) return { key, label: m[1] ?? m[0] };
  }
  return null;
}

/** The whole a `占X%` share is taken of, by what the part is. */
export function shareWhole(part: string): string | null {
  if (part === 'expenditure.basic' || part === 'expenditure.project') return 'expenditure.current';
  if (/^general\.class\.\d{3}$/.test(part) || part === 'general.basic' || part === 'general.project') {
    return 'general.expenditure';
  }
  if (/^govFund\.class\.\d{3}$/.test(part)) return 'govFund.expenditure';
  if (/^all\.class\.\d{3}$/.test(part)) return 'expenditure.current';
  if (part === 'general.basic.personnel' || part === 'general.basic.public') return 'general.basic';
  if (part === 'expenditure.basic.personnel' || part === 'expenditure.basic.public') return 'expenditure.current';
  return null;
}

/** Amounts a section of a fund states without naming them (`年初预算为0万元` under 八、政府性基金…). */
const FUND_DEFAULT: Readonly<Record<string, string>> = { govFund: 'govFund.expenditure' };

export function sectionDefault(fund: string | undefined): string | undefined {
  return fund === undefined ? undefined : FUND_DEFAULT[fund];
}
