import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateLiterals } from './template-literals.js';

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

/** Rules outside the figure families that ask facts by scope; their figures must never come from row labels or table numbers. */
const ALSO_ON_FACTS = [
  'rules/narrative/amount.ts',
  'rules/share/amount.ts',
  'rules/share/sum.ts',
  'rules/year-over-year/rate.ts',
  'rules/empty-table/empty-note.ts',
];

/** Families whose rules compare figures across tables: every rule there asks the facts. */
const FIGURE_FAMILIES = ['rules/cross-table', 'rules/balance'];

/** Rules of those families that read no figure at all, with the reason. */
const NOT_ON_FACTS = new Map<string, string>([
  ['rules/cross-table/function-code-name.ts', 'compares the 项 names a table prints with their codes: it reads names and codes, no amount'],
]);

const defineRules = (p: string) => /\bdefineRule\(/.test(source(p));
const ON_FACTS = [
  ...ALSO_ON_FACTS,
  ...FIGURE_FAMILIES.flatMap((d) => files(join(ROOT, d)))
    .filter(defineRules)
    .map(rel)
    .filter((p) => !NOT_ON_FACTS.has(p)),
];

/**
 * Rules that may hold words of the release on purpose, each with its reason. Everything else in
 * rules/ finds its figures by scope and takes its words from the template profile. An entry whose
 * file no longer holds such a literal fails the lint, so that the list only shrinks.
 */
const MAY_HOLD_WORDS = new Map<string, string>([
  // the national classification, the same in every region's release: checking printed names and
  // codes against it is what these rules do
  ['rules/classification/econ-codes.ts', 'the national economic classification (部门/政府经济分类) code list, names by code'],
  ['rules/classification/class-names.ts', 'checks the function-class names a summary prints against the national names and their renamings'],
  ['rules/cross-table/function-code-name.ts', 'checks the 项 names a table prints against the national codes of those names'],
  // prose rules: they read the narrative's wording and the document's headings, not a table figure
  ['rules/year-over-year/words.ts', 'growth words of the language (增加/减少 …), not of a template'],
  ['rules/hygiene/template.ts', 'template residue in prose (增加/减少 left unchosen, an empty 主要原因)'],
  ['rules/hygiene/text.ts', 'finds the narrative (第二部分) and its end in the text to check its characters'],
  ['rules/identity/finance-level.ts', 'the administrative level words of a region name (省/市/县 …级财政)'],
  ['rules/identity/owner-wording.ts', 'whether the prose says 部门 or 单位 of the publisher'],
  ['rules/metadata/department.ts', "the department name in the narrative's title and headings"],
  ['rules/metadata/names.ts', 'name qualifiers (本级, 汇总, 中国共产党 → 中共) when comparing department names'],
  ['rules/metadata/toc.ts', 'the ordinals and table-number words of a 目录 line, to compare it with the body'],
  ['rules/metadata/year.ts', 'the year words of titles and prose'],
  ['rules/structure/front-matter.ts', 'the 目录 heading and part headings'],
  ['rules/structure/numbering.ts', 'heading ordinals (一、 （一）)'],
  ['rules/structure/regions.ts', 'Chinese numerals and part headings (第…部分, 附件) that divide the document'],
  ['rules/structure/required-parts.ts', 'the words of the three parts (概况, 情况说明, 名词解释)'],
  ['rules/structure/toc-body.ts', 'heading ordinals and years when matching 目录 entries with headings'],
  ['rules/wording/garbled.ts', 'garbled prose (预算预算, 的的)'],
  ['rules/wording/template-instructions.ts', "the template's fill-in instructions left in the prose (请填写 …)"],
  ['rules/wording/year-reference.ts', 'year references in prose (2025年底, 比…)'],
  ['rules/final-accounts/balance.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/budget-actual.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/cross-table.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/growth-rate.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/resolve.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/shared.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/final-accounts/table-sums.ts', 'a rule of the central 决算 template only (gated to it): reads its 公开NN表 by their printed numbers and line words; moving these to facts and profile data is open'],
  ['rules/wording/release-stage.ts', 'the words 预算 and 决算 in prose: a budget that calls its own parts 决算'],
]);


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

  it('the figure families have their rules on facts (not just the ones listed)', () => {
    expect(ON_FACTS.length).toBeGreaterThanOrEqual(17);
    for (const p of [...ALSO_ON_FACTS, ...NOT_ON_FACTS.keys()]) expect(defineRules(join(ROOT, p)), p).toBe(true);
  });

  it('the lint itself catches a label lookup', () => {
    const sample = "const row = findRow(t01, /^收入总计/, 'income');";
    expect(BY_POSITION.some(([re]) => re.test(sample))).toBe(true);
  });

  it('no rule holds a row label, column word, classification code or table number of a template', () => {
    const offenders = files(RULES)
      .filter((p) => !MAY_HOLD_WORDS.has(rel(p)))
      .flatMap((p) => templateLiterals(source(p), p).map((h) => `${rel(p)}:${h.line}: ${h.what}: ${h.text}`));
    expect(offenders).toEqual([]);
  });

  it('every rule allowed words still holds some, and says why', () => {
    for (const [p, why] of MAY_HOLD_WORDS) {
      expect(why.length, p).toBeGreaterThan(10);
      expect(templateLiterals(source(join(ROOT, p)), p).length, `${p} holds no template words: take it off the list`).toBeGreaterThan(0);
    }
  });

  it('the lint catches a template literal planted in a rule', () => {
    const clean = source(join(ROOT, 'rules/cross-table/personnel-public.ts'));
    expect(templateLiterals(clean)).toEqual([]);
    const planted = [
      "const row = t06.rows.find((r) => /^合计/.test(r.label));",
      "if (normLabel(row.label) === '人员经费') return;",
      "const line = lines.get('30201');",
      "const home = { '301': 'personnel' };",
      "if (table.number === '06') return;",
      "const t = model.tables.find((x) => x.title.includes('预算06表'));",
      "const LABELS = new Set(['本年收入合计', '收入总计']);",
      "const PAIRS = [['reception', '30217']];",
      "const r = grandRow(t05);",
    ];
    for (const line of planted) {
      const text = clean.replace('  check(model: Release, ctx) {\n', `  check(model: Release, ctx) {\n    ${line}\n`);
      expect(text).not.toBe(clean);
      expect(templateLiterals(text).length, line).toBeGreaterThan(0);
    }
  });

  it('words in messages, docs and titles are what a rule says, not what it reads', () => {
    const sample = "export const r = { title: { zh: '合计与人员经费（06）', en: 'total' }, messages: { m: { zh: '30201 办公费', en: '' } } };";
    expect(templateLiterals(sample)).toEqual([]);
  });
});
