import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { runRules, type RunResult } from '../../src/engine/runner.js';
import type { Lang } from '../../src/engine/rule.js';
import { ingestBytes } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { fixtureFiles, FIXTURES } from '../helpers/audit.js';
import { model } from '../helpers/narrative.js';
import { release } from '../helpers/tables.js';

/**
 * The reasons a rule gives for a check it could not make reach finance staff in the coverage part of
 * every report: in Chinese by default, in English with --lang en. The releases as published skip few
 * checks, so each is also audited cut in two (the text before its first table, and from it on) and a
 * release with nothing in it is audited too: between them every rule that can skip or leave a check
 * undone does so.
 */

const CJK = /[\u4e00-\u9fff]/;
/** Quoted or bracketed wording: printed labels (“政府采购”) and the release's own terms (第二部分). */
const QUOTED = /“[^“”]*”|"[^"]*"|（[^（）]*）|\([^()]*\)/g;

/** The reason with quoted wording removed, innermost first: a label may itself quote (“"三公"经费”). */
function unquoted(reason: string): string {
  let out = reason;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(QUOTED, '');
  }
  return out;
}

interface Variant {
  name: string;
  run(lang: Lang): RunResult;
}

/** Each run once per language, whichever test asks first. */
function memo(name: string, run: (lang: Lang) => RunResult): Variant {
  const done = new Map<Lang, RunResult>();
  return {
    name,
    run(lang) {
      if (!done.has(lang)) done.set(lang, run(lang));
      return done.get(lang)!;
    },
  };
}

function fromText(name: string, text: string): Variant {
  const input = ingestBytes(name, Buffer.from(text, 'utf8'));
  const model = parseRelease(input);
  return memo(name, (lang) => runRules(model, input.lines, ALL_RULES, { lang }));
}

function variants(): Variant[] {
  // nothing known, not even the department or the year
  const bare = { ...release(), meta: { cover: false } };
  // a share and a change whose amounts are stated nowhere, as 000 lines 113 and 139 would read
  // without their amounts and tables
  const claims = model();
  claims.share('general.basic.personnel', 'general.basic', '91.38', 113, { section: 6 });
  claims.change('operatingFunds', 139, { direction: 'increase', amount: '9.15', rate: '19.72', section: 9 });
  const out: Variant[] = [
    memo('empty release', (lang) => runRules(bare, [], ALL_RULES, { lang })),
    memo('claims without amounts', (lang) => runRules(claims.build(), [], ALL_RULES, { lang })),
  ];
  for (const file of fixtureFiles()) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    out.push(fromText(file, text));
    const first = parseRelease(ingestBytes(file, Buffer.from(text, 'utf8'))).tables[0];
    if (!first) continue;
    const lines = text.split('\n');
    out.push(fromText(`${file} before line ${first.titleLine}`, lines.slice(0, first.titleLine - 1).join('\n')));
    out.push(fromText(`${file} from line ${first.titleLine}`, lines.slice(first.titleLine - 1).join('\n')));
  }
  return out;
}

function reasons(r: RunResult): { ruleId: string; reason: string }[] {
  return [...r.skipped, ...r.partial];
}

/** Rules whose source gives a reason, by id: the test fails if one of them never shows its reason. */
function rulesGivingReasons(): string[] {
  const ids: string[] = [];
  const root = new URL('../../rules/', import.meta.url).pathname;
  for (const family of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, family.name)).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join(root, family.name, file), 'utf8');
      if (!/ctx\.(skip|partial)\(/.test(src)) continue;
      for (const m of src.matchAll(/^\s+id: '([a-z0-9-]+)',$/gm)) ids.push(m[1]!);
    }
  }
  return ids.sort();
}

describe('skip and partial reasons speak the user’s language', () => {
  const all = variants();

  for (const v of all) {
    it(`${v.name}: Chinese by default, English with --lang en, for the same checks`, () => {
      const zh = reasons(v.run('zh'));
      const en = reasons(v.run('en'));
      expect(en.map((r) => r.ruleId)).toEqual(zh.map((r) => r.ruleId));
      for (const r of zh) {
        expect(r.reason, r.ruleId).toMatch(CJK);
        // no English sentence left in a Chinese reason: Latin words only inside quoted labels
        expect(unquoted(r.reason), r.ruleId).not.toMatch(/[A-Za-z]{3,}/);
      }
      for (const r of en) {
        expect(r.reason, r.ruleId).toMatch(/\b(the|no|not|is|was|were|needs|neither|fewer)\b/);
        // Chinese only where a printed term is quoted, as in “其中：财政拨款” or (第二部分)
        expect(unquoted(r.reason), r.ruleId).not.toMatch(CJK);
      }
    });
  }

  it('every rule that can give a reason gave one on this corpus, so the checks above saw it', () => {
    const zh = all.flatMap((v) => reasons(v.run('zh')));
    const seen = new Set(zh.map((r) => r.ruleId));
    const zhReasons = new Set(zh.map((r) => r.reason));
    expect(all.length).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual(expect.arrayContaining(rulesGivingReasons()));
    expect(zhReasons.size).toBeGreaterThanOrEqual(rulesGivingReasons().length);
  });

  it('002 (no 06 table, no table of contents) names what is missing in the table names staff use', () => {
    const v = all.find((x) => x.name === '002_d924ceb559bc64c1.txt')!;
    const zh = v.run('zh');
    expect(zh.skipped.find((s) => s.ruleId === 'cross-econ-class-column')?.reason).toBe('缺少一般公共预算基本支出表（06）');
    expect(zh.partial.find((s) => s.ruleId === 'metadata-toc')?.reason).toBe('未找到目录，无法核对目录所列各表');
    const en = v.run('en');
    expect(en.skipped.find((s) => s.ruleId === 'cross-econ-class-column')?.reason).toBe('table 06 (general budget basic expenditure) is absent');
  });
});
