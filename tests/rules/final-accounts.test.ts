import { describe, expect, it } from 'vitest';
import { generateFinalRelease } from '../generator-final/index.js';
import { audit } from '../helpers/audit.js';
import { ALL_RULES } from '../../rules/index.js';

/**
 * Each 决算 rule on a consistent synthetic release (valid: it reports no error or warning) and on
 * the same release with one thing changed by hand (invalid: it reports on the changed line).
 */

const clean = generateFinalRelease(1);
const lines = clean.text.split('\n');

function lineOf(re: RegExp, from = 0): number {
  const i = lines.findIndex((l, k) => k >= from && re.test(l));
  if (i < 0) throw new Error(`no line ${re}`);
  return i + 1;
}

/** the release with line n rewritten */
function edit(n: number, change: (line: string) => string): string {
  const out = [...lines];
  const before = out[n - 1]!;
  out[n - 1] = change(before);
  expect(out[n - 1]).not.toBe(before);
  return out.join('\n');
}

/** the n-th amount cell of a tab-separated line, raised by 10.00 */
function raiseCell(line: string, index: number): string {
  const cells = line.split('\t');
  let seen = -1;
  for (let k = 0; k < cells.length; k++) {
    if (!/^\d{1,3}(,\d{3})*\.\d{2}$/.test(cells[k]!)) continue;
    if (++seen !== index) continue;
    const [int, frac] = cells[k]!.replace(/,/g, '').split('.');
    cells[k] = `${(BigInt(int!) + 10n).toString()}.${frac}`;
    return cells.join('\t');
  }
  throw new Error(`no amount cell ${index} in ${line}`);
}

function findingsOf(text: string, ruleId: string) {
  return audit('final.txt', text).result.findings.filter((f) => f.ruleId === ruleId && f.severity !== 'info');
}

/** `at`: the line the finding stands on when it is not the changed one (a missing reason is reported
 * at the amounts it should explain, the line before) */
const cases: Array<{ rule: string; line: () => number; change: (l: string) => string; at?: (n: number) => number }> = [
  { rule: 'fa-balance', line: () => lineOf(/^年初结转和结余\t/), change: (l) => raiseCell(l, 0) },
  { rule: 'fa-table-sums', line: () => lineOf(/^20\d{5}\t/, lineOf(/^公开 03 表/)), change: (l) => raiseCell(l, 1) },
  { rule: 'fa-cross-table', line: () => lineOf(/^一、一般公共预算财政拨款收入\t/), change: (l) => raiseCell(l, 1) },
  { rule: 'fa-narrative-table', line: () => lineOf(/^年初预算为/), change: (l) => l.replace(/支出决算为(\d+)/, (_m, d: string) => `支出决算为${BigInt(d) + 7n}`) },
  { rule: 'fa-completion-rate', line: () => lineOf(/^年初预算为/), change: (l) => l.replace(/完成年初预算的(\d+)/, (_m, d: string) => `完成年初预算的${BigInt(d) + 3n}`) },
  { rule: 'fa-comparison-word', line: () => lineOf(/^决算数(大于|小于)预算数/), change: (l) => l.replace(/^决算数(大于|小于)/, (_m, w: string) => `决算数${w === '大于' ? '小于' : '大于'}`) },
  { rule: 'fa-deviation-reason', line: () => lineOf(/^决算数(大于|小于)预算数/), change: () => '以上为该项支出情况。', at: (n) => n - 1 },
  { rule: 'fa-growth-rate', line: () => lineOf(/收、支总计各/), change: (l) => l.replace(/(增长|降低)(\d+)/, (_m, w: string, d: string) => `${w}${BigInt(d) + 2n}`) },
  { rule: 'fa-growth-words', line: () => lineOf(/收、支总计各/), change: (l) => l.replace(/(增长|降低)(\d)/, (_m, w: string, d: string) => `${w === '增长' ? '降低' : '增长'}${d}`) },
  // a share of the amount its sentence opens with, and a share of table 09's total (no total stated)
  { rule: 'fa-share', line: () => lineOf(/本年收入合计.*其中/), change: (l) => l.replace(/占(\d+)/, (_m, d: string) => `占${(BigInt(d) + 3n).toString()}`) },
  { rule: 'fa-share', line: () => lineOf(/决算中，因公出国/), change: (l) => l.replace(/接待费支出决算([\d.]+)万元，占(\d+)/, (_m, a: string, d: string) => `接待费支出决算${a}万元，占${(BigInt(d) + 2n).toString()}`) },
  // a share's part is the table's figure too
  { rule: 'fa-narrative-table', line: () => lineOf(/本年收入合计.*其中/), change: (l) => l.replace(/财政拨款收入(\d+)/, (_m, d: string) => `财政拨款收入${(BigInt(d) + 9n).toString()}`) },
];

describe('final-accounts rules', () => {
  const cleanResult = audit('final.txt', clean.text).result;

  it('the synthetic release is read as a 决算 with every table and claim', () => {
    const { model } = audit('final.txt', clean.text);
    expect(model.finalAccounts?.profile).toBe('central-final-accounts');
    expect(model.tables.map((t) => t.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(model.finalAccounts!.claims.length).toBeGreaterThan(8);
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it('valid: a consistent release', () => {
        expect(cleanResult.ran).toContain(c.rule);
        expect(cleanResult.findings.filter((f) => f.ruleId === c.rule && f.severity !== 'info')).toEqual([]);
      });
      it('invalid: reported on the changed line', () => {
        const n = c.line();
        const found = findingsOf(edit(n, c.change), c.rule);
        expect(found.length, c.rule).toBeGreaterThan(0);
        const at = c.at ? c.at(n) : n;
        expect(found.some((f) => f.locations.some((l) => l.line === at))).toBe(true);
      });
    });
  }

  it('a share whose whole the paragraph does not give is unresolved in coverage, not checked', () => {
    const n = lineOf(/本年收入合计.*其中/);
    // without 其中 the amount before the shares is no longer their whole
    const { result, model } = audit('final.txt', edit(n, (l) => l.replace('万元，其中：', '万元。')));
    const shares = model.finalAccounts!.claims.filter((c) => c.type === 'share' && c.line === n);
    expect(shares).toHaveLength(2);
    expect(shares.every((c) => c.type === 'share' && c.whole === undefined)).toBe(true);
    expect(model.coverage.unresolvedClaims.filter((u) => u.line === n)).toHaveLength(2);
    expect(result.findings.filter((f) => f.ruleId === 'fa-share')).toEqual([]);
  });

  it('a zero budget has no completion rate', () => {
    const n = lineOf(/^年初预算为/);
    const found = findingsOf(edit(n, (l) => l.replace(/年初预算为[\d.]+万元/, '年初预算为0万元')), 'fa-completion-rate');
    expect(found.map((f) => f.message).join()).toMatch(/预算数为0/);
  });

  it('budget-template rules do not run on a 决算, and coverage says why', () => {
    const budgetOnly = ALL_RULES.filter((r) => r.family === 'within-table' || r.family === 'year-over-year');
    for (const r of budgetOnly) {
      const skipped = cleanResult.skipped.find((s) => s.ruleId === r.id);
      expect(skipped?.reason, r.id).toMatch(/部门预算模板/);
    }
  });

  it('the 决算 rules do not run on a budget release, and coverage says why', () => {
    const { result } = audit('001_d3fb4ee6849ee809.txt');
    for (const r of ALL_RULES.filter((x) => x.family === 'final-accounts')) {
      expect(result.ran).not.toContain(r.id);
      expect(result.skipped.find((s) => s.ruleId === r.id)?.reason).toMatch(/不是部门决算/);
    }
  });
});
