import { HENAN_TEMPLATE } from '../src/template/index.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Table as TableSchema } from '../src/model/table.js';
import { parseTables } from '../src/parse/tables/index.js';

const clean = readFileSync(new URL('../fixtures/000_52f5b89fd5e0ecf0.txt', import.meta.url), 'utf8').split('\n');

type Edit = { at: number; op: 'drop' | 'untab' | 'dup' | 'illegible' | 'truncate' };
const edit = fc.record({
  at: fc.integer({ min: 0, max: clean.length - 1 }),
  op: fc.constantFrom<Edit['op']>('drop', 'untab', 'dup', 'illegible', 'truncate'),
});

function apply(lines: readonly string[], edits: readonly Edit[]): string[] {
  const out = [...lines];
  for (const e of edits) {
    const i = Math.min(e.at, out.length - 1);
    if (i < 0) break;
    const l = out[i] ?? '';
    if (e.op === 'drop') out.splice(i, 1);
    else if (e.op === 'untab') out[i] = l.replace(/\t/g, ' ');
    else if (e.op === 'dup') out.splice(i, 0, l);
    else if (e.op === 'illegible') out[i] = '[illegible]';
    else out[i] = l.slice(0, Math.floor(l.length / 2));
  }
  return out;
}

describe('parseTables on damaged text', () => {
  it('never throws, and every table and cell it returns is well-formed and within its table', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const lines = apply(clean, edits);
        const { tables, illegible } = parseTables(lines, { year: 2026, template: HENAN_TEMPLATE });
        for (const s of illegible) expect(lines[s.line - 1]).toContain('[illegible]');
        for (const t of tables) {
          expect(TableSchema.safeParse(t).success).toBe(true);
          expect(t.endLine).toBeGreaterThanOrEqual(t.titleLine);
          for (const r of t.rows)
            for (const c of r.cells) {
              expect(c.line).toBeGreaterThan(t.titleLine);
              expect(c.line).toBeLessThanOrEqual(t.endLine);
            }
        }
      }),
      { numRuns: 40, seed: 20260401 },
    );
  });

  it('empty and title-only inputs give no rows and no crash', () => {
    expect(parseTables([], { template: HENAN_TEMPLATE })).toEqual({ tables: [], illegible: [] });
    const { tables } = parseTables(['附件：', '预算01表', '2026年部门收支总体情况表'], { template: HENAN_TEMPLATE });
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'income-expenditure-summary', number: '01', titleLine: 3, year: 2026 });
  });
});
