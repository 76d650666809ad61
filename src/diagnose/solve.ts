import type { Dec } from '../engine/decimal.js';
import type { Identity, IdentityTerm } from '../model/report.js';
import { correct, correctWithDerived, type Variable } from './feasible.js';
import { holds, termKey } from './terms.js';
import { pushTo } from '../group.js';

/**
 * The diagnosis proper, pure: given every identity a release was checked against (those that hold
 * and those that fail), find the fewest printed numbers whose correction makes all of them hold.
 * Failing identities that share no number are independent mistakes and are solved apart; within a
 * group, corrections of 1, then 2, then 3 numbers are tried, and all of the smallest size that work
 * are returned (several: a tie). A row printed as zeros is one mistake, tried after single numbers.
 */

export interface Solution {
  /** the numbers to correct and their corrected values */
  corrections: Array<{
    variable: Variable;
    value?: Dec;
    /** a cell of a row printed as zeros */
    zeroRow?: boolean;
    /** a percent recomputed from a corrected amount: follows from the correction, not another mistake */
    derived?: boolean;
  }>;
  /** the corrections that make it up, each one mistake (a number, or a row printed as zeros) */
  units: Unit[];
}

export interface Group {
  /** indices (into the input) of the failing identities of this group */
  failing: number[];
  /** the smallest corrections explaining them; more than one is a tie; none: no small correction found */
  solutions: Solution[];
}

export const MAX_NUMBERS = 5;
const MAX_ALTERNATIVES = 8;
/** sets of corrections tried per size and group, at most: a bound on time for a release full of errors */
const ATTEMPTS = 2000;
/** steps of the search for those sets, at most */
const STEPS = 200_000;

function keysOf(id: Identity): string[] {
  return [...new Set(id.terms.map(termKey))];
}

/** Failing identities linked by the numbers they share. */
function groups(failing: readonly number[], keys: readonly string[][]): number[][] {
  const parent = new Map<number, number>(failing.map((i) => [i, i]));
  const find = (i: number): number => {
    let r = i;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  const owner = new Map<string, number>();
  for (const i of failing)
    for (const k of keys[i]!) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else parent.set(find(i), find(o));
    }
  const out = new Map<number, number[]>();
  for (const i of failing) {
    const r = find(i);
    pushTo(out, r, i);
  }
  return [...out.values()];
}

/** What one correction changes: a single number, or a whole row printed as zeros. */
export interface Unit {
  keys: string[];
  zeroRow: boolean;
}

/**
 * Sets of exactly `size` units that touch every failing identity of the group. Branches on the
 * uncovered identity with the fewest units that could fix it (a narrative figure against one cell
 * has two), so that a group of several independent mistakes is searched in few steps.
 */
function hittingSets(
  failing: readonly number[],
  keys: readonly string[][],
  units: readonly Unit[],
  size: number,
  paddable?: readonly number[],
): Unit[][] {
  const touching = new Map<number, number[]>(
    failing.map((i) => [i, units.flatMap((u, j) => (u.keys.some((k) => keys[i]!.includes(k)) ? [j] : []))]),
  );
  const found = new Map<string, number[]>();
  let steps = 0;
  const walk = (chosen: number[], padFrom = 0) => {
    if (found.size >= ATTEMPTS || ++steps > STEPS) return;
    let uncovered: number[] | undefined;
    for (const i of failing) {
      const t = touching.get(i)!;
      if (t.some((j) => chosen.includes(j))) continue;
      if (!uncovered || t.length < uncovered.length) uncovered = t;
    }
    if (uncovered === undefined) {
      if (chosen.length === size) {
        const sorted = [...chosen].sort((x, y) => x - y);
        found.set(sorted.join(','), sorted);
        return;
      }
      // Every failing identity is touched, and yet one more number may be needed: a misprinted
      // amount whose percent was computed before the misprint (the percent is then a second
      // mistake, in a ratio the amount already touches). Padded sets come from a second call,
      // after the minimal ones, and pad with those percents only, in order.
      if (!paddable) return;
      for (const j of paddable) if (j >= padFrom && !chosen.includes(j)) walk([...chosen, j], j + 1);
      return;
    }
    if (chosen.length === size) return;
    for (const j of uncovered) if (!chosen.includes(j)) walk([...chosen, j]);
  };
  walk([]);
  return [...found.values()].map((set) => set.map((j) => units[j]!));
}

function isZero(v: string): boolean {
  return /^-?0+(\.0+)?$/.test(v);
}

function computed(t: IdentityTerm): boolean {
  return t.location.value === undefined && !t.absent && !isZero(t.value);
}

function rowOf(t: IdentityTerm): string | undefined {
  return t.location.table && t.location.column ? `${t.location.table}|${t.location.line}` : undefined;
}

export function solve(identities: readonly Identity[]): Group[] {
  const keys = identities.map(keysOf);
  const variables = new Map<string, Variable>();
  const involving = new Map<string, number[]>();
  const rowCells = new Map<string, Set<string>>();
  identities.forEach((id, i) => {
    for (const t of id.terms) {
      const k = termKey(t);
      if (!variables.has(k)) variables.set(k, { key: k, term: t });
      const row = rowOf(t);
      if (row) rowCells.set(row, (rowCells.get(row) ?? new Set()).add(k));
    }
    for (const k of keys[i]!) pushTo(involving, k, i);
  });
  const failing = identities.flatMap((id, i) => (holds(id) ? [] : [i]));

  const unitsOf = (group: readonly number[]): Unit[] => {
    const inGroup = [...new Set(group.flatMap((i) => keys[i]!))];
    // a subtotal printed blank stands for the sum of its parts: not a printed number, nothing to correct
    const singles = inGroup.filter((k) => !computed(variables.get(k)!.term)).map((k) => ({ keys: [k], zeroRow: false }));
    const rows = new Map<string, string[]>();
    for (const k of inGroup) {
      const row = rowOf(variables.get(k)!.term);
      if (row) pushTo(rows, row, k);
    }
    const zero = [...rows.entries()]
      .filter(([row, ks]) => ks.length >= 2 && [...rowCells.get(row)!].every((k) => isZero(variables.get(k)!.term.value)))
      .map(([row]) => ({ keys: [...rowCells.get(row)!], zeroRow: true }));
    return [...singles, ...zero];
  };

  const oneSided = (i: number) => identities[i]!.relation === 'atMost';
  let relaxed = false;

  const attempt = (set: readonly Unit[], group: readonly number[]): Solution | undefined => {
    const freed = new Set(set.filter((u) => u.zeroRow).flatMap((u) => u.keys));
    const singles = set.filter((u) => !u.zeroRow).map((u) => u.keys[0]!);
    if (singles.some((k) => freed.has(k))) return undefined;
    const vars = singles.map((k) => variables.get(k)!);
    // a row printed as zeros may take whatever its failing sums need: identities through it are not binding
    const binding = (k: string) => (involving.get(k) ?? []).filter((i) => !keys[i]!.some((x) => freed.has(x)) && !(relaxed && oneSided(i)));
    const values = new Map<string, Dec>();
    const derived = new Map<string, { term: IdentityTerm; value: Dec }>();
    // numbers that share no identity are corrected apart (a small elimination each)
    for (const cluster of clusters(singles, binding)) {
      const involved = [...new Set(cluster.flatMap(binding))].map((i) => identities[i]!);
      const found = correctWithDerived(cluster.map((k) => variables.get(k)!), involved);
      if (!found) return undefined;
      for (const [k, v] of found.values) values.set(k, v);
      for (const [k, v] of found.derived) derived.set(k, v);
    }
    // The row printed as zeros takes the sums of the rows beneath it (with the corrections made);
    // every identity through it must then hold: it cannot absorb a mistake elsewhere.
    const rowValues = new Map<string, Dec>();
    for (const k of freed) {
      const v = rowValue(variables.get(k)!, (involving.get(k) ?? []).map((i) => identities[i]!), freed, values);
      if (v) rowValues.set(k, v);
    }
    const all = new Map([...values, ...rowValues]);
    for (const i of new Set([...freed].flatMap((k) => involving.get(k) ?? []))) {
      if (relaxed && oneSided(i)) continue;
      const id = identities[i]!;
      if (id.terms.some((t) => freed.has(termKey(t)) && !rowValues.has(termKey(t)))) continue;
      if (!holds(id, all)) return undefined;
    }
    return {
      corrections: [
        ...vars.map((v) => ({ variable: v, value: values.get(v.key)! })),
        ...[...freed].map((k) => ({ variable: variables.get(k)!, value: rowValues.get(k), zeroRow: true })),
        ...[...derived].map(([k, d]) => ({ variable: { key: k, term: d.term }, value: d.value, derived: true })),
      ],
      units: [...set],
    };
  };

  const search = (group: readonly number[]): Solution[] => {
    const units = unitsOf(group);
    // the percents and rates of the group's failing ratios: a second mistake a set may need
    const ratioKeys = new Set(
      group.flatMap((i) => identities[i]!.terms.filter((t) => t.role === 'percent' || t.role === 'rate').map(termKey)),
    );
    const paddable = units.flatMap((u, j) => (!u.zeroRow && ratioKeys.has(u.keys[0]!) ? [j] : []));
    const setKey = (set: readonly Unit[]) => set.map((u) => u.keys.join('+')).sort().join(',');
    for (let size = 1; size <= MAX_NUMBERS; size++) {
      const minimal = hittingSets(group, keys, units, size);
      const seen = new Set(minimal.map(setKey));
      const padded = size > 1 && paddable.length > 0 ? hittingSets(group, keys, units, size, paddable).filter((set) => !seen.has(setKey(set))) : [];
      const tried = new Set([...seen, ...padded.map(setKey)]);
      // A set that touches every failing identity may still not be correctable: a number it corrects
      // is in a sum it cannot satisfy alone (a department row printed wrong, beside an item row that
      // lacks an amount in two columns: the item's cell in the department's sum must change too).
      // A mistake in a row shows in its columns, so such a set is padded with a number of a row it
      // corrects; these come last, only when nothing smaller works.
      const widened = () => {
        if (size < 2) return [];
        const out = new Map<string, Unit[]>();
        for (const set of hittingSets(group, keys, units, size - 1)) {
          if (set.some((u) => u.zeroRow)) continue;
          const rows = new Set(set.flatMap((u) => u.keys.flatMap((k) => rowOf(variables.get(k)!.term) ?? [])));
          for (const u of units) {
            const row = rowOf(variables.get(u.keys[0]!)!.term);
            if (u.zeroRow || set.includes(u) || row === undefined || !rows.has(row)) continue;
            const widenedSet = [...set, u];
            const k = setKey(widenedSet);
            if (!tried.has(k) && out.size < ATTEMPTS) out.set(k, widenedSet);
          }
        }
        return [...out.values()];
      };
      for (const candidates of [() => [...minimal, ...padded], widened]) {
        const sets = candidates();
        // a single number is a smaller mistake than a whole row: rows only when no numbers do
        for (const withRows of [false, true]) {
          const solutions = sets
            .filter((set) => set.some((u) => u.zeroRow) === withRows)
            .map((set) => attempt(set, group))
            .filter((x): x is Solution => x !== undefined);
          if (solutions.length > 0) return solutions.slice(0, MAX_ALTERNATIVES);
        }
      }
    }
    return [];
  };

  // A failing "parts within their whole" binds every part of a breakdown and its whole: beside a
  // second mistake in the same breakdown (a whole printed wrong, a class that does not belong in it)
  // no small correction satisfies it, and the group's plain misprint goes unnamed. Such a group is
  // solved again with those identities neither grouping nor binding; each then goes with the group
  // whose corrections make it hold, or stays unexplained.
  const unlinked = (g: Group): Group[] => {
    if (g.solutions.length > 0 || !g.failing.some(oneSided)) return [g];
    relaxed = true;
    const parts: Group[] = groups(g.failing.filter((i) => !oneSided(i)), keys).map((f) => ({ failing: f, solutions: search(f) }));
    relaxed = false;
    const loose: number[] = [];
    for (const i of g.failing.filter(oneSided)) {
      const valuesOf = (s: Solution) => new Map(s.corrections.flatMap((c) => (c.value ? [[c.variable.key, c.value] as const] : [])));
      const part = parts.find((p) => p.solutions.length > 0 && p.solutions.every((s) => holds(identities[i]!, valuesOf(s))));
      if (part) part.failing.push(i);
      else loose.push(i);
    }
    return loose.length > 0 ? [...parts, { failing: loose, solutions: [] }] : parts;
  };
  const solved = groups(failing, keys)
    .map((g) => ({ failing: g, solutions: search(g) }))
    .flatMap(unlinked);
  const done = solved.filter((g) => g.solutions.length > 0);
  const unsolved = solved.filter((g) => g.solutions.length === 0);
  // Failing sums that share no number may still share a row: a row left unprinted breaks every
  // column it is in. The groups nothing explained are joined by their rows and tried again.
  const rowKeys = identities.map((id, i) => [...keys[i]!, ...id.terms.flatMap((t) => (rowOf(t) ? [`row ${rowOf(t)}`] : []))]);
  const rejoined = groups(unsolved.flatMap((g) => g.failing), rowKeys).map((g): Group => {
    const same = unsolved.some((u) => u.failing.length === g.length && u.failing.every((i) => g.includes(i)));
    return { failing: g, solutions: same ? [] : search(g) };
  });
  return [...done, ...rejoined]
    .flatMap((g) => commonOfTie(g, keys))
    .flatMap((g) => split(g, keys))
    .sort((x, y) => Math.min(...x.failing) - Math.min(...y.failing));
}

/**
 * A number every alternative of a tie corrects, to the same value, is no part of the tie: it is
 * wrong whichever the rest is. It becomes a diagnosis of its own, explaining the failing identities
 * it is in; the alternatives left, for the identities it is not in, stay a tie.
 */
function commonOfTie(g: Group, keys: readonly string[][]): Group[] {
  if (g.solutions.length < 2) return [g];
  const id = (c: Solution['corrections'][number]) => `${c.variable.key}=${c.value?.toFixed() ?? ''}`;
  const [first, ...rest] = g.solutions;
  const common = first!.units.filter(
    (u) =>
      !u.zeroRow &&
      rest.every((s) => s.units.some((v) => !v.zeroRow && v.keys[0] === u.keys[0])) &&
      g.solutions.every((s) => {
        const c = s.corrections.find((x) => x.variable.key === u.keys[0] && !x.derived);
        const f = first!.corrections.find((x) => x.variable.key === u.keys[0] && !x.derived);
        return c && f && id(c) === id(f);
      }),
  );
  if (common.length === 0) return [g];
  const commonKeys = new Set(common.map((u) => u.keys[0]!));
  // each alternative must have more to it than the common numbers, or it is no tie at all
  if (g.solutions.some((s) => s.units.every((u) => !u.zeroRow && commonKeys.has(u.keys[0]!)))) return [g];
  const mine = g.failing.filter((i) => keys[i]!.some((k) => commonKeys.has(k)));
  const others = g.failing.filter((i) => !mine.includes(i));
  if (others.length === 0) return [g];
  const certain: Group = {
    failing: mine,
    solutions: [{ corrections: first!.corrections.filter((c) => commonKeys.has(c.variable.key) && !c.derived), units: common }],
  };
  const remainder: Group = {
    failing: others,
    solutions: g.solutions.map((s) => ({
      corrections: s.corrections.filter((c) => !commonKeys.has(c.variable.key)),
      units: s.units.filter((u) => u.zeroRow || !commonKeys.has(u.keys[0]!)),
    })),
  };
  return [certain, remainder];
}

/**
 * One correction of several mistakes that touch disjoint failing identities is several diagnoses:
 * a narrative figure and a table row that merely share a correct total are two findings, not one.
 * A tie stays whole: which mistakes it is made of is what cannot be told.
 */
function split(g: Group, keys: readonly string[][]): Group[] {
  if (g.solutions.length !== 1 || g.solutions[0]!.units.length < 2) return [g];
  const s = g.solutions[0]!;
  const parts: Array<{ units: Unit[]; failing: Set<number> }> = [];
  for (const u of s.units) {
    const touched = new Set(g.failing.filter((i) => u.keys.some((k) => keys[i]!.includes(k))));
    const linked = parts.filter((p) => [...touched].some((i) => p.failing.has(i)));
    for (const p of linked) parts.splice(parts.indexOf(p), 1);
    parts.push({ units: [u, ...linked.flatMap((p) => p.units)], failing: new Set([...touched, ...linked.flatMap((p) => [...p.failing])]) });
  }
  if (parts.length < 2) return [g];
  return parts.map((p) => {
    const own = new Set(p.units.flatMap((u) => u.keys));
    return {
      failing: g.failing.filter((i) => p.failing.has(i)),
      solutions: [{ corrections: s.corrections.filter((c) => own.has(c.variable.key)), units: p.units }],
    };
  });
}

/** Numbers linked by the identities they are in, transitively among themselves. */
function clusters(keys: readonly string[], identitiesOf: (k: string) => number[]): string[][] {
  const out: Array<{ keys: string[]; ids: Set<number> }> = [];
  for (const k of keys) {
    const ids = new Set(identitiesOf(k));
    const linked = out.filter((c) => [...ids].some((i) => c.ids.has(i)));
    const merged = { keys: [k, ...linked.flatMap((c) => c.keys)], ids: new Set([...ids, ...linked.flatMap((c) => [...c.ids])]) };
    for (const c of linked) out.splice(out.indexOf(c), 1);
    out.push(merged);
  }
  return out.map((c) => c.keys);
}

/**
 * The value a cell of a row printed as zeros should have: the sum of the rows beneath it (an identity
 * where it is the total and the only cell of its row), the other figures as corrected.
 */
function rowValue(cell: Variable, ids: readonly Identity[], row: ReadonlySet<string>, values: ReadonlyMap<string, Dec>): Dec | undefined {
  const ordered = [...ids].sort((a, b) => Number(totalIn(b, cell.key)) - Number(totalIn(a, cell.key)));
  for (const id of ordered) {
    if (id.relation !== 'sum' && id.relation !== 'same') continue;
    const mine = id.terms.filter((t) => row.has(termKey(t)));
    if (mine.length !== 1 || termKey(mine[0]!) !== cell.key) continue;
    return correct([cell], [withValues(id, values)])?.get(cell.key);
  }
  return undefined;
}

function totalIn(id: Identity, key: string): boolean {
  return id.terms.some((t) => termKey(t) === key && (t.coefficient ?? '1') === '1');
}

function withValues(id: Identity, values: ReadonlyMap<string, Dec>): Identity {
  return { ...id, terms: id.terms.map((t) => (values.has(termKey(t)) ? { ...t, value: values.get(termKey(t))!.toFixed(t.decimals) } : t)) };
}
