import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../src/ingest/read.js';
import { parseRelease } from '../src/parse/index.js';
import { runRules } from '../src/engine/runner.js';
import { ALL_RULES } from '../rules/index.js';
import { findingKey, type ExpectedFile } from './helpers/expected.js';

const PDF = new URL('../fixtures/real/gj-xfj-2024-js.pdf', import.meta.url).pathname;
const EXPECTED = new URL('../fixtures/expected/real/gj-xfj-2024-js.json', import.meta.url).pathname;
const GOLDEN = new URL('../fixtures/real/gj-xfj-2024-js.golden.json', import.meta.url).pathname;

/**
 * 国家信访局 2024 年度部门决算, audited by hand (docs/audits/real/gj-xfj-2024-js.md): one real error
 * (the growth rate of 收、支总计) and rounding tails. The audit must report exactly the hand audit's
 * errors and warnings, and read the 决算 template's tables and claims.
 */
describe('gj-xfj-2024-js (central 部门决算)', async () => {
  const input = await ingestFile(PDF);
  const model = parseRelease(input);
  const result = runRules(model, input.lines, ALL_RULES, { lang: 'zh' });

  it('is read with the central final-accounts profile, all 9 tables found', () => {
    expect(model.finalAccounts?.profile).toBe('central-final-accounts');
    expect(model.tables.map((t) => t.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(model.tables.filter((t) => t.status === 'empty').map((t) => t.number)).toEqual(['07', '08']);
  });

  it('audits with exactly the expected findings', () => {
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as ExpectedFile;
    for (const f of expected.findings) expect(f.why.length).toBeGreaterThan(10);
    expect(result.crashed).toEqual([]);
    const actual = result.findings.filter((f) => f.severity !== 'info').map(findingKey).sort();
    expect(actual).toEqual(expected.findings.map(findingKey).sort());
  });

  it('reports the hand audit’s rounding tails as info, each one once', () => {
    const tails = result.findings.filter((f) => f.severity === 'info' && f.ruleId.startsWith('fa-'));
    // the hand audit's 16 table tails (its 17th is the 三公 shares' 99.98%: each share holds on its own)
    // plus 04's general fund (19572.91 vs 19572.92), a consequence of the 04 支出总计 tail
    expect(tails.length).toBe(17);
    for (const f of tails) expect(f.difference === '0.01' || f.difference === '-0.01').toBe(true);
  });

  it('reads the 完成率 claims of the hand audit: 14 items, the total and 三公', () => {
    const claims = model.finalAccounts!.claims.filter((c) => c.type === 'budget-actual');
    const items = claims.filter((c) => c.subject.key?.startsWith('general.item.'));
    expect(items.length).toBe(14);
    expect(claims.filter((c) => c.rate).length).toBe(1 + 13 + 4);
    const noRate = items.find((c) => !c.rate);
    expect(noRate?.subject.key).toBe('general.item.2101101');
    expect(noRate?.budget?.value).toBe('0');
    expect(items.every((c) => c.word && c.reason && c.reason.text.length > 0)).toBe(true);
  });

  it('reads the shares of the hand audit (p19, p21, p25, p26) with their wholes, and all hold', () => {
    const shares = model.finalAccounts!.claims.filter((c) => c.type === 'share');
    const read = shares.map((c) => (c.type === 'share' ? [c.part.value, c.rate.value, c.whole?.amount?.value ?? c.whole?.key ?? '—'] : []));
    // read off the PDF by hand: income (p19), spending by class and by 基本/项目 (p19), 财政拨款支出
    // of the total and by class (p21), 三公 of table 09's 决算 合计 (p25), 中小企业 and 小微 (p26)
    expect(read).toEqual([
      ['19572.91', '95.7', '20451.35'], ['878.44', '4.3', '20451.35'],
      ['10685.56', '73.33', '14572.53'], ['180.03', '1.24', '14572.53'], ['2228.57', '15.29', '14572.53'], ['497.53', '3.41', '14572.53'],
      ['980.85', '6.73', '14572.53'], ['11073.11', '75.99', '14572.53'], ['3499.42', '24.01', '14572.53'],
      ['13733.8', '94.24', 'spending.current'],
      ['9846.82', '71.7', '13733.8'], ['180.03', '1.31', '13733.8'], ['2228.57', '16.23', '13733.8'], ['497.53', '3.62', '13733.8'], ['980.85', '7.14', '13733.8'],
      ['4.69', '10.15', 'threePublic'], ['40.61', '87.88', 'threePublic'], ['0.9', '1.95', 'threePublic'],
      ['1820.69', '92.54', '1967.42'], ['1015.5', '55.78', '1820.69'],
      // p27: 5105.75 is the evaluated projects' 全年预算数, which no table prints (the audit: not checkable)
      ['5105.75', '100', '—'],
    ]);
    expect(result.ran).toContain('fa-share');
    expect(result.findings.filter((f) => f.ruleId === 'fa-share')).toEqual([]);
    expect(model.coverage.unresolvedClaims.map((u) => u.line)).toContain(shares[shares.length - 1]!.line);
  });

  it('agrees with the hand-read cells', () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as {
      cells: Array<{ table: string; rowCode?: string; row: string; column: string[]; value: string }>;
    };
    expect(golden.cells.length).toBeGreaterThan(10);
    for (const g of golden.cells) {
      const t = model.tables.find((x) => `公开${x.number}表` === g.table)!;
      expect(t, g.table).toBeDefined();
      const side = g.column[0] === '收入' ? 'income' : g.column[0] === '支出' ? 'expenditure' : undefined;
      const label = g.row.replace(/^[一二三四五六七八九十]+、/, '');
      const row = t.rows.find((r) =>
        g.rowCode ? r.functionCode?.code === g.rowCode || r.econ?.dept?.code === g.rowCode : (side === undefined || r.side === side) && (label === '' || r.label === label),
      );
      expect(row, `${g.table} ${g.row}`).toBeDefined();
      const leaf = g.column[g.column.length - 1]!;
      const cell =
        side !== undefined
          ? row!.cells[leaf === '合计' || leaf === '金额' ? 0 : -1]
          : row!.cells.find((c) => {
              const col = t.columns.find((x) => x.key === c.column)!;
              return col.label === leaf && (g.column.length < 2 || col.path.includes(g.column[0]!) || col.key.endsWith('@final'));
            });
      expect(cell?.raw, `${g.table} ${g.row} ${g.column.join('/')}`).toBe(g.value);
    }
  });
});
