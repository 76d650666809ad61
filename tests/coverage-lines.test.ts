import { describe, expect, it } from 'vitest';
import { coverageLines } from '../src/report/coverage-lines.js';
import { audit } from './helpers/audit.js';

describe('coverage in words (pretty output)', () => {
  const { model, result } = audit('002_d924ceb559bc64c1.txt');
  const cov = { ...model.coverage, rules: { ran: result.ran, skipped: result.skipped, partial: result.partial, crashed: result.crashed } };

  it('names the missing 06 of seed 002 and what shows it', () => {
    expect(coverageLines(cov, 'zh')).toContain('缺表：一般公共预算基本支出表（表号在第 735 行跳过此表）');
    expect(coverageLines(cov, 'en')).toContain('missing: general budget basic expenditure (the numbering skips it at line 735)');
  });

  it('says, per recovered table, how many cells are certain, ambiguous and lost', () => {
    const lines = coverageLines(cov, 'zh');
    expect(lines).toContain('已恢复：支出经济分类汇总表 (07)（第 735 行）确定 54 格，存疑 0 格，丢失 0 格');
    expect(lines.filter((l) => l.startsWith('已恢复：'))).toHaveLength(9);
  });

  it('lists the rules that could not run, with the reason', () => {
    const line = coverageLines(cov, 'zh').find((l) => l.startsWith('未运行的规则：'));
    expect(line).toContain('cross-economic-coverage');
  });
});

describe('a release whose narrative was not found says so', () => {
  it('000 has its nine sections; text without 第二部分 reports that no narrative check could run', () => {
    expect(audit('000_52f5b89fd5e0ecf0.txt').model.coverage.narrative).toEqual({ sections: 9, claims: 63 });
    const { model, result } = audit('tables-only.txt', '附件：预算表\n\n预算01表\n\n2026年部门收支总体情况表\n\n单位：万元\n');
    expect(model.coverage.narrative).toEqual({ sections: 0, claims: 0 });
    const cov = { ...model.coverage, rules: { ran: result.ran, skipped: result.skipped, partial: result.partial, crashed: result.crashed } };
    expect(coverageLines(cov, 'zh')).toContain('未找到情况说明（第二部分）的章节：说明与表格的核对未能进行');
  });
});

describe('the HTML and markdown reports carry the coverage too', () => {
  it('002: the missing 06 and the recovered tables appear in both', async () => {
    const { run } = await import('./helpers/cli.js');
    for (const format of ['html', 'markdown']) {
      const r = await run(['check', 'fixtures/002_d924ceb559bc64c1.txt', '--format', format, '--fail-on', 'never']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('缺表：一般公共预算基本支出表（表号在第 735 行跳过此表）');
      expect(r.stdout).toContain('已恢复：支出经济分类汇总表 (07)（第 735 行）确定 54 格，存疑 0 格，丢失 0 格');
    }
  });
});

describe('JUnit keeps the checks a rule could not make', () => {
  it('000: narrative-amount could not check the 政府采购 figures of line 143, and says so in its testcase', async () => {
    const { run } = await import('./helpers/cli.js');
    const r = await run(['check', 'fixtures/000_52f5b89fd5e0ecf0.txt', '--format', 'junit', '--fail-on', 'never']);
    const testcase = r.stdout.split('<testcase').find((t) => t.includes('name="narrative-amount'));
    expect(testcase).toContain('<system-out>未能核对：');
    expect(testcase).toContain('第143行“政府采购”');
  });
});
