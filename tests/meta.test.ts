import { HENAN_TEMPLATE } from '../src/template/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeta, parseToc } from '../src/parse/meta.js';
import { Meta, Toc } from '../src/model/release.js';

const load = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split(/\r\n|\r|\n/);

const SEEDS = {
  s000: load('000_52f5b89fd5e0ecf0.txt'),
  s001: load('001_d3fb4ee6849ee809.txt'),
  s002: load('002_d924ceb559bc64c1.txt'),
  s003: load('003_5c2b6dad15e272f5.txt'),
  s004: load('004_089b4ec93cddaf3a.txt'),
};

const TABLE_KINDS_IN_ORDER = [
  'income-expenditure-summary', 'income', 'expenditure', 'fiscal-summary', 'general-budget-expenditure',
  'general-budget-basic', 'economic-summary', 'three-public', 'gov-fund-expenditure', 'project-expenditure',
  'performance-overall', 'performance-projects',
];
const TABLE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

describe('parseMeta', () => {
  it('000: cover lines 3–7 name the year, the department, the kind and the month', () => {
    const meta = parseMeta(SEEDS.s000);
    expect(Meta.parse(meta)).toEqual(meta);
    expect(meta).toEqual({
      cover: true,
      year: { value: 2026, line: 3 }, // 2026年度
      department: { line: 4, text: '中国共产党新乡市红旗区委员会办公室' },
      kind: { value: '部门预算', line: 5 },
      releaseMonth: { line: 7, text: '二〇二六年四月' },
      region: { line: 4, text: '新乡市红旗区' },
    });
  });

  it('001: a bureau whose name starts with its region', () => {
    const meta = parseMeta(SEEDS.s001);
    expect(meta.department).toEqual({ line: 4, text: '新乡市红旗区行政审批和政务信息管理局' });
    expect(meta.region?.text).toBe('新乡市红旗区');
    expect(meta.year).toEqual({ value: 2026, line: 3 });
    expect(meta.releaseMonth?.text).toBe('二〇二六年四月');
  });

  it('002: no cover; name and year come from the narrative title printed over lines 81 and 83', () => {
    const meta = parseMeta(SEEDS.s002);
    expect(meta.cover).toBe(false);
    expect(meta.department).toEqual({ line: 81, text: '中共新乡市红旗区委区直机关工作委员会' });
    expect(meta.year).toEqual({ value: 2024, line: 83 }); // 2024 年度部门预算情况说明
    expect(meta.kind).toEqual({ value: '部门预算', line: 83 });
    expect(meta.region?.text).toBe('新乡市红旗区');
    expect(meta.releaseMonth).toBeUndefined();
  });

  it('003: `2024 年度部门预算` on one line, another district', () => {
    const meta = parseMeta(SEEDS.s003);
    expect(meta.cover).toBe(true);
    expect(meta.department).toEqual({ line: 3, text: '中共新乡市凤泉区委员会办公室' });
    expect(meta.year).toEqual({ value: 2024, line: 5 });
    expect(meta.kind).toEqual({ value: '部门预算', line: 5 });
    expect(meta.releaseMonth).toEqual({ line: 7, text: '二〇二四年三月' });
    expect(meta.region?.text).toBe('新乡市凤泉区');
  });

  it('004: markdown cover; the （汇总） qualifier is not part of the name', () => {
    const meta = parseMeta(SEEDS.s004);
    expect(meta.department).toEqual({ line: 3, text: '新乡市红旗区人民政府办公室' }); // # 新乡市红旗区人民政府办公室（汇总）
    expect(meta.year).toEqual({ value: 2022, line: 5 }); // ## 2022 年度部门预算
    expect(meta.releaseMonth).toEqual({ line: 7, text: '二〇二二年五月' });
    expect(meta.region?.text).toBe('新乡市红旗区');
  });

  it('falls back to 部门名称： on a table when neither cover nor narrative title is there', () => {
    const meta = parseMeta(['', '附件', '2026 年部门收支总体情况表', '部门名称：新乡市卫东区教育局 单位：万元']);
    expect(meta.cover).toBe(false);
    expect(meta.department).toEqual({ line: 4, text: '新乡市卫东区教育局' });
    expect(meta.region?.text).toBe('新乡市卫东区');
  });
});

describe('parseToc', () => {
  it('000: three parts on lines 11/16/18 and twelve tables on lines 22–33', () => {
    const toc = parseToc(SEEDS.s000, HENAN_TEMPLATE)!;
    expect(Toc.parse(toc)).toEqual(toc);
    expect(toc.line).toBe(9);
    const parts = toc.entries.filter((e) => e.part);
    expect(parts.map((e) => [e.part, e.line])).toEqual([[1, 11], [2, 16], [3, 18]]);
    expect(parts[1]?.title).toBe('中国共产党新乡市红旗区委员会办公室2026年部门预算情况说明');
    const tables = toc.entries.filter((e) => e.tableKind);
    expect(tables.map((e) => e.tableKind)).toEqual(TABLE_KINDS_IN_ORDER);
    expect(tables.map((e) => e.ordinal)).toEqual(TABLE_ORDINALS);
    expect(tables.map((e) => e.line)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]);
    expect(tables[7]?.title).toBe('一般公共预算“三公”经费支出情况表');
    // part one's two sub-items (lines 13, 14) name no table
    expect(toc.entries.filter((e) => !e.part && !e.tableKind).map((e) => e.line)).toEqual([13, 14]);
  });

  it('001: the same template', () => {
    const toc = parseToc(SEEDS.s001, HENAN_TEMPLATE)!;
    expect(toc.entries.filter((e) => e.tableKind).length).toBe(12);
    expect(toc.entries.find((e) => e.part === 2)?.line).toBe(16);
  });

  it('002 has no table of contents', () => {
    expect(parseToc(SEEDS.s002, HENAN_TEMPLATE)).toBeUndefined();
  });

  it('003: regional names (部门收支预算表 …) are matched by meaning; lines 23–45 every other line', () => {
    const toc = parseToc(SEEDS.s003, HENAN_TEMPLATE)!;
    const tables = toc.entries.filter((e) => e.tableKind);
    expect(tables.map((e) => e.tableKind)).toEqual(TABLE_KINDS_IN_ORDER);
    expect(tables[0]).toMatchObject({ ordinal: '一', title: '部门收支预算表', line: 23 });
    expect(tables[10]).toMatchObject({ ordinal: '十一', title: '本级部门（单位）整体绩效目标表', line: 43 });
    // line 17 spaces words out: `办公室 2024 年 部门预算情况说明`
    expect(toc.entries.find((e) => e.part === 2)?.title).toBe('中共新乡市凤泉区委员会办公室2024年部门预算情况说明');
  });

  it('004: markdown parts and year-prefixed table titles', () => {
    const toc = parseToc(SEEDS.s004, HENAN_TEMPLATE)!;
    expect(toc.line).toBe(9); // # 目 录
    expect(toc.entries.filter((e) => e.part).map((e) => e.line)).toEqual([11, 17, 19]);
    const tables = toc.entries.filter((e) => e.tableKind);
    expect(tables.map((e) => e.tableKind)).toEqual(TABLE_KINDS_IN_ORDER);
    expect(tables[0]).toMatchObject({ ordinal: '一', title: '2022年部门收支预算表', line: 23 });
    expect(tables[11]).toMatchObject({ ordinal: '十二', line: 45 });
  });
});
