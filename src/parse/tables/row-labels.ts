import type { Row, RowRole, TableKind } from '../../model/table.js';
import { economicCodeOf, functionCodeOf, orgCodeRole, projectCodeOf } from './codes.js';
import { economicCodeOfName } from '../../model/economic-classes.js';
import { classOfSummaryLabel } from '../../model/function-classes.js';
import { cleanLabel, compact } from './text.js';

/** What the label cells of a grid row say: everything of a Row but its cells and line. */
export type RowHead = Omit<Row, 'cells' | 'line' | 'endLine' | 'ofWhich'> & { ofWhich?: boolean };

const TOTAL_LABEL_RE = /^(合计|总计|本年收入合计|本年支出合计|收入合计|支出合计|收入总计|支出总计)[:：]?$/;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL_RE.test(compact(label));
}

function labelOf(cells: readonly string[]): string {
  return cleanLabel(cells.find((c) => c.trim() !== '') ?? '');
}

function withOrg(head: RowHead, code: string): RowHead {
  const role = orgCodeRole(code);
  return role ? { ...head, orgCode: code, role } : head;
}

/** 02: 代码, 名称 */
function incomeHead(c: readonly string[]): RowHead {
  const code = compact(c[0] ?? '');
  const label = cleanLabel(c[1] ?? '') || labelOf(c);
  if (isTotalLabel(label) || isTotalLabel(code)) return { role: 'total', label: label || code };
  return withOrg({ role: 'item', label }, code);
}

/** 03, 05, 09: 类, 款, 项, 部门代码, 名称 */
function functionHead(c: readonly string[]): RowHead {
  const label = cleanLabel(c[4] ?? '') || labelOf(c);
  if (c.some((x) => isTotalLabel(x))) return { role: 'total', label: cleanLabel(c.find((x) => isTotalLabel(x)) ?? label) };
  const org = compact(c[3] ?? '');
  const fc = functionCodeOf(c.slice(0, 3));
  if (fc) {
    const role: RowRole = fc.xiang ? 'item' : 'subtotal';
    return { role, label, functionCode: fc, ...(org ? { orgCode: org } : {}) };
  }
  if (org) return withOrg({ role: 'other', label }, org);
  return { role: 'other', label };
}

/** 06: 部门经济分类 编码, 名称, 政府经济分类 编码, 名称 */
function basicHead(c: readonly string[]): RowHead {
  if (c.slice(0, 4).some((x) => isTotalLabel(x))) return { role: 'total', label: '合计' };
  const deptName = cleanLabel(c[1] ?? '');
  const govName = cleanLabel(c[3] ?? '');
  const dept = economicCodeOf([c[0] ?? ''], deptName);
  const gov = economicCodeOf([c[2] ?? ''], govName);
  if (!dept && !gov) {
    const code = compact(c[0] ?? '');
    return withOrg({ role: 'other', label: deptName || labelOf(c) }, code);
  }
  return { role: 'item', label: deptName || govName, econ: { ...(dept ? { dept } : {}), ...(gov ? { gov } : {}) } };
}

/** 07: 部门经济分类 类, 款, 名称, 政府经济分类 类, 款, 名称 */
function economicHead(c: readonly string[]): RowHead {
  if (c.slice(0, 6).some((x) => isTotalLabel(x))) return { role: 'total', label: '合计' };
  const deptName = cleanLabel(c[2] ?? '');
  const govName = cleanLabel(c[5] ?? '');
  const govPrinted = compact(c[3] ?? '') !== '' || compact(c[4] ?? '') !== '';
  const kuanPrinted = compact(c[1] ?? '') !== '';
  const code0 = compact(c[0] ?? '');
  // a budget-unit row (`008` with the unit's name) prints neither 款 nor a government class
  if (!govPrinted && !kuanPrinted && orgCodeRole(code0)) return withOrg({ role: 'other', label: deptName }, code0);
  const dept = economicCodeOf([c[0] ?? '', c[1] ?? ''], deptName);
  const gov = economicCodeOf([c[3] ?? '', c[4] ?? ''], govName);
  const role: RowRole = dept && dept.code.length === 3 ? 'subtotal' : 'item';
  return { role, label: deptName || govName, econ: { ...(dept ? { dept } : {}), ...(gov ? { gov } : {}) } };
}

/** 10: 类型, 项目名称 (or 部门代码), 项目单位 (or 部门名称) */
function projectHead(c: readonly string[]): RowHead {
  const c0 = cleanLabel(c[0] ?? '');
  const c1 = cleanLabel(c[1] ?? '');
  const c2 = cleanLabel(c[2] ?? '');
  if ([c0, c1, c2].some((x) => isTotalLabel(x))) return { role: 'total', label: '合计' };
  if (orgCodeRole(compact(c1))) return withOrg({ role: 'other', label: c2 }, compact(c1));
  // 004 line 400: the 合计 line prints its amounts under a blank label
  if (!c0 && !c1 && !c2) return { role: 'total', label: '合计' };
  return { role: 'item', label: c1, project: { ...(c0 ? { type: c0 } : {}), ...(c2 ? { unit: c2 } : {}) } };
}

/** 12: 编码 (unit or project), 名称 */
function performanceProjectHead(c: readonly string[]): RowHead {
  const code = compact(c[0] ?? '');
  const label = cleanLabel(c[1] ?? '');
  if (isTotalLabel(code) || isTotalLabel(label)) return { role: 'total', label: '合计' };
  const project = projectCodeOf(c[0] ?? '');
  if (project) return { role: 'item', label, project: { code: project } };
  return withOrg({ role: 'other', label }, code);
}

/** 08 prints its one line without a label. */
function threePublicHead(): RowHead {
  return { role: 'total', label: '合计' };
}

function genericHead(c: readonly string[]): RowHead {
  const texts = c.map((x) => cleanLabel(x)).filter((x) => x !== '');
  const label = texts[texts.length - 1] ?? '';
  if (texts.some((t) => isTotalLabel(t))) return { role: 'total', label: texts.find((t) => isTotalLabel(t)) ?? label };
  const codes = c.map((x) => compact(x)).filter((x) => /^\d+$/.test(x));
  const fc = codes.length > 0 && codes.length <= 3 ? functionCodeOf(codes) : undefined;
  if (fc) return { role: fc.xiang ? 'item' : 'subtotal', label, functionCode: fc };
  const org = codes.find((x) => orgCodeRole(x));
  return org ? withOrg({ role: 'other', label }, org) : { role: 'item', label };
}

export const ROW_HEAD: Partial<Record<TableKind, (cells: readonly string[]) => RowHead>> = {
  income: incomeHead,
  expenditure: functionHead,
  'general-budget-expenditure': functionHead,
  'gov-fund-expenditure': functionHead,
  'fiscal-expenditure': functionHead,
  'state-capital-expenditure': functionHead,
  'general-budget-basic': basicHead,
  'economic-summary': economicHead,
  'project-expenditure': projectHead,
  'performance-projects': performanceProjectHead,
  'three-public': threePublicHead,
};

interface CodeHit {
  code: string;
  name: string;
}

/** A cell's code and name in any printed form: `[2014001]行政运行`, `2010801-行政运行`, `30101 基本工资`, `201`. */
const CODED_CELL_RE = /^[[［【]?(\d{3,9})[\]］】]?[\s\-—－:：]*([^\s\d\-—－:：].*)?$/;

/** The codes of a row's label cells, wherever they stand; codes split over cells (`201`, `08`, `01`) joined. */
function codesOf(cells: readonly string[]): { hits: CodeHit[]; texts: string[] } {
  const hits: CodeHit[] = [];
  const texts: string[] = [];
  const parts = cells.map((c) => cleanLabel(c)).filter((c) => c !== '');
  for (let i = 0; i < parts.length; i++) {
    const m = CODED_CELL_RE.exec(parts[i]!);
    if (!m) {
      texts.push(parts[i]!);
      // a name printed in the cell after its code
      const last = hits[hits.length - 1];
      if (last && last.name === '' && i > 0 && /^\d+$/.test(compact(parts[i - 1]!))) last.name = parts[i]!;
      continue;
    }
    let code = m[1]!;
    let name = (m[2] ?? '').trim();
    // 类 款 项 printed in three cells: 201 | 08 | 01
    while (name === '' && code.length < 7 && /^\d{2}$/.test(compact(parts[i + 1] ?? ''))) {
      code += compact(parts[i + 1]!);
      i++;
    }
    hits.push({ code, name });
  }
  return { hits, texts };
}

/**
 * Label cells read by their codes rather than their positions: a function code (2xx), a department
 * economic code (3xx), a government economic code (5xx), a budget-unit code, in any order and form.
 */
function codedHead(kind: TableKind, cells: readonly string[], unitRows: boolean): RowHead {
  const labels = cells.map((c) => cleanLabel(c)).filter((c) => c !== '');
  const total = labels.find((x) => isTotalLabel(x));
  if (total) return { role: 'total', label: cleanLabel(total) };
  const { hits, texts } = codesOf(cells);
  const economicKind = kind === 'general-budget-basic' || kind === 'economic-summary';
  const fn = hits.find((h) => /^2\d{2}(\d{2}){0,2}$/.test(h.code) && !economicKind);
  const dept = hits.find((h) => /^3\d{2}(\d{2}){0,2}$/.test(h.code));
  const gov = hits.find((h) => /^5\d{2}(\d{2})?$/.test(h.code));
  const fallbackName = texts[texts.length - 1] ?? '';
  if (fn || dept || gov) {
    const functionCode = fn ? functionCodeOf([fn.code]) : undefined;
    const econ = {
      ...(dept ? { dept: { code: dept.code, name: dept.name || fallbackName } } : {}),
      ...(gov ? { gov: { code: gov.code, name: gov.name || fallbackName } } : {}),
    };
    const label = (dept?.name || fn?.name || gov?.name || fallbackName).trim();
    const detail = functionCode ? functionCode.xiang !== undefined || dept !== undefined : dept ? dept.code.length > 3 : true;
    return {
      role: detail ? 'item' : 'subtotal',
      label,
      ...(functionCode ? { functionCode } : {}),
      ...(dept || gov ? { econ } : {}),
    };
  }
  const org = hits.find((h) => orgCodeRole(h.code));
  if (org) return withOrg({ role: 'other', label: org.name || fallbackName }, org.code);
  const label = labels[labels.length - 1] ?? '';
  // an economic line printed by its name only (Shenzhen 表4): the classification's name gives the code
  const byName = economicKind && hits.length === 0 ? economicCodeOfName(label) : undefined;
  if (byName) return { role: byName.length === 3 ? 'subtotal' : 'item', label, econ: { dept: { code: byName, name: label } } };
  // a function class printed by its name only (Hangzhou): its 款 and 项 names carry no code
  const cls = !economicKind && hits.length === 0 ? classOfSummaryLabel(label) : undefined;
  if (cls) return { role: 'subtotal', label, functionCode: { code: cls, class: cls } };
  if (unitRows && hits.length === 0) return { role: 'unit', label };
  return { role: 'item', label };
}

/** 类, 款, 项, 名称: function codes in three cells, no budget-unit column (Shanghai). */
function function3Head(c: readonly string[]): RowHead {
  if (c.some((x) => isTotalLabel(x))) return { role: 'total', label: cleanLabel(c.find((x) => isTotalLabel(x)) ?? '合计') };
  const label = cleanLabel(c[3] ?? '') || labelOf(c);
  const fc = functionCodeOf(c.slice(0, 3));
  if (fc) return { role: fc.xiang ? 'item' : 'subtotal', label, functionCode: fc };
  return { role: 'other', label };
}

/** 类, 款, 名称: department economic codes in two cells, no government class (Shanghai). */
function economic2Head(c: readonly string[]): RowHead {
  if (c.some((x) => isTotalLabel(x))) return { role: 'total', label: '合计' };
  const name = cleanLabel(c[2] ?? '') || labelOf(c);
  const dept = economicCodeOf([c[0] ?? '', c[1] ?? ''], name);
  if (!dept) return { role: 'other', label: name };
  return { role: dept.code.length === 3 ? 'subtotal' : 'item', label: name, econ: { dept } };
}

/**
 * 大类, then what is bought (专项名称, 经济科目, 品目名称, 组织形式): a category row prints its first cell
 * alone; so does the branch under it naming who buys (the unit), whose amount restates the category's,
 * so it is kept out of the sums (`other`); an item row names what is bought in the cells after.
 */
function categoryTreeHead(c: readonly string[], categories: RegExp): RowHead {
  if (c.some((x) => isTotalLabel(x))) return { role: 'total', label: '合计' };
  const first = cleanLabel(c[0] ?? '');
  const rest = c.slice(1).map((x) => cleanLabel(x)).filter((x) => x !== '');
  if (rest.length === 0) return { role: categories.test(compact(first)) ? 'subtotal' : 'other', label: first };
  return { role: 'item', label: rest.join(' ') };
}

const ROW_LAYOUT: Record<'function-3' | 'economic-2', (cells: readonly string[]) => RowHead> = {
  'function-3': function3Head,
  'economic-2': economic2Head,
};

export type RowLayout = 'function-3' | 'economic-2' | 'category-tree';

export type RowLabels = 'positional' | 'coded';

/**
 * The row's label cells, read in the layout the template gives the kind: by their codes wherever they
 * stand (`coded`), in a fixed layout of its own, else the kind's Henan layout.
 */
export function rowHead(
  kind: TableKind,
  cells: readonly string[],
  layout?: RowLayout,
  labels: RowLabels = 'positional',
  unitRows = false,
  categories?: RegExp,
): RowHead {
  if (labels === 'coded') return codedHead(kind, cells, unitRows);
  if (layout === 'category-tree') return categoryTreeHead(cells, categories ?? /(?!)/);
  return (layout ? ROW_LAYOUT[layout] : (ROW_HEAD[kind] ?? genericHead))(cells);
}
