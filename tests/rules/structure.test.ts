import { describe, expect, it } from 'vitest';
import { model, only, run, textLines } from '../helpers/narrative.js';
import { structureFrontMatter } from '../../rules/structure/front-matter.js';
import { structureRequiredParts } from '../../rules/structure/required-parts.js';
import { structureTocBody } from '../../rules/structure/toc-body.js';
import { structureNumbering } from '../../rules/structure/numbering.js';
import { structureTableNote } from '../../rules/structure/table-note.js';

const at = (r: ReturnType<typeof run>) => r.findings.map((f) => [f.locations.map((l) => l.line), f.message]);

describe('structure-front-matter', () => {
  it('002: a release that opens with 第一部分 has no cover; in three parts without 目录 it has no contents', () => {
    const lines = textLines({ 1: ' 第一部分', 3: '中共新乡市红旗区委区直机关工作委员会概况', 10: '第二部分', 20: '第三部分', 21: '名词解释' });
    const r = run(structureFrontMatter, model().build(), lines);
    expect(at(r)).toEqual([
      [[1], '缺少封面：文本第一行即为正文“第一部分”'],
      [[1], '缺少目录：全文分为3个部分，但没有目录'],
    ]);
    expect(run(structureFrontMatter, model().build(), lines, 'en').findings[1]!.message).toBe('no table of contents: the release has 3 parts but no 目录');
  });

  it('a cover and a 目录 pass; a short template without parts needs no contents', () => {
    const covered = textLines({ 3: '2026年度', 4: '某某局', 5: '部门预算', 9: '目 录', 11: '第一部分 概况', 30: '第一部分', 40: '第二部分' });
    expect(run(structureFrontMatter, model().build(), covered).findings).toEqual([]);
    const short = textLines({ 1: '重庆市人民政府办公厅', 2: '2026 年部门预算情况说明', 3: '一、单位基本情况' });
    expect(run(structureFrontMatter, model().build(), short).findings).toEqual([]);
  });
});

describe('structure-required-parts', () => {
  it('a release without 名词解释 is missing its glossary; without tables, its tables', () => {
    const lines = textLines({ 1: '某局2026年部门预算', 3: '第一部分 某局概况', 5: '第二部分 某局2026年部门预算情况说明', 7: '一、收入支出预算总体情况说明' });
    const r = run(structureRequiredParts, model().build(), lines);
    expect(r.findings.map((f) => f.message)).toEqual(['缺少名词解释', '缺少预算表（附件）']);
  });

  it('overview, narrative, glossary and a table present: nothing to report', () => {
    const lines = textLines({ 1: '某局2026年部门预算', 3: '第一部分 某局概况', 5: '第二部分 某局2026年部门预算情况说明', 7: '第三部分 名词解释' });
    const m = model().table('income', 20, [{ label: '合计', line: 25, role: 'total', cells: { total: '1.00' } }]).build();
    expect(run(structureRequiredParts, m, lines).findings).toEqual([]);
  });
});

describe('structure-toc-body', () => {
  const toc = (entries: Array<[number, string, string, number?]>) => ({
    line: 9,
    entries: entries.map(([line, ordinal, title, part]) => ({ line, ordinal, title, ...(part ? { part } : {}) })),
  });

  it('003: the contents say 二、部门所属预算单位构成情况, the body 二、<name>预算单位构成情况', () => {
    const b = model();
    b.meta = { cover: true, department: { line: 3, text: '中共新乡市凤泉区委员会办公室' } };
    b.toc = toc([[11, '一', '中共新乡市凤泉区委员会办公室概况', 1], [13, '一', '主要职责'], [15, '二', '部门所属预算单位构成情况']]);
    const lines = textLines({
      3: '中共新乡市凤泉区委员会办公室',
      11: '第一部分 中共新乡市凤泉区委员会办公室概况',
      13: '一、主要职责',
      15: '二、部门所属预算单位构成情况',
      47: '第一部分',
      49: '中共新乡市凤泉区委员会办公室概况',
      51: '一、中共新乡市凤泉区委员会办公室主要职责',
      69: '二、中共新乡市凤泉区委员会办公室预算单位构成情况',
    });
    const f = only(run(structureTocBody, b.build(), lines));
    expect(f.locations.map((l) => l.line)).toEqual([15, 69]);
    expect(f.message).toBe('目录为“二、部门所属预算单位构成情况”，正文标题为“二、中共新乡市凤泉区委员会办公室预算单位构成情况”');
  });

  it('matching headings pass (name, year and page numbers aside); an entry out of order is reported', () => {
    const b = model();
    b.meta = { cover: true, department: { line: 3, text: '某局' } };
    b.toc = toc([[11, '一', '某局概况..........1', 1], [13, '一', '主要职责'], [15, '二', '机构设置'], [17, '二', '2026年部门预算情况说明', 2]]);
    const ok = textLines({ 11: 'x', 13: 'x', 15: 'x', 17: 'x', 30: '第一部分', 32: '某局概况', 34: '一、某局主要职责', 36: '二、机构设置', 40: '第二部分 某局2026年部门预算情况说明' });
    expect(run(structureTocBody, b.build(), ok).findings).toEqual([]);
    const swapped = textLines({ 11: 'x', 13: 'x', 15: 'x', 17: 'x', 30: '第一部分', 32: '某局概况', 34: '二、机构设置', 36: '一、某局主要职责', 40: '第二部分 某局2026年部门预算情况说明' });
    const f = only(run(structureTocBody, b.build(), swapped));
    expect(f.message).toBe('目录中“二、机构设置”在“主要职责”之后，正文中却在其前');
  });

  it('an entry found nowhere is a partial check, not a finding', () => {
    const b = model();
    b.toc = toc([[13, '一', '主要职责']]);
    const r = run(structureTocBody, b.build(), textLines({ 13: 'x', 30: '某些正文' }));
    expect(r.findings).toEqual([]);
    expect(r.partial.map((p) => p.reason)).toEqual(['目录所列“一、主要职责”（第13行）在正文中未找到对应标题']);
  });
});

describe('structure-numbering', () => {
  it('004: 名词解释 numbers two entries 七; 001: 一、<name>主要职责 then 一、主要职责', () => {
    const lines = textLines({
      160: '第三部分 名词解释',
      168: '六、纳入财政专户管理收费：指…。',
      176: '七、单位其他收入：指…。',
      178: '七、基本支出：是指…。',
      180: '八、项目支出：是指…。',
    });
    const f = only(run(structureNumbering, model().build(), lines));
    expect(f.locations.map((l) => l.line)).toEqual([178, 176]);
    const doubled = textLines({ 35: '第一部分', 39: '一、新乡市某局主要职责', 41: '一、主要职责', 43: '（一）贯彻执行…。', 67: '二、部门所属预算单位构成情况' });
    expect(only(run(structureNumbering, model().build(), doubled)).message).toBe('标题序号“一、”重复：第39行已用过（“一、主要职责”）');
  });

  it('a skipped number is reported; numbering that continues across parts, or restarts, passes', () => {
    const skipped = textLines({ 1: '一、收入', 2: '二、支出', 3: '四、三公经费' });
    expect(only(run(structureNumbering, model().build(), skipped)).message).toBe('标题序号跳号：“二、”之后是“四、”（“四、三公经费”）');
    const ok = textLines({
      1: '第一部分：部门概况',
      2: '一、主要职能',
      3: '（一）职责',
      4: '（二）机构',
      5: '二、人员',
      6: '第二部分：收支说明',
      7: '三、收支预算总体情况',
      8: '第三部分 名词解释',
      9: '一、财政拨款收入：是指…。',
      10: '（一）职能职责',
      11: '（一）代表市委受理人民群众来信',
      12: '四、卫生健康支出 4,420.04',
    });
    expect(run(structureNumbering, model().build(), ok).findings).toEqual([]);
  });
});

describe('structure-table-note', () => {
  it('000 line 505: the overall performance table noted as showing 项目绩效目标情况', () => {
    const m = model()
      .table('performance-overall', 458, [], { title: '部门（单位）整体绩效目标表', notes: [{ line: 505, text: '注：本表反映本部门项目绩效目标情况。本表金额转换为万元时，因四舍五入可能存在尾差。' }] })
      .table('performance-projects', 507, [], { title: '部门预算项目绩效目标汇总表', notes: [{ line: 540, text: '注：本表反映本部门项目绩效目标情况。' }] })
      .build();
    const f = only(run(structureTableNote, m, []));
    expect(f.locations[0]!.line).toBe(505);
    expect(f.message).toContain('本表反映本部门项目绩效目标情况');
  });

  it('notes that describe their own table pass', () => {
    const m = model()
      .table('general-budget-expenditure', 311, [], { notes: [{ line: 328, text: '注：本表反映本部门一般公共预算支出情况。' }] })
      .table('three-public', 415, [], { notes: [{ line: 425, text: '注：本表反映部门本年度 2026年公共财政拨款"三公"经费情况' }] })
      .build();
    expect(run(structureTableNote, m, []).findings).toEqual([]);
  });
});
