import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';

const RULE = ALL_RULES.filter((r) => r.id === 'three-public-basic-lines');

/** Tables 8 and 9 of the Shanghai district template, as sh-putuo-wanli-2025-ys prints them (p27–29). */
function release(reception: string, operation: string, cover = '上海市普陀区2025年区级部门预算'): string {
  return [
    cover,
    '四、部门预算编制说明',
    '2025年部门一般公共预算基本支出部门预算经济分类预算表',
    '编制部门：上海市普陀区人民政府万里街道办事处\t单位：元',
    '项目\t\t\t一般公共预算基本支出\t\t',
    '部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费',
    '类\t款\t\t\t\t',
    '302\t\t商品和服务支出\t229,100\t0\t229,100',
    '302\t17\t公务接待费\t13,500\t0\t13,500',
    '302\t31\t公务用车运行维护费\t215,600\t0\t215,600',
    '合计\t\t\t229,100\t0\t229,100',
    '',
    '2025年部门“三公”经费和机关运行经费预算表',
    '编制部门：上海市普陀区人民政府万里街道办事处\t单位:万元',
    '“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数',
    '合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t',
    '\t\t\t小计\t购置费\t运行费\t',
    `37.91\t0\t${reception}\t36.56\t15\t${operation}\t464.64`,
  ].join('\n');
}

function audit(text: string) {
  const input = ingestBytes('sh.txt', Buffer.from(text, 'utf8'));
  const model = parseRelease(input);
  return { model, result: runRules(model, input.lines, RULE, { lang: 'zh' }) };
}

describe('three-public-basic-lines (Shanghai table 9 against table 8)', () => {
  it('holds when 接待 1.35 万元 is line 30217 13,500 元 and 运行费 21.56 万元 line 30231 215,600 元', () => {
    const { model, result } = audit(release('1.35', '21.56'));
    expect(model.template?.id).toBe('shanghai');
    expect(result.ran).toEqual(['three-public-basic-lines']);
    expect(result.findings).toEqual([]);
    expect(result.identities).toHaveLength(2);
  });

  it('reports a 接待 that is not its 30217 line, on both lines, in 万元', () => {
    const { result } = audit(release('1.45', '21.56'));
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f?.severity).toBe('error');
    expect(f?.locations.map((l) => l.line)).toEqual([9, 18]);
    expect(f?.message).toContain('公务接待费');
    expect(f?.difference).toBe('0.1000');
  });

  it('a 运行费 within the rounding of its 元 line is no finding; one cent off is', () => {
    expect(audit(release('1.35', '21.56')).result.findings).toEqual([]);
    expect(audit(release('1.35', '21.55')).result.findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('does not run on a template whose 三公 table may carry project money (Henan)', () => {
    const { model, result } = audit(release('1.45', '21.56', '2026年度 新乡市红旗区某局 部门预算'));
    expect(model.template?.id).not.toBe('shanghai');
    expect(result.ran).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/只含基本支出的“三公”经费表/);
  });
});
