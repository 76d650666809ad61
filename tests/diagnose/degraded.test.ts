import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, FIXTURES } from '../helpers/audit.js';
import { diagnose } from '../../src/diagnose/index.js';
import { repairFits } from '../../src/parse/degraded/assign.js';
import { ARITHMETIC } from '../../src/parse/degraded/identities.js';
import { HENAN_COLUMNS } from '../../src/parse/tables/kinds.js';

const S002 = '002_d924ceb559bc64c1.txt';

function changed(line: number, from: string, to: string): string {
  const lines = readFileSync(join(FIXTURES, S002), 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  return lines.join('\n');
}

const amount = (raw: string, line = 1) => ({ raw, value: raw, decimals: 2, line });

describe('a degraded row made unplaceable by one misprinted number', () => {
  it('repairFits: 50.65 42.05 26.18 13.68 3.56 8.60 8.60 fits table 03 once 26.18 (工资福利) reads 24.81, and in no other way', () => {
    const numbers = ['50.65', '42.05', '26.18', '13.68', '3.56', '8.60', '8.60'].map((r) => amount(r));
    const repairs = repairFits(numbers, HENAN_COLUMNS.expenditure!, ARITHMETIC.expenditure!);
    const wages = repairs.filter((r) => r.fit.get('basic.wages')?.value === '24.81');
    expect(wages.length).toBeGreaterThan(0);
    for (const r of wages) expect(r.printed.get('basic.wages')?.value).toBe('26.18');
    // every repair changes exactly one number, to what the row's sums ask for
    for (const r of repairs) {
      const diffs = [...r.fit].filter(([k, a]) => r.printed.get(k)!.value !== a.value);
      expect(diffs).toHaveLength(1);
    }
  });

  it('a single number, or more numbers than columns, has no repair', () => {
    const cols = HENAN_COLUMNS['three-public']!;
    expect(repairFits([amount('8.60')], cols, ARITHMETIC['three-public']!)).toEqual([]);
    const many = Array.from({ length: cols.length + 1 }, () => amount('1.00'));
    expect(repairFits(many, cols, ARITHMETIC['three-public']!)).toEqual([]);
  });

  it('002 line 597: 03 工资福利 24.81 printed 26.18 keeps the warning, places the row and is named by the diagnosis', () => {
    const { model, result } = audit(S002, changed(597, '50.65 42.05 24.81 13.68', '50.65 42.05 26.18 13.68'));
    expect(result.findings.filter((f) => f.ruleId === 'table-degraded-row').map((f) => f.locations[0]!.line)).toEqual([597]);
    const t03 = model.tables.find((t) => t.number === '03')!;
    const row = t03.rows.find((r) => r.line === 593)!;
    expect(row.cells.find((c) => c.column === 'basic.wages')).toMatchObject({ value: '26.18', certainty: 'certain', line: 597 });
    expect(t03.recovery?.unplaced).toEqual([{ line: 593, numbers: 7 }]);
    const { diagnoses } = diagnose(result.findings, result.identities, 'zh');
    const d = diagnoses.find((x) => x.alternatives[0]!.some((c) => c.location.line === 597));
    expect(d?.kind).toBe('number');
    expect(d?.alternatives[0]).toEqual([expect.objectContaining({ printed: '26.18', suggested: '24.81' })]);
  });
});
