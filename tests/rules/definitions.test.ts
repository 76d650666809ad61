import { describe, expect, it } from 'vitest';
import { model, only, run, textLines } from '../helpers/narrative.js';
import { definitionsGlossary } from '../../rules/definitions/glossary.js';
import { definitionsIndicatorExplanations } from '../../rules/definitions/indicator-explanations.js';

describe('definitions-glossary', () => {
  it('004: 单位其他收入 defined twice; 机关运行经费 defined while the narrative says 机构运转经费', () => {
    const lines = textLines({
      136: '### **（一）行政（事业）部门机构运转经费**',
      138: '某办公室 2022 年机构运转经费支出预算 30.77 万元，主要保障机构正常运转及正常履职',
      162: '### 第三部分 名词解释',
      168: '三、单位其他收入：是指部门取得的除“财政拨款”等以外的收入。',
      176: '七、单位其他收入：指未纳入一般公共预算的单位收入。',
      186: '十、机关运行经费：是指为保障机关运行的各项资金。',
      188: '附件：',
    });
    const r = run(definitionsGlossary, model().build(), lines);
    expect(r.findings.map((f) => [f.locations.map((l) => l.line), f.message])).toEqual([
      [[186, 136, 138], '名词解释解释“机关运行经费”，正文却写作“机构运转经费”（2处）'],
      [[176, 168], '名词“单位其他收入”解释了两次（第168行、第176行）'],
    ]);
  });

  it('each term once, in the release’s own words, passes; no glossary skips', () => {
    const lines = textLines({
      139: '2026年机构运转经费支出预算55.55万元。',
      159: '第三部分 名词解释',
      161: '一、财政拨款收入：是指同级财政当年拨付的资金。',
      181: '十、行政（事业）单位机构运转经费情况：是指为保障单位运行的各项资金。',
      183: '附件：某局2026年部门预算表',
    });
    expect(run(definitionsGlossary, model().build(), lines).findings).toEqual([]);
    expect(run(definitionsGlossary, model().build(), textLines({ 1: '一、收入' })).skipped).toHaveLength(1);
  });
});

describe('definitions-indicator-explanations', () => {
  const table = (from: number, to: number) =>
    model().table('performance-overall', from, [], { title: '部门（单位）整体绩效目标表', endLine: to }).build();

  it('003 line 416: 绩效目标编制完成率 carries the explanation of 绩效监控完成率', () => {
    const lines = textLines({
      410: '部门（单位）整体绩效目标表',
      416: '\t绩效管理\t绩效目标编制完成率\t100%\t部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。',
      417: '\t\t绩效监控完成率\t100%\t部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。',
      418: '\t\t绩效自评完成率\t100%\t部门（单位）按要求实施绩效自评的项目数量占应实施绩效自评项目总数的比重。',
    });
    const f = only(run(definitionsIndicatorExplanations, table(410, 430), lines));
    expect(f.locations.map((l) => l.line)).toEqual([416, 417]);
    expect(f.message).toContain('2个不同指标（“绩效目标编制完成率”、“绩效监控完成率”）共用同一说明');
  });

  it('each indicator with its own explanation passes; the same indicator repeated is not two indicators', () => {
    const lines = textLines({
      410: '部门（单位）整体绩效目标表',
      416: '\t绩效管理\t绩效目标编制完成率\t100%\t部门（单位）按要求编制绩效目标的项目数量占应编制绩效目标项目总数的比重。',
      417: '\t\t绩效监控完成率\t100%\t部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。',
      418: '\t\t绩效监控完成率\t100%\t部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。',
    });
    expect(run(definitionsIndicatorExplanations, table(410, 430), lines).findings).toEqual([]);
  });
});
