import { describe, expect, it } from 'vitest';
import { loadFormatter, type FormatContext } from '../../src/report/index.js';
import type { DocumentReport, Report } from '../../src/model/report.js';
import { diagnose } from '../../src/diagnose/index.js';
import { sameIdentity, sumIdentity } from '../../src/engine/identity.js';
import { cell, stated } from './build.js';

/** One document whose narrative figure is wrong: two findings, one diagnosis, and one unrelated finding. */
function report(): Report {
  const total = cell(40, '合计', '1038.62');
  const same = sameIdentity(total, stated(5, '基本支出', '1058.62'));
  const findings = [
    { ruleId: 'narrative-amount', severity: 'error' as const, message: 'M1', locations: [{ line: 5 }, { line: 40 }], fingerprint: 'a', identities: [same] },
    { ruleId: 'metadata-toc', severity: 'warning' as const, message: 'M2', locations: [{ line: 2 }], fingerprint: 'b' },
  ];
  const held = [sumIdentity(total, [cell(40, '工资', '1000.00'), cell(40, '商品', '38.62')])];
  const d = diagnose(findings, held, 'zh');
  const doc: DocumentReport = {
    path: 'x.txt',
    status: 'checked',
    findings: d.findings,
    diagnoses: d.diagnoses,
    coverage: {
      tables: [],
      missingTables: [],
      illegible: [],
      unclaimedSentences: [],
      unresolvedClaims: [],
      rules: { ran: ['narrative-amount', 'metadata-toc'], skipped: [], partial: [], crashed: [] },
    },
  };
  return {
    tool: { name: 'budget-audit', version: '0' },
    lang: 'zh',
    documents: [doc],
    summary: { documents: 1, checked: 1, unreadable: 0, notRelease: 0, tooLarge: 0, binary: 0, timeout: 0, failed: 0, errors: 1, warnings: 1, infos: 0, durationMs: 0 },
  };
}

const ctx: FormatContext = { lang: 'zh', color: false, failOn: 'error', rules: [], readLines: async () => undefined, width: 150 };

describe('the primary finding comes first, the findings it explains beneath it', () => {
  for (const name of ['pretty', 'markdown', 'html']) {
    it(name, async () => {
      const text = await (await loadFormatter(name)).render(report(), ctx);
      const primary = text.indexOf('说明第5行“基本支出” 印为 1058.62，应为 1038.62');
      expect(primary).toBeGreaterThan(-1);
      expect(text.indexOf('M1')).toBeGreaterThan(primary);
      expect(text.indexOf('其他发现')).toBeGreaterThan(text.indexOf('M1'));
      expect(text.indexOf('M2')).toBeGreaterThan(text.indexOf('其他发现'));
    });
  }

  it('sarif keeps one result per finding and marks the explained one', async () => {
    const sarif = JSON.parse(await (await loadFormatter('sarif')).render(report(), ctx));
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0].properties).toMatchObject({ diagnosis: 'D1', diagnosisKind: 'number', primary: 'true' });
    expect(results[1].properties.diagnosis).toBeUndefined();
  });

  it('junit says which diagnosis explains a failure', async () => {
    const xml = await (await loadFormatter('junit')).render(report(), { ...ctx, rules: [{ id: 'narrative-amount', family: 'narrative', severity: 'error', title: { zh: 't', en: 't' }, docs: { zh: '', en: '' } }] });
    expect(xml).toContain('由此解释 D1');
  });
});
