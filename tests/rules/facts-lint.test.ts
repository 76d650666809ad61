import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules see the model and its facts, never the parser, and the rules converted to facts never find
 * their figures by a template's row labels or table numbers: that is what lets another template (or
 * 决算) be a data file instead of a rewrite of the rules.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const RULES = join(ROOT, 'rules');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const source = (p: string) => readFileSync(p, 'utf8');
const rel = (p: string) => relative(ROOT, p);

/** Rules that read raw text lines on purpose: degraded-row quotes the numbers a recovery could not place. */
const MAY_READ_PARSER = new Set(['rules/within-table/degraded-row.ts']);

/** Rules that ask facts by scope; their figures must never come from row labels or table numbers. */
const ON_FACTS = [
  'rules/narrative/amount.ts',
  'rules/share/amount.ts',
  'rules/share/sum.ts',
  'rules/year-over-year/rate.ts',
  'rules/cross-table/class-totals.ts',
  'rules/cross-table/grand-total.ts',
  'rules/cross-table/gov-fund.ts',
  'rules/cross-table/basic-project.ts',
  'rules/cross-table/project-list.ts',
  'rules/balance/income-expenditure.ts',
  'rules/balance/fund-balance.ts',
  'rules/empty-table/empty-note.ts',
];

/** Ways of finding a figure by where a template prints it. */
const BY_POSITION: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bfindRow\(|\bsummaryHalf\(|\bincomeLine\(|\bgrandRow\(|\bgrandFigure\(|\bsummaryFigure\(/, 'a row found by its label or position'],
  [/\b(valueAt|readCell|cellOf|amountOrZero)\(/, 'a cell read by column key'],
  [/\.test\(\s*normLabel\(|normLabel\([^)]*\)\.(match|startsWith)|\.test\(\s*\w+\.label\b/, 'a row label matched'],
  [/HENAN_NUMBER|\.number\b/, 'a printed table number'],
  [/src\/engine\/resolve\.js/, 'the old resolver import (facts resolve by scope)'],
];

describe('rules and the fact layer', () => {
  it('no rule imports the parser', () => {
    const offenders = files(RULES)
      .filter((p) => !MAY_READ_PARSER.has(rel(p)))
      .filter((p) => /from '(\.\.\/)+src\/parse\//.test(source(p)))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('no rule reads a table by its printed number', () => {
    expect(files(RULES).filter((p) => /HENAN_NUMBER/.test(source(p))).map(rel)).toEqual([]);
  });

  it('the rules on facts find no figure by row label, column position or table number', () => {
    const offenders: string[] = [];
    for (const p of ON_FACTS) {
      const text = source(join(ROOT, p));
      for (const [re, what] of BY_POSITION) if (re.test(text)) offenders.push(`${p}: ${what}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the rules on facts do ask the facts (directly or through the scoped resolver)', () => {
    const asking = ON_FACTS.filter((p) => /ctx\.facts|facts: ix|\bfigure\(|resolveQuantity|operand\(|quantityDef\(/.test(source(join(ROOT, p))));
    expect(asking).toEqual(ON_FACTS);
  });

  it('the lint itself catches a label lookup', () => {
    const sample = "const row = findRow(t01, /^收入总计/, 'income');";
    expect(BY_POSITION.some(([re]) => re.test(sample))).toBe(true);
  });
});
