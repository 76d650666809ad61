import type { EconomicCode, FunctionCode } from '../../model/table.js';
import { compact } from './text.js';

/** 科目编码 printed as `201\t31\t01`, `2013101` or a class alone (`201`). */
export function functionCodeOf(parts: readonly string[]): FunctionCode | undefined {
  const joined = parts.map((p) => compact(p)).join('');
  if (!/^\d{3}(\d{2}){0,2}$/.test(joined)) return undefined;
  const code: FunctionCode = { code: joined, class: joined.slice(0, 3) };
  if (joined.length >= 5) code.kuan = joined.slice(3, 5);
  if (joined.length >= 7) code.xiang = joined.slice(5, 7);
  return code;
}

/** An economic class code: `30101`, or `301` + `01` printed in two cells, or a class alone (`302`). */
export function economicCodeOf(parts: readonly string[], name: string): EconomicCode | undefined {
  const joined = parts.map((p) => compact(p)).join('');
  if (!/^\d{3}(\d{2})?$/.test(joined)) return undefined;
  return { code: joined, name };
}

/** Budget-unit codes: `008` is the department, `008001` one of its units. */
export function orgCodeRole(code: string): 'department' | 'unit' | undefined {
  if (/^\d{3}$/.test(code)) return 'department';
  if (/^\d{6}(\d{3})*$/.test(code)) return 'unit';
  return undefined;
}

/** A project code (20-odd digits), sometimes broken by a space: `41070424000 0000004850`. */
export function projectCodeOf(raw: string): string | undefined {
  const c = compact(raw);
  return /^\d{12,}$/.test(c) ? c : undefined;
}
