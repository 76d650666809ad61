import { rowName, tableName, tablesOf } from '../../src/engine/query.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Release } from '../../src/model/release.js';
import type { TableKind } from '../../src/model/table.js';
import { tablesLacking } from '../skip-reasons.js';

/**
 * Well-known 项 names and the code they must carry. Full 7-digit codes for names tied to one place in
 * the classification; for the generic 项 of almost every 款 (行政运行 …) only the last two digits.
 */
const FULL_CODES: Record<string, string> = {
  机关事业单位基本养老保险缴费支出: '2080505',
  机关事业单位职业年金缴费支出: '2080506',
  行政单位离退休: '2080501',
  事业单位离退休: '2080502',
  行政单位医疗: '2101101',
  事业单位医疗: '2101102',
  公务员医疗补助: '2101103',
  住房公积金: '2210201',
  提租补贴: '2210202',
  购房补贴: '2210203',
};
const XIANG_CODES: Record<string, string> = {
  行政运行: '01',
  一般行政管理事务: '02',
  机关服务: '03',
  事业运行: '50',
};

/** 款 that number a generic 项 otherwise: 21301 农业农村 numbers its 事业运行 04 (2130104), not 50. */
const KUAN_XIANG: Record<string, Record<string, string>> = {
  '21301': { 事业运行: '04' },
};

const KINDS: readonly TableKind[] = ['expenditure', 'general-budget-expenditure', 'gov-fund-expenditure'];

export function expectedCode(name: string): { code: string; part: 'full' | 'xiang' } | undefined {
  const n = name.replace(/[\s\u3000]/g, '');
  if (FULL_CODES[n]) return { code: FULL_CODES[n], part: 'full' };
  if (XIANG_CODES[n]) return { code: XIANG_CODES[n], part: 'xiang' };
  return undefined;
}

export const functionCodeName = defineRule({
  id: 'cross-function-code-name',
  family: 'cross-table',
  severity: 'error',
  title: { zh: '功能分类科目编码与名称相符', en: 'Function codes match their standard names' },
  docs: {
    zh: '支出表（03/05/09）中名称为标准"项"名称的行，其科目编码必须是该名称的编码：行政运行为 xxxxx01，一般行政管理事务 02，机关服务 03，事业运行 50（农业农村 21301 款为 04）；机关事业单位基本养老保险缴费支出 2080505，住房公积金 2210201 等。',
    en: 'In the expenditure tables (03/05/09) a row bearing a standard 项 name must carry its code: 行政运行 ends in 01, 一般行政管理事务 02, 机关服务 03, 事业运行 50 (04 under 21301 农业农村); 机关事业单位基本养老保险缴费支出 is 2080505, 住房公积金 2210201, and so on.',
  },
  messages: {
    mismatch: {
      zh: '{table}：科目 {code} 的名称为"{name}"，而"{name}"的编码应为 {expected}',
      en: '{table}: code {code} is named "{name}", but "{name}" is code {expected}',
    },
  },
  check(model: Release, ctx) {
    const tables = KINDS.flatMap((k) => tablesOf(model, k));
    if (tables.length === 0) return ctx.skip(tablesLacking(model, Object.fromEntries(KINDS.map((k) => [k, null])), 'any'));
    for (const table of tables) {
      for (const row of table.rows) {
        const fc = row.functionCode;
        if (!fc || !fc.xiang) continue;
        const own = KUAN_XIANG[`${fc.class}${fc.kuan ?? ''}`]?.[row.label.replace(/[\s\u3000]/g, '')];
        const exp = own ? { code: own, part: 'xiang' as const } : expectedCode(row.label);
        if (!exp) continue;
        const ok = exp.part === 'full' ? fc.code === exp.code : fc.xiang === exp.code;
        if (ok) continue;
        const expected = exp.part === 'full' ? exp.code : `${fc.class}${fc.kuan ?? '××'}${exp.code}`;
        ctx.report({
          messageId: 'mismatch',
          data: { table: tableName(table, ctx.lang), code: fc.code, name: row.label.trim(), expected },
          locations: [{ line: row.line, table: tableName(table, ctx.lang), row: rowName(row), value: fc.code }],
        });
      }
    }
  },
});
