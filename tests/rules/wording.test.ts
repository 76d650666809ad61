import { describe, expect, it } from 'vitest';
import { model, only, run, textLines } from '../helpers/narrative.js';
import { wordingYearReference } from '../../rules/wording/year-reference.js';
import { wordingTemplateInstructions } from '../../rules/wording/template-instructions.js';
import { wordingUnterminated } from '../../rules/wording/unterminated.js';
import { wordingGarbled } from '../../rules/wording/garbled.js';

function budget(year: number, kind: '部门预算' | '部门决算' = '部门预算') {
  const b = model();
  b.meta = { cover: true, year: { value: year, line: 5 }, kind: { value: kind, line: 5 } };
  return b;
}

describe('wording-year-reference', () => {
  it('004: a 2022 budget counts its vehicles at 2022年期末; 001: a 2026 budget speaks of the 2025年预算安排', () => {
    const stock = textLines({ 154: '2022年期末，新乡市红旗区人民政府办公室共有车辆0辆。' });
    const f = only(run(wordingYearReference, budget(2022).build(), stock));
    expect([f.locations[0]!.line, f.expected, f.actual, f.message]).toEqual([154, '2021', '2022', '“2022年期末”：预算的资产数应截至2021年末，文中写2022年']);
    const arranged = textLines({ 149: '根据以前年度绩效评价结果，优化从业人员工资项目支出2025年预算安排，并进一步改进管理。' });
    expect(only(run(wordingYearReference, budget(2026).build(), arranged)).message).toBe('“2025年预算安排”：本预算为2026年预算，文中写2025年预算安排');
  });

  it('the prior year’s end, a comparison, a deadline and final accounts’ own year pass', () => {
    const lines = textLines({
      153: '2025年期末，某局共有车辆5辆。',
      160: '与2025年预算安排相比，减少10万元。',
      170: '力争2026年底前完成。',
      171: '2026年预算安排项目支出58.11万元。',
    });
    expect(run(wordingYearReference, budget(2026).build(), lines).findings).toEqual([]);
    const final = textLines({ 153: '2024年末，国家信访局共有车辆10辆。' });
    expect(run(wordingYearReference, budget(2024, '部门决算').build(), final).findings).toEqual([]);
  });
});

describe('wording-template-instructions', () => {
  it('003 line 122: the template’s instruction in a heading; guidance in one table is one finding', () => {
    const m = model().table('performance-overall', 458, [], { title: '部门（单位）整体绩效目标表', endLine: 504 }).build();
    const lines = textLines({
      122: '九、其他重要事项情况说明（以下情况金额为0的，仍需进行情况说明，部门所属单位不包括第五条）',
      496: '\t\t办公设备更新维护完成率\t≥95%\t分项具体列示本部门重点工作任务推进情况，相关情况应予以细化、量化表述。',
      502: '\t\t满意度\t≥95%\t可根据部门实际情况有选择的进行设置，并将三级指标细化为相应的个性化指标。',
    });
    const r = run(wordingTemplateInstructions, m, lines);
    expect(r.findings.map((f) => f.locations.map((l) => l.line))).toEqual([[122], [496, 502]]);
    expect(r.findings[0]!.message).toBe('模板填写说明未删除：“（以下情况金额为0的，仍需进行情况说明，部门所属单位不包括第五条）”');
    expect(r.findings[1]!.message).toBe('部门（单位）整体绩效目标表 (11)中有2处模板填写说明未删除，如“相关情况应予以细化、量化表述”');
  });

  it('content written in place of the guidance passes', () => {
    const lines = textLines({ 122: '九、其他重要事项情况说明', 496: '\t\t办公设备更新维护完成率\t≥95%\t完成全区20%电脑的替换工程，维护移动办公系统。' });
    expect(run(wordingTemplateInstructions, model().build(), lines).findings).toEqual([]);
  });
});

describe('wording-unterminated', () => {
  it('002 line 269: the one glossary entry without a full stop', () => {
    const lines = textLines({
      251: '名词解释',
      253: '一、财政拨款收入：是指区级财政当年拨付的资金；包括一般公',
      255: '共预算拨款。',
      267: '四、事业单位经营收入：是指事业单位在专业业务活动及其辅助',
      269: '活动之外开展非独立核算经营活动取得的收入',
      271: '五、其他收入：是指部门取得的除“财政拨款”以外的收入。',
      316: '附件：',
    });
    const f = only(run(wordingUnterminated, model().build(), lines));
    expect([f.locations[0]!.line, f.message]).toEqual([269, '名词解释“事业单位经营收入”一条未以句号结束：“…立核算经营活动取得的收入”']);
  });

  it('entries ending in full stops pass', () => {
    const lines = textLines({ 251: '名词解释', 253: '一、财政拨款收入：是指同级财政当年拨付的资金。', 255: '二、事业收入：是指事业单位取得的收入。' });
    expect(run(wordingUnterminated, model().build(), lines).findings).toEqual([]);
  });
});

describe('wording-garbled', () => {
  it('000 line 115 预结构图, 004 line 106 预算/算 across the break, 004 line 128 比 2021 减少', () => {
    const lines = textLines({
      115: '一般公共预算基本支出预结构图',
      106: '新乡市红旗区人民政府办公室部门 2022 年一般公共预算',
      108: '算收支预算 462.78 万元。',
      128: '公务用车购置费预算数比 2021 减少 0 万元。',
    });
    const r = run(wordingGarbled, model().build(), lines);
    expect(r.findings.map((f) => [f.locations[0]!.line, f.message])).toEqual([
      [106, '“预算算”应为“预算”'],
      [115, '“预结构图”应为“预算结构图”'],
      [128, '“比2021减少”应为“比2021年减少”'],
    ]);
  });

  it('whole words pass', () => {
    const lines = textLines({ 115: '一般公共预算基本支出预算结构图', 128: '预算数比 2025 年增加 2.00 万元。', 130: '预算算法' });
    expect(run(wordingGarbled, model().build(), lines).findings).toEqual([]);
  });
});
