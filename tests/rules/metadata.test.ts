import { describe, expect, it } from 'vitest';
import { model, only, run, textLines } from '../helpers/narrative.js';
import { metadataYear } from '../../rules/metadata/year.js';
import { metadataDepartment } from '../../rules/metadata/department.js';
import { metadataToc } from '../../rules/metadata/toc.js';
import { metadataKind } from '../../rules/metadata/kind.js';
import { Finding } from '../../src/model/report.js';
import { Release } from '../../src/model/release.js';

const DEPT = '中国共产党新乡市红旗区委员会办公室';

describe('metadata-year', () => {
  it('only title years and X年部门预算 phrases count: amounts, document numbers and deadlines do not', () => {
    const m = model();
    m.meta = { cover: true, year: { value: 2026, line: 3 } };
    m.table('income-expenditure-summary', 187, [], { year: 2026, title: '2026年部门收支总体情况表' });
    const lines = textLines({
      3: '2026年度',
      63: `${DEPT}2026年部门预算情况说明`,
      100: '收入总计2083.68万元',
      101: '豫财预【2017】12号',
      102: '于2024年12月31日前完成',
    });
    expect(run(metadataYear, m.build(), lines).findings).toEqual([]);
  });

  it('a table title and a heading of another year are warnings with both locations', () => {
    const m = model();
    m.meta = { cover: true, year: { value: 2026, line: 3 } };
    m.table('three-public', 415, [], { year: 2025, title: '2025年一般公共预算“三公”经费支出情况表' });
    const lines = textLines({ 63: `${DEPT}2025 年部门预算情况说明` });
    const r = run(metadataYear, m.build(), lines);
    expect(r.findings).toHaveLength(2);
    const [heading, table] = r.findings;
    expect(heading?.severity).toBe('warning');
    expect(heading?.locations.map((l) => l.line)).toEqual([63, 3]);
    expect(heading?.actual).toBe('2025');
    expect(heading?.expected).toBe('2026');
    expect(table?.locations[0]).toMatchObject({ line: 415, table: '"三公"经费支出情况表 (08)' });
  });
});

describe('metadata-department', () => {
  it('000 line 462: 11 prints 中国共产党新乡红旗区委员会办公室 (lacks 市): one warning', () => {
    const m = model();
    m.meta = { cover: true, department: { line: 4, text: DEPT } };
    m.table('income-expenditure-summary', 187, [], { department: { line: 189, text: DEPT } });
    m.table('performance-overall', 458, [], { department: { line: 462, text: '中国共产党新乡红旗区委员会办公室' } });
    const f = only(run(metadataDepartment, m.build()));
    expect(f.severity).toBe('warning');
    expect(f.locations.map((l) => l.line)).toEqual([462, 4]);
    expect(f.message).toContain('中国共产党新乡红旗区委员会办公室');
  });

  it('中共 for 中国共产党, （本级） and a budget unit’s own name are not drifts', () => {
    const m = model();
    m.meta = { cover: true, department: { line: 4, text: DEPT } };
    m.table('income', 231, [{ label: '新乡市红旗区党务服务中心', line: 240, role: 'unit', cells: { total: '173.96' } }], {
      department: { line: 233, text: '中共新乡市红旗区委员会办公室（本级）' },
    });
    m.table('project-expenditure', 442, [], { department: { line: 444, text: '新乡市红旗区党务服务中心' } });
    expect(run(metadataDepartment, m.build()).findings).toEqual([]);
  });

  it('002: ten tables print 部门名称：本级 — one warning listing them all', () => {
    const m = model();
    m.meta = { cover: false, department: { line: 81, text: '中共新乡市红旗区委区直机关工作委员会' } };
    m.table('income-expenditure-summary', 323, [], { department: { line: 324, text: '本级' } });
    m.table('income', 398, [], { department: { line: 399, text: '本级' } });
    const f = only(run(metadataDepartment, m.build()));
    expect(f.message).toContain('2张表');
    expect(f.locations.map((l) => l.line)).toEqual([324, 399, 81]);
  });
});

describe('metadata-toc', () => {
  it('003: 02 absent and 07 illegible are warnings; （单位） vs (单位) and a dropped 部门 are not renames', () => {
    const m = model();
    m.toc = {
      line: 19,
      entries: [
        { title: '二、部门收入预算表', line: 25, tableKind: 'income' },
        { title: '七、支出经济分类汇总表', line: 35, tableKind: 'economic-summary' },
        { title: '一、部门收支预算表', line: 23, tableKind: 'income-expenditure-summary' },
        { title: '十一、本级部门（单位）整体绩效目标表', line: 43, tableKind: 'performance-overall' },
      ],
    };
    m.coverage.missingTables = [{ kind: 'economic-summary', tocTitle: '七、支出经济分类汇总表', tocLine: 35, reason: 'illegible', line: 350 }];
    m.table('income-expenditure-summary', 176, [], { title: '2024 年收支预算表' });
    m.table('performance-overall', 380, [], { title: '本级部门(单位)整体绩效目标表' });
    const r = run(metadataToc, m.build());
    expect(r.findings.map((f) => [f.severity, f.locations.map((l) => l.line)])).toEqual([
      ['warning', [25]],
      ['warning', [35, 350]],
    ]);
    expect(r.findings[1]?.message).toContain('不可辨认');
  });

  it('a renamed table is a warning', () => {
    const m = model();
    m.toc = { line: 19, entries: [{ title: '八、一般公共预算“三公”经费支出情况表', line: 37, tableKind: 'three-public' }] };
    m.table('three-public', 352, [], { title: '2024 年“三公”经费预算表' });
    const f = only(run(metadataToc, m.build()));
    expect(f.severity).toBe('warning');
    expect(f.locations.map((l) => l.line)).toEqual([37, 352]);
  });
});

describe('metadata-kind', () => {
  it('“2024年单位预算” inside a 部门预算 is a warning; 所属单位预算 is not', () => {
    const m = model();
    m.meta = { cover: true, kind: { value: '部门预算', line: 5 } };
    const lines = textLines({ 5: '部门预算', 58: '本部门预算包括本级预算和所属单位预算。', 63: 'X局2024年单位预算情况说明' });
    const f = only(run(metadataKind, m.build(), lines));
    expect(f.severity).toBe('warning');
    expect(f.locations.map((l) => l.line)).toEqual([63, 5]);
    expect(f.message).toBe('本文件为部门预算，第63行却写作“2024年单位预算”');
    // words, not amounts: the finding fits the report's schema (expected/actual are decimals)
    expect(f.expected).toBeUndefined();
    expect(f.actual).toBeUndefined();
    expect(Finding.parse(f)).toEqual(f);
  });

  it('the reverse: a 单位预算 (Fujian 仓山) whose table title says “2026年度部门预算表” is a warning', () => {
    const m = model();
    m.meta = { cover: true, kind: { value: '单位预算', line: 5 } };
    const right = textLines({ 5: '单位预算', 8: '第二部分 2026 年度单位预算表', 57: '二、单位预算单位构成' });
    expect(run(metadataKind, m.build(), right).findings).toEqual([]);
    const wrong = textLines({ 5: '单位预算', 8: '第二部分 2026 年度部门预算表' });
    const f = only(run(metadataKind, m.build(), wrong));
    expect(f.locations.map((l) => l.line)).toEqual([8, 5]);
    expect(f.message).toBe('本文件为单位预算，第8行却写作“2026年度部门预算”');
  });

  it('a template’s own kind phrase: Shanghai’s `2025年区级单位预算` in a 部门预算 is read with its level word', () => {
    const lines = textLines({ 1: '上海市普陀区2025年区级部门预算', 40: '2025年区级单位预算表' });
    const henan = model();
    henan.meta = { cover: true, kind: { value: '部门预算', line: 1 } };
    // Henan's phrase has no level word: the line is no kind phrase there
    expect(run(metadataKind, henan.build(), lines).findings).toEqual([]);
    const shanghai = { ...henan.build(), template: { id: 'shanghai', name: { zh: '上海', en: 'Shanghai' }, score: 1, evidence: [] } };
    const f = only(run(metadataKind, Release.parse(shanghai), lines));
    expect(f.locations.map((l) => l.line)).toEqual([40, 1]);
  });
});

describe('metadata-department: the narrative title', () => {
  it('reads the name on the lines after 第二部分 (002 lines 79–83) and reports a drift', () => {
    const m = model();
    m.meta = { cover: false, department: { line: 81, text: '中共新乡市红旗区委区直机关工作委员会' } };
    m.narrativeLine = 79;
    const same = textLines({ 79: '第二部分', 81: '中共新乡市红旗区委区直机关工作委员会', 83: '2024 年度部门预算情况说明' });
    expect(run(metadataDepartment, m.build(), same).findings).toEqual([]);
    const drift = textLines({ 79: '第二部分', 81: '中共新乡市红旗区直机关工作委员会', 83: '2024 年度部门预算情况说明' });
    const f = only(run(metadataDepartment, m.build(), drift));
    expect(f.severity).toBe('warning');
    expect(f.locations.map((l) => l.line)).toEqual([81, 81]);
    expect(f.message).toContain('情况说明标题');
  });
});

describe('metadata-year: comparisons', () => {
  it('与2025年部门预算相比 names last year on purpose and is not a drift', () => {
    const m = model();
    m.meta = { cover: true, year: { value: 2026, line: 3 } };
    expect(run(metadataYear, m.build(), textLines({ 70: '收入总计702.77万元，与2025年部门预算相比增加158.83万元。' })).findings).toEqual([]);
  });
});

describe('metadata-toc without a table of contents', () => {
  it('002: the numbering skips 06 (预算 05表 → 预算 07 表), reported at the title after the gap, line 735', async () => {
    const { audit } = await import('../helpers/audit.js');
    const { result } = audit('002_d924ceb559bc64c1.txt');
    const f = result.findings.filter((x) => x.ruleId === 'metadata-toc');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.locations[0]?.line).toBe(735);
    expect(f[0]?.message).toBe('附表编号跳过了“一般公共预算基本支出表”：此表缺失');
  });
});
