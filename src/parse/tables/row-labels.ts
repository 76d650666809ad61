import type { Row, RowRole, TableKind } from '../../model/table.js';
import { economicCodeOf, functionCodeOf, orgCodeRole, projectCodeOf } from './codes.js';
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

const ROW_LAYOUT: Record<'function-3' | 'economic-2', (cells: readonly string[]) => RowHead> = {
  'function-3': function3Head,
  'economic-2': economic2Head,
};

/** The row's label cells, read in the layout the template gives the kind (else the Henan one). */
export function rowHead(kind: TableKind, cells: readonly string[], layout?: 'function-3' | 'economic-2'): RowHead {
  return (layout ? ROW_LAYOUT[layout] : (ROW_HEAD[kind] ?? genericHead))(cells);
}
