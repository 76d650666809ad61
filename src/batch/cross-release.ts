import { D, dec, halfUnit, type Dec } from '../engine/decimal.js';
import type { Lang } from '../engine/rule.js';
import type { ReleaseSummary, SummaryAmount } from '../model/release-summary.js';
import type { CrossReleaseResult, DocumentReport } from '../model/report.js';

/**
 * Checks across the releases of one run, a step after the batch: each worker returns a compact
 * summary (src/batch/summary.ts), and releases are matched by the department and year their models
 * state, never by file name. Budgets and 决算 are matched alike; a 决算 summary that carries
 * `budget.initial` (年初预算数) is checked against the budget of its year.
 */

interface Release {
  path: string;
  s: ReleaseSummary;
}

/** Names as printed drift in spaces, brackets and a trailing 本级. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

function nameKey(name: string): string {
  return name.replace(/[\s（）()“”"]/g, '').replace(/本级$/, '');
}

const isFinal = (s: ReleaseSummary) => s.kind === '部门决算' || s.kind === '单位决算';

/**
 * The releases of the run by department name (as sameName compares them), year and kind (budget or
 * 决算), each list in the run's order: every check asks for the releases of one name, year and kind,
 * and a scan of the whole run for each question made the step quadratic (minutes at 4,000 releases).
 */
class ReleaseIndex {
  private readonly lists = new Map<string, Release[]>();

  constructor(all: readonly Release[]) {
    for (const r of all) {
      if (!r.s.department || r.s.year === undefined) continue;
      const key = ReleaseIndex.key(r.s.department, r.s.year, isFinal(r.s));
      const list = this.lists.get(key);
      if (list) list.push(r);
      else this.lists.set(key, [r]);
    }
  }

  private static key(name: string, year: number, final: boolean): string {
    return `${final ? 'F' : 'B'}${year}:${nameKey(name)}`;
  }

  /** Releases named `name` of `year` and of the kind `final` says, in the run's order. */
  of(name: string, year: number, final: boolean): readonly Release[] {
    return this.lists.get(ReleaseIndex.key(name, year, final)) ?? [];
  }

  /** The first of them that is not `self`. */
  other(self: Release, name: string, year: number, final: boolean): Release | undefined {
    return this.of(name, year, final).find((p) => p !== self);
  }
}

type Verdict = 'ok' | 'rounding' | 'mismatch';

/** value (with its slack) against a printed amount: exact, within the rounding intervals, or not. */
function compare(value: Dec, slack: Dec, printed: SummaryAmount): { verdict: Verdict; difference: Dec } {
  const difference = dec(printed.value).minus(value);
  if (difference.isZero()) return { verdict: 'ok', difference };
  return { verdict: difference.abs().lte(slack.plus(halfUnit(printed.decimals))) ? 'rounding' : 'mismatch', difference };
}

const T = {
  yoy: {
    zh: '{path} 第{line}行称{label}比{base}年{word}，即{base}年应为 {expected}；{other} 中为 {actual}，相差 {difference}',
    en: '{path} line {line}: {label} {word} on {base}, so {base} should be {expected}; {other} prints {actual}, a difference of {difference}',
  },
  yoyMissing: {
    zh: '{path} 第{line}行{label}与{base}年比较：{why}，未能与 {other} 核对',
    en: '{path} line {line}: {label} compared with {base}: {why}; not checked against {other}',
  },
  unit: {
    zh: '{path} 中“{name}”行合计 {expected}，该单位的公开文件 {other} 中为 {actual}，相差 {difference}',
    en: '{path}: row “{name}” totals {expected}; the unit’s own release {other} prints {actual}, a difference of {difference}',
  },
  unitsSum: {
    zh: '{path} 合计 {actual}，其所属单位各自公开文件之和为 {expected}（{others}），相差 {difference}',
    en: '{path} totals {actual}; the releases of its units add up to {expected} ({others}), a difference of {difference}',
  },
  final: {
    zh: '{path} 预算支出总计 {expected}，{other} 的年初预算数为 {actual}，相差 {difference}',
    en: '{path} budgets {expected} in total; the 年初预算数 of {other} is {actual}, a difference of {difference}',
  },
} as const;

function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

function word(y: ReleaseSummary['yoy'][number], lang: Lang): string {
  const amount = y.change?.value ?? '0';
  if (y.direction === 'flat') return lang === 'zh' ? '持平' : 'flat';
  return lang === 'zh' ? `${y.direction === 'increase' ? '增加' : '减少'}${amount}万元` : `${y.direction === 'increase' ? 'up' : 'down'} ${amount}`;
}

function yoyChecks(r: Release, all: ReleaseIndex, lang: Lang): CrossReleaseResult[] {
  const out: CrossReleaseResult[] = [];
  const { s } = r;
  if (!s.department || s.year === undefined) return out;
  for (const y of s.yoy) {
    const base = y.baseYear ?? s.year - 1;
    const prior = all.other(r, s.department, base, isFinal(s));
    if (!prior) continue;
    const data = { path: r.path, other: prior.path, line: y.line, label: y.label, base, word: word(y, lang) };
    const current = y.current ?? s.totals[y.key];
    const last = prior.s.totals[y.key];
    const missing = !current ? (lang === 'zh' ? '本年金额未给出' : 'no current amount') : !last ? (lang === 'zh' ? '上年文件未列示此项' : 'last year’s release does not print it') : undefined;
    const head = { paths: [r.path, prior.path], department: s.department, year: s.year, key: y.key, line: y.line };
    if (missing || !current || !last) {
      out.push({ check: 'yoy', status: 'unchecked', ...head, message: render(T.yoyMissing[lang], { ...data, why: missing ?? '' }) });
      continue;
    }
    const change = y.change ? dec(y.change.value) : new D(0);
    const sign = y.direction === 'increase' ? -1 : 1;
    const expected = dec(current.value).plus(change.times(sign));
    const slack = halfUnit(current.decimals).plus(y.change ? halfUnit(y.change.decimals) : new D(0));
    const { verdict, difference } = compare(expected, slack, last);
    const places = Math.max(current.decimals, last.decimals);
    out.push({
      check: 'yoy',
      status: verdict,
      ...head,
      message: render(T.yoy[lang], { ...data, expected: expected.toFixed(places), actual: last.value, difference: difference.toFixed(places) }),
      expected: expected.toFixed(places),
      actual: last.value,
      difference: difference.toFixed(places),
    });
  }
  return out;
}

/** A 汇总 release's unit rows against the units' own releases of the same year and kind of money. */
function unitChecks(r: Release, all: ReleaseIndex, lang: Lang): CrossReleaseResult[] {
  const { s } = r;
  const out: CrossReleaseResult[] = [];
  if (s.year === undefined) return out;
  const units = s.units.filter((u) => u.role === 'unit' || (s.units.length > 1 && u.role === 'department'));
  if (units.length === 0) return out;
  const own: Array<{ release: Release; total: SummaryAmount }> = [];
  for (const u of units) {
    const release = all.other(r, u.name, s.year, isFinal(s));
    const total = release?.s.totals['expenditure.total'];
    if (!release || !total) continue;
    own.push({ release, total });
    const { verdict, difference } = compare(dec(u.total.value), halfUnit(u.total.decimals), total);
    out.push({
      check: 'unit',
      status: verdict,
      paths: [r.path, release.path],
      department: s.department,
      year: s.year,
      line: u.total.line,
      message: render(T.unit[lang], { path: r.path, name: u.name, expected: u.total.value, other: release.path, actual: total.value, difference: difference.toFixed(u.total.decimals) }),
      expected: u.total.value,
      actual: total.value,
      difference: difference.toFixed(u.total.decimals),
    });
  }
  const total = s.totals['expenditure.total'];
  // the sum is only meaningful when every unit of the 汇总 has its release in the run
  if (total && own.length === units.length && units.length > 1) {
    const sum = own.reduce((a, o) => a.plus(dec(o.total.value)), new D(0));
    const slack = own.reduce((a, o) => a.plus(halfUnit(o.total.decimals)), new D(0));
    const cmp = compare(sum, slack, total);
    out.push({
      check: 'units-sum',
      status: cmp.verdict,
      paths: [r.path, ...own.map((o) => o.release.path)],
      department: s.department,
      year: s.year,
      line: total.line,
      message: render(T.unitsSum[lang], { path: r.path, actual: total.value, expected: sum.toFixed(total.decimals), others: own.map((o) => o.release.path).join(lang === 'zh' ? '、' : ', '), difference: cmp.difference.neg().toFixed(total.decimals) }),
      expected: sum.toFixed(total.decimals),
      actual: total.value,
      difference: cmp.difference.neg().toFixed(total.decimals),
    });
  }
  return out;
}

/** A budget against the 决算 of its year: the 决算's 年初预算数 is the budget's total. */
function finalChecks(r: Release, all: ReleaseIndex, lang: Lang): CrossReleaseResult[] {
  const { s } = r;
  if (isFinal(s) || !s.department || s.year === undefined) return [];
  const total = s.totals['expenditure.total'];
  // a budget is never a 决算, so the 决算 of its name and year are all others
  return all.of(s.department, s.year, true).flatMap((p): CrossReleaseResult[] => {
    // the central 决算 states the 年初预算 of general-budget fiscal spending: the budget's own figure
    const general = s.totals['general.expenditure'];
    const initialGeneral = p.s.totals['budget.initial.general'];
    const [budgetTotal, initial] = general && initialGeneral ? [general, initialGeneral] : [total, p.s.totals['budget.initial']];
    if (!budgetTotal || !initial) return [];
    const { verdict, difference } = compare(dec(budgetTotal.value), halfUnit(budgetTotal.decimals), initial);
    return [
      {
        check: 'final-initial',
        status: verdict,
        paths: [r.path, p.path],
        department: s.department,
        year: s.year,
        line: budgetTotal.line,
        message: render(T.final[lang], { path: r.path, other: p.path, expected: budgetTotal.value, actual: initial.value, difference: difference.toFixed(budgetTotal.decimals) }),
        expected: budgetTotal.value,
        actual: initial.value,
        difference: difference.toFixed(budgetTotal.decimals),
      },
    ];
  });
}

export function checkAcrossReleases(documents: readonly DocumentReport[], lang: Lang): CrossReleaseResult[] {
  const releases: Release[] = documents.flatMap((d) => (d.status === 'checked' && d.summary ? [{ path: d.path, s: d.summary }] : []));
  if (releases.length < 2) return [];
  const index = new ReleaseIndex(releases);
  return releases.flatMap((r) => [...yoyChecks(r, index, lang), ...unitChecks(r, index, lang), ...finalChecks(r, index, lang)]);
}
