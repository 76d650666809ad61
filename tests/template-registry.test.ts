import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules/index.js';
import { RULE_REQUIREMENTS } from '../rules/requirements.js';
import { runRules } from '../src/engine/runner.js';
import { ingestBytes } from '../src/ingest/read.js';
import { parseRelease } from '../src/parse/index.js';
import { Capability } from '../src/template/schema.js';
import { detectTemplate, HENAN_TEMPLATE, PROFILES, templateById } from '../src/template/index.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split('\n');

describe('detectTemplate', () => {
  it('reads the seeds as Henan, with the region of the cover as evidence', () => {
    const t = detectTemplate(seed('000_52f5b89fd5e0ecf0.txt'));
    expect(t.id).toBe('henan');
    expect(t.evidence[0]).toEqual({ kind: 'region', text: '新乡市', line: 4 });
    expect(t.evidence.map((e) => e.kind)).toContain('table-number');
    // no cover (002) and markdown headings (004) still name the city in the first lines
    expect(detectTemplate(seed('002_d924ceb559bc64c1.txt')).id).toBe('henan');
    expect(detectTemplate(seed('004_089b4ec93cddaf3a.txt')).id).toBe('henan');
  });

  it('reads a Shanghai release by its region, 财务收支预算总表 and the 三公 and 机关运行经费 table', () => {
    const t = detectTemplate(['上海市普陀区2025年区级部门预算', '目 录', '四、部门预算编制说明', '', '2025年部门财务收支预算总表', '2025年部门“三公”经费和机关运行经费预算表']);
    expect(t.id).toBe('shanghai');
    expect(t.name.zh).toContain('上海');
    expect(t.evidence.map((e) => e.line)).toEqual([1, 5, 6, 3]);
  });

  it('a table number style alone is not Henan: 预算01表 is printed in Beijing too', () => {
    const t = detectTemplate(['北京市审计局 2026 年度部门预算信息公开', '预算 01表 收支总表', '预算02表 收入总表']);
    expect(t).toEqual({ id: 'unknown', name: templateById('unknown').name, score: 0, evidence: [] });
  });

  it('a Henan region named in passing after the front matter does not make a release Henan', () => {
    const lines = ['某市某局2026年部门预算', ...Array.from({ length: 40 }, (_, i) => `第${i + 1}行`), '与新乡市开展合作', '预算01表'];
    expect(detectTemplate(lines).id).toBe('unknown');
  });
});

describe('rule gating by template', () => {
  it('every requirement names a rule that exists; Henan has every capability', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    expect(Object.keys(RULE_REQUIREMENTS).filter((id) => !ids.has(id))).toEqual([]);
    // Henan has every capability but the Shanghai 三公 layout (its 08 may carry project money)
    for (const c of Capability.options) expect(HENAN_TEMPLATE.has(c), c).toBe(c !== 'three-public-basic');
    expect(PROFILES.map((p) => p.id)).toContain('shanghai');
  });

  it('an unknown template skips the layout rules with a reason and runs the template-independent ones', () => {
    // no Henan region and not the Henan table title: the table-number style and a heading alone
    // (score 3) are below the Henan minimum
    const lines = seed('000_52f5b89fd5e0ecf0.txt').map((l) => l.replace(/新乡市/g, '某市').replace(/部门收支总体情况表/g, '收支总表'));
    const input = ingestBytes('x.txt', Buffer.from(lines.join('\n'), 'utf8'));
    const model = parseRelease(input);
    expect(model.template?.id).toBe('unknown');
    const zh = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
    const skip = zh.skipped.find((s) => s.ruleId === 'table-column-sum');
    expect(skip?.reason).toMatch(/未识别出本文件的模板.*表格列与行的对应/);
    expect(zh.ran).toContain('metadata-year');
    expect(zh.ran).not.toContain('table-column-sum');
    expect(zh.findings.filter((f) => RULE_REQUIREMENTS[f.ruleId])).toEqual([]);
    const en = runRules(model, input.lines, ALL_RULES, { lang: 'en' });
    expect(en.skipped.find((s) => s.ruleId === 'yoy-rate')?.reason).toMatch(/not recognised.*sections and wording of its narrative/);
  });

  it('the same release read as Henan runs every rule but the Shanghai 三公 identity', () => {
    const input = ingestBytes('000.txt', Buffer.from(seed('000_52f5b89fd5e0ecf0.txt').join('\n'), 'utf8'));
    const r = runRules(parseRelease(input), input.lines, ALL_RULES, { lang: 'zh' });
    expect(r.skipped.filter((s) => /模板/.test(s.reason)).map((s) => s.ruleId)).toEqual(['three-public-basic-lines']);
  });

  it('a skip names the known template that lacks the capability', () => {
    const lines = ['上海市普陀区2025年区级部门预算', '四、部门预算编制说明', '2025年部门财务收支预算总表', '编制部门：某街道办事处\t单位：元'];
    const input = ingestBytes('sh.txt', Buffer.from(lines.join('\n'), 'utf8'));
    const model = parseRelease(input);
    expect(model.template?.id).toBe('shanghai');
    expect(model.tables[0]).toMatchObject({ kind: 'income-expenditure-summary', unit: '元', number: '1' });
    const r = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });
    expect(r.skipped.find((s) => s.ruleId === 'narrative-amount')?.reason).toContain('模板“上海市区级部门预算公开模板”（shanghai）尚未提供本项检查所需的情况说明的章节与表述');
    // its summary lines are mapped: the balance check is not held back by the template (here it
    // skips for the table's missing rows)
    expect(r.skipped.find((s) => s.ruleId === 'balance-total')?.reason).not.toMatch(/模板/);
  });
});
