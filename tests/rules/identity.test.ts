import { describe, expect, it } from 'vitest';
import { model, only, run, textLines } from '../helpers/narrative.js';
import { identityFinanceLevel, levelOf } from '../../rules/identity/finance-level.js';
import { identityOwnerWording } from '../../rules/identity/owner-wording.js';

const glossary = (entries: Record<number, string>) => textLines({ 248: '第三部分', 249: '名词解释', ...entries, 320: '附件：' });

describe('identity-finance-level', () => {
  it('002: a district department’s glossary says 市级财政', () => {
    const b = model();
    b.meta = { cover: false, region: { line: 81, text: '新乡市红旗区' } };
    const lines = glossary({ 253: '一、财政拨款收入：是指市级财政当年拨付的资金。', 293: '九、“三公”经费：是指纳入市级财政预算管理，部门使用' });
    const f = only(run(identityFinanceLevel, b.build(), lines));
    expect(f.locations.map((l) => l.line)).toEqual([253, 293, 81]);
    expect(f.message).toBe('名词解释写作“市级财政”，而发布部门属新乡市红旗区（应为“区级财政”）');
  });

  it('without a known publisher, two levels in one glossary are reported; 同级财政 and a matching level pass', () => {
    const mixed = glossary({ 253: '一、财政拨款：是指区级财政当年拨付的资金。', 260: '九、“三公”经费：是指纳入县级财政预算管理。' });
    expect(only(run(identityFinanceLevel, model().build(), mixed)).message).toBe('名词解释中财政级次前后不一：“区级财政”（第253行）、“县级财政”（第260行）');
    const b = model();
    b.meta = { cover: true, region: { line: 3, text: '新乡市凤泉区' } };
    const ok = glossary({ 253: '一、财政拨款收入：是指区级财政当年拨付的资金。', 260: '九、“三公”经费：是指纳入同级财政预算管理。' });
    expect(run(identityFinanceLevel, b.build(), ok).findings).toEqual([]);
  });

  it('levels by the region’s last word; an autonomous region is not guessed', () => {
    expect([levelOf('新乡市红旗区'), levelOf('长沙市'), levelOf('某某县'), levelOf('广西壮族自治区')]).toEqual(['区', '市', '县', undefined]);
  });
});

describe('identity-owner-wording', () => {
  it('000: table 05’s note says 本单位 where the others say 本部门', () => {
    const b = model()
      .table('expenditure', 247, [], { title: '2026年部门支出总体情况表', notes: [{ line: 264, text: '注：本表反映本部门支出总体情况。' }] })
      .table('general-budget-expenditure', 311, [], { title: '2026年一般公共预算支出情况表', notes: [{ line: 328, text: '注：本表反映本单位一般公共预算支出情况。' }] });
    b.meta = { cover: true, kind: { value: '部门预算', line: 5 } };
    const f = only(run(identityOwnerWording, b.build(), []));
    expect(f.locations.map((l) => l.line)).toEqual([328]);
    expect(f.message).toBe('1张表的说明写作“本表反映本单位”，其余各表写作“本表反映本部门”：“2026年一般公共预算支出情况表”');
  });

  it('004: 我单位 among 我部门, and 部门/单位 appended to the department’s name', () => {
    const b = model();
    b.meta = { cover: true, kind: { value: '部门预算', line: 5 }, department: { line: 3, text: '新乡市红旗区人民政府办公室' } };
    const lines = textLines({
      94: '新乡市红旗区人民政府办公室部门 2022 年收入总计 462.78 万元',
      120: '我部门 2022 年“三公”经费预算为 16.1 万元。',
      158: '我单位2022年无负责管理的专项转移支付项目及资金。',
      190: '新乡市红旗区人民政府办公室单位 2022 年部门预算表',
      200: '新乡市红旗区人民政府办公室部门预算包括本级预算。',
    });
    const r = run(identityOwnerWording, b.build(), lines);
    expect(r.findings.map((f) => [f.locations.map((l) => l.line), f.message])).toEqual([
      [[94], '部门名称后多出“部门”1处：“新乡市红旗区人民政府办公室部门”'],
      [[158], '情况说明中自称“我单位”1处，其余写作“我部门”'],
      [[190], '部门名称后多出“单位”1处：“新乡市红旗区人民政府办公室单位”'],
    ]);
  });

  it('a template whose 部门预算 text says 本单位 beside 本部门 (Hunan) has no wrong self-reference to report; the name suffix still counts', () => {
    const b = model()
      .table('expenditure', 247, [], { title: '2026年部门支出总体情况表', notes: [{ line: 264, text: '注：本表反映本部门支出总体情况。' }] })
      .table('general-budget-expenditure', 300, [], { title: '2026年一般公共预算支出情况表', notes: [{ line: 328, text: '注：本表反映本单位一般公共预算支出情况。' }] });
    b.meta = { cover: true, kind: { value: '部门预算', line: 3 }, department: { line: 1, text: '长沙市信访局' } };
    const lines = textLines({ 120: '我部门2026年无政府性基金。', 158: '我单位2026年无专项转移支付。', 190: '长沙市信访局单位2026年收入预算' });
    const henan = run(identityOwnerWording, b.build(), lines);
    expect(henan.findings.map((f) => f.locations.map((l) => l.line))).toEqual([[158], [190], [328]]);
    const hunan = run(identityOwnerWording, { ...b.build(), template: { id: 'hunan', name: { zh: '湖南', en: 'Hunan' }, score: 1, evidence: [] } }, lines);
    expect(hunan.findings.map((f) => f.locations.map((l) => l.line))).toEqual([[190]]);
    expect(hunan.partial).toEqual([]);
  });

  it('one consistent wording passes, whichever it is', () => {
    const b = model().table('expenditure', 247, [], { notes: [{ line: 264, text: '注：本表反映本单位支出总体情况。' }] });
    b.meta = { cover: true, kind: { value: '部门预算', line: 5 } };
    expect(run(identityOwnerWording, b.build(), textLines({ 112: '我单位无公务出国(境)支出。', 120: '我单位2024年无使用政府性基金。' })).findings).toEqual([]);
  });
});
