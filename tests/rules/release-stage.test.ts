import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { runRules } from '../../src/engine/runner.js';
import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';

const RULE = ALL_RULES.filter((r) => r.id === 'wording-release-stage');

function audit(lines: string[]) {
  const input = ingestBytes('x.txt', Buffer.from(lines.join('\n'), 'utf8'));
  return runRules(parseRelease(input), input.lines, RULE, { lang: 'zh' });
}

describe('wording-release-stage', () => {
  it('reports a budget whose composition sentence names its parts 决算, across wrapped lines (hz-qxj p4)', () => {
    const r = audit(['杭州市气象局', '2026年度部门预算', '目录', '杭州市气象局部门预算包括：杭', '州市气象局本级决算（行政单位）和杭州市气象服务中心', '（事业单位）决算。']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.locations.map((l) => l.line)).toEqual([5, 2]);
  });

  it('says nothing of a budget whose parts are 预算, nor of 预决算 and 决算数', () => {
    expect(audit(['某局', '2026年度部门预算', '某局部门预算包括：本级预算和所属单位预算。']).findings).toEqual([]);
    expect(audit(['某局', '2026年度部门预算', '部门预算由本级预算组成，纳入财政预决算管理。']).findings).toEqual([]);
    expect(audit(['某局', '2026年度部门预算', '本部门预算包括：2024年决算数为10.00万元的项目。']).findings).toEqual([]);
  });

  it('does not apply to final accounts, and skips with a reason where the kind is unknown', () => {
    expect(audit(['某局', '2024年度部门决算', '某局部门决算包括：本级决算。']).findings).toEqual([]);
    const r = audit(['某局部门预算包括：本级决算。']);
    expect(r.findings).toEqual([]);
    expect(r.skipped[0]?.reason).toMatch(/未能判断本文件是预算还是决算/);
  });
});
