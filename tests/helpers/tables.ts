import { runRules, type RunResult } from '../../src/engine/runner.js';
import type { Lang, Rule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { Cell, Row, RowRole, Table, TableKind, TableStatus } from '../../src/model/table.js';
import { HENAN_NUMBER } from '../../src/parse/tables/kinds.js';

/**
 * A builder for hand-made models: tables as a rule sees them after parsing, with line numbers laid
 * out in order so that findings can be checked for where they point.
 */
export interface RowSpec {
  label: string;
  role?: RowRole;
  side?: 'income' | 'expenditure';
  ofWhich?: boolean;
  /** 科目编码 (3, 5 or 7 digits) */
  code?: string;
  /** [部门经济分类, 政府经济分类] */
  econ?: [string, string?];
  org?: string;
  classCode?: string;
  /** column key → printed amount; null for a blank cell; omitted columns are blank */
  values?: Record<string, string | null>;
  /** column key → text */
  texts?: Record<string, string>;
  ambiguous?: string[];
}

export interface TableSpec {
  kind: TableKind;
  number?: string;
  status?: TableStatus;
  /** column keys in printed order, or key → printed label */
  columns: string[] | Record<string, string>;
  rows: RowSpec[];
  notes?: string[];
  emptyNote?: string;
}

let nextLine = 100;

function decimalsOf(v: string): number {
  const i = v.indexOf('.');
  return i < 0 ? 0 : v.length - i - 1;
}

function functionCode(code: string) {
  return {
    code,
    class: code.slice(0, 3),
    kuan: code.length >= 5 ? code.slice(3, 5) : undefined,
    xiang: code.length >= 7 ? code.slice(5, 7) : undefined,
  };
}

export function table(spec: TableSpec): Table {
  const titleLine = nextLine;
  let line = titleLine + 4;
  const columns = Array.isArray(spec.columns)
    ? spec.columns.map((key) => ({ key, label: key, path: [key] }))
    : Object.entries(spec.columns).map(([key, label]) => ({ key, label, path: [label] }));
  const rows: Row[] = spec.rows.map((r) => {
    const at = line++;
    const cells: Cell[] = [];
    for (const [column, v] of Object.entries(r.values ?? {})) {
      cells.push({
        column,
        raw: v ?? '',
        status: v === null ? 'empty' : 'value',
        value: v,
        decimals: v === null ? null : decimalsOf(v),
        line: at,
        certainty: r.ambiguous?.includes(column) ? 'ambiguous' : 'certain',
      });
    }
    for (const [column, text] of Object.entries(r.texts ?? {}))
      cells.push({ column, raw: text, status: 'text', value: null, decimals: null, line: at, certainty: 'certain' });
    return {
      line: at,
      role: r.role ?? 'item',
      side: r.side,
      label: r.label,
      ofWhich: r.ofWhich ?? false,
      classCode: r.classCode,
      functionCode: r.code ? functionCode(r.code) : undefined,
      orgCode: r.org,
      econ: r.econ ? { dept: { code: r.econ[0], name: r.label }, gov: r.econ[1] ? { code: r.econ[1], name: '' } : undefined } : undefined,
      cells,
    };
  });
  const notes = (spec.notes ?? []).map((text) => ({ line: line++, text }));
  const emptyNote = spec.emptyNote === undefined ? undefined : { line: line++, text: spec.emptyNote };
  nextLine = line + 5;
  return {
    kind: spec.kind,
    number: spec.number ?? HENAN_NUMBER[spec.kind],
    title: `2026年${spec.kind}`,
    titleLine,
    endLine: line,
    unit: '万元',
    status: spec.status ?? (spec.rows.length ? 'parsed' : 'empty'),
    columns,
    header: [],
    rows,
    notes: emptyNote ? [...notes, emptyNote] : notes,
    emptyNote,
  };
}

export function release(...tables: Table[]): Release {
  return {
    schemaVersion: 1,
    source: { path: 'hand-made.txt', encoding: 'UTF-8', sha256: '0'.repeat(64), bytes: 0, lines: nextLine },
    meta: { cover: true, department: { line: 1, text: '测试部门' }, year: { value: 2026, line: 1 } },
    tables,
    narrative: { sections: [], claims: [] },
    coverage: { tables: [], missingTables: [], illegible: [], unclaimedSentences: [], unresolvedClaims: [] },
  };
}

export function run(rule: Rule, model: Release, lang: Lang = 'zh'): RunResult {
  return runRules(model, [], [rule], { lang });
}

/** The 03/05 column layout of the Henan template. */
export const EXPENDITURE_COLUMNS = [
  'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project', 'project.operating',
  'project.specific',
];

/** A 03/05-shaped row from the nine printed amounts, blanks as ''. */
export function expenditureValues(...v: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  EXPENDITURE_COLUMNS.forEach((k, i) => {
    const x = v[i];
    if (x !== undefined && x !== '') out[k] = x;
  });
  return out;
}
