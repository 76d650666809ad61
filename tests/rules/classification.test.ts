import { describe, expect, it } from 'vitest';
import { model, only, run } from '../helpers/narrative.js';
import { classificationClassNames } from '../../rules/classification/class-names.js';
import { classificationEconNames } from '../../rules/classification/econ-names.js';
import { classificationProjectCodes } from '../../rules/classification/project-codes.js';

const exp = (label: string, line: number) => ({ label, line, side: 'expenditure' as const, cells: { amount: '' } });

describe('classification-class-names', () => {
  it('04 of the seeds: 医疗卫生与计划生育 beside 卫生健康, 文化体育旅游与传媒, and earlier editions’ names', () => {
    const m = model()
      .table('fiscal-summary', 266, [
        exp('（七）文化体育旅游与传媒支出', 282),
        exp('（八）社会保障和就业支出', 283),
        exp('（九）医疗卫生与计划生育支出', 284),
        exp('（十）卫生健康支出', 285),
        exp('（十二）城乡社区事务支出', 287),
        exp('（十五）资源勘探信息等支出', 290),
        { label: '（一）一般公共预算拨款', line: 276, side: 'income', cells: { amount: '1.00' } },
      ], { title: '财政拨款收支总体情况表' })
      .build();
    const r = run(classificationClassNames, m, []);
    expect(r.findings.map((f) => [f.locations.map((l) => l.line), f.message])).toEqual([
      [[282], '财政拨款收支总体情况表 (04)：“文化体育旅游与传媒”不是科目名称，应为“文化旅游体育与传媒”（207）'],
      [[284, 285], '财政拨款收支总体情况表 (04)将210类列示两次：“医疗卫生与计划生育”（旧名）与“卫生健康”'],
      [[287, 290], '财政拨款收支总体情况表 (04)列有旧科目名称：“城乡社区事务”应为“城乡社区”（212）；“资源勘探信息等”应为“资源勘探工业信息等”（215）'],
    ]);
    expect(run(classificationClassNames, m, [], 'en').findings[1]!.message).toBe('fiscal appropriation summary (04) lists class 210 twice: “医疗卫生与计划生育” (its former name) and “卫生健康”');
  });

  it('the names in force pass, with or without 支出 and ordinals', () => {
    const m = model()
      .table('income-expenditure-summary', 187, [exp('七、文化旅游体育与传媒', 201), exp('十、卫生健康支出', 204), exp('十二、城乡社区支出', 206), exp('十五、资源勘探工业信息等支出', 209), exp('三十四、抗疫特别国债安排的支出', 224)])
      .build();
    expect(run(classificationClassNames, m, []).findings).toEqual([]);
  });

  it('skips without a summary table', () => {
    expect(run(classificationClassNames, model().build(), []).skipped).toHaveLength(1);
  });
});

describe('classification-econ-names', () => {
  const econ = (line: number, dept: [string, string], gov?: [string, string]) => ({
    label: dept[1],
    line,
    cells: { total: '1.00' },
    extra: { econ: { dept: { code: dept[0], name: dept[1] }, ...(gov ? { gov: { code: gov[0], name: gov[1] } } : {}) } },
  });

  it('a code printed with another class’s name is reported, department and government side', () => {
    const m = model()
      .table('general-budget-basic', 330, [econ(339, ['30201', '差旅费'], ['50201', '办公经费']), econ(340, ['30231', '公务用车运行维护费'], ['50206', '公务用车运行维护费'])])
      .build();
    const r = run(classificationEconNames, m, []);
    expect(r.findings.map((f) => [f.locations[0]!.line, f.message])).toEqual([
      [339, '一般公共预算基本支出表 (06)：部门经济分类科目 30201 印为“差旅费”，该编码的科目名称为“办公费”'],
      [340, '一般公共预算基本支出表 (06)：政府经济分类科目 50206 印为“公务用车运行维护费”，该编码的科目名称为“公务接待费”'],
    ]);
  });

  it('the seeds’ names pass, 的 and bracketed words aside', () => {
    const m = model()
      .table('general-budget-basic', 330, [
        econ(345, ['30399', '其他对个人和家庭的补助'], ['50999', '其他对个人和家庭的补助']),
        econ(346, ['30213', '维修费'], ['50209', '维修（护）费']),
        econ(347, ['30299', '其他商品和服务支出'], ['50201', '办公经费']),
        econ(348, ['39999', '地方自设科目']),
      ])
      .build();
    expect(run(classificationEconNames, m, []).findings).toEqual([]);
  });
});

describe('classification-project-codes', () => {
  const project = (line: number, code: string) => ({ label: `项目${line}`, line, cells: { total: '1.00' }, extra: { project: { code } } });

  it('000: two of four codes lack a digit; the 21-digit format is the reference on a tie', () => {
    const m = model()
      .table('performance-projects', 507, [project(516, '410702260000000024406'), project(521, '410702260000000024407'), project(525, '41070226000000024405'), project(528, '41070226000000024410')])
      .build();
    const f = only(run(classificationProjectCodes, m, []));
    expect(f.locations.map((l) => l.line)).toEqual([525, 528]);
    expect(f.message).toBe('2个项目编码与其余2个格式不同（20位数字，应为21位数字）：41070226000000024405、41070226000000024410');
  });

  it('codes of one format pass; one code alone is not compared', () => {
    const same = model().table('performance-projects', 507, [project(516, '410702260000000024406'), project(521, '410702260000000024407')]).build();
    expect(run(classificationProjectCodes, same, []).findings).toEqual([]);
    const one = model().table('performance-projects', 507, [project(516, '410702260000000024406')]).build();
    expect(run(classificationProjectCodes, one, []).skipped).toHaveLength(1);
  });
});
