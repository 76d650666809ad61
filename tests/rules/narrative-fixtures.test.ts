import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/read.js';
import { parseRelease } from '../../src/parse/index.js';
import { runRules } from '../../src/engine/runner.js';
import type { Rule } from '../../src/engine/rule.js';
import { narrativeRules } from '../../rules/narrative/index.js';
import { shareRules } from '../../rules/share/index.js';
import { yearOverYearRules } from '../../rules/year-over-year/index.js';
import { metadataRules } from '../../rules/metadata/index.js';
import { countsRules } from '../../rules/counts/index.js';
import { hygieneRules } from '../../rules/hygiene/index.js';

const RULES: readonly Rule[] = [
  ...narrativeRules,
  ...shareRules,
  ...yearOverYearRules,
  ...metadataRules,
  ...countsRules,
  ...hygieneRules,
];

async function findings(file: string): Promise<string[]> {
  const input = await ingestFile(`fixtures/${file}`);
  const r = runRules(parseRelease(input), input.lines, RULES, { lang: 'zh' });
  expect(r.crashed).toEqual([]);
  return r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.locations.map((l) => l.line).join(',')}`).sort();
}

/**
 * Every finding of the narrative, share, year-over-year, metadata, counts and hygiene rules on the
 * five seeds, each read against the text (line numbers are the fixture's).
 */
describe('narrative and text rules on the seeds', () => {
  it('000: only 11’s department name drifts (line 462 lacks 市)', async () => {
    expect(await findings('000_52f5b89fd5e0ecf0.txt')).toEqual(['metadata-department warning 462,4']);
  });

  it('001: 住房保障 18.03 / 250.65 = 7.193%, printed 7.20 (line 107): reachable only at the interval edge', async () => {
    expect(await findings('001_d3fb4ee6849ee809.txt')).toEqual(['share-amount info 107,107,107']);
  });

  it('002: template 增加/减少 (165), four zero changes worded as 增加/减少 0 万元 (123, 153, 181, 185), 06 skipped by the numbering (735), 部门名称：本级 on ten tables', async () => {
    expect(await findings('002_d924ceb559bc64c1.txt')).toEqual(
      [
        'hygiene-template warning 165',
        // ten tables print 部门名称：本级 instead of the name (the degraded rows' empty labels name no unit)
        'metadata-department warning 324,399,550,605,682,737,930,950,987,1517,81',
        'metadata-toc warning 735',
        'yoy-direction warning 123',
        'yoy-direction warning 153',
        'yoy-direction warning 181',
        'yoy-direction warning 185',
      ].sort(),
    );
  });

  it('003: the narrative counts 20.00 of carry-over as general budget; 02 absent, 07/10 illegible; 。。 at line 120', async () => {
    expect(await findings('003_5c2b6dad15e272f5.txt')).toEqual(
      [
        'metadata-toc warning 25',
        'metadata-toc warning 35,350',
        'metadata-toc warning 41,378',
        'narrative-amount error 84,182',
        'narrative-amount error 84,212',
        'narrative-amount error 88,225',
        'narrative-amount error 88,225',
        'narrative-amount error 92,255',
        'narrative-amount error 98,298',
        'narrative-amount info 98,300,301,302,303,304,305,306,307',
        'narrative-amount error 102,327',
        'narrative-amount error 102,298',
        'yoy-direction warning 92',
        'yoy-direction warning 112',
        'yoy-direction warning 116',
        'hygiene-punctuation warning 120',
      ].sort(),
    );
  });

  it('004: 02 and 07 absent; 72.86/27.14 printed for 72.87/27.13 (lines 102, 112); zero changes (108, 128)', async () => {
    expect(await findings('004_089b4ec93cddaf3a.txt')).toEqual(
      [
        'metadata-toc warning 25',
        'metadata-toc warning 35',
        'share-amount info 102,102,102',
        'share-amount info 102,102,102',
        'share-amount info 112,112,112',
        'share-amount info 112,112,112',
        'yoy-direction warning 108',
        'yoy-direction warning 128',
      ].sort(),
    );
  });
});

describe('国有资本经营预算支出 is function class 223', () => {
  it('003 line 102 states it as 20.00 万元, as 01 (line 203) and 04 (line 277) print class 223; 2.00 would be an error', async () => {
    const { audit } = await import('../helpers/audit.js');
    const { readFileSync } = await import('node:fs');
    const name = '003_5c2b6dad15e272f5.txt';
    const base = audit(name).result;
    expect(base.partial.some((p) => p.reason.includes('国有资本经营预算支出'))).toBe(false);
    expect(base.findings.filter((f) => f.ruleId === 'narrative-amount' && f.message.includes('国有资本经营预算支出'))).toEqual([]);
    const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8').split('\n');
    expect(text[101]).toContain('国有资本经营预算支出 20.00 万元');
    text[101] = text[101]!.replace('国有资本经营预算支出 20.00 万元', '国有资本经营预算支出 2.00 万元');
    const f = audit(name, text.join('\n')).result.findings.filter((x) => x.ruleId === 'narrative-amount' && x.locations.some((l) => l.line === 102) && x.message.includes('国有资本经营预算支出'));
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });
});
