import { describe, expect, it } from 'vitest';
import { escapeGithubData, escapeGithubProperty, escapeMarkdownCell, escapeXml, markdownCode } from '../src/report/escape.js';
import { textWidth, wrapText } from '../src/report/wrap.js';
import { failsAt } from '../src/report/threshold.js';
import { sarifUri } from '../src/report/sarif.js';
import { applyBaseline, baselineOf } from '../src/baseline/baseline.js';
import { OutputPlan } from '../src/cli/outputs.js';
import { pickLang } from '../src/batch/bilingual.js';
import { colorEnabled } from '../src/cli/color.js';
import type { DocumentReport, Finding } from '../src/model/report.js';

function finding(fp: string, line: number): Finding {
  return { ruleId: 'r', severity: 'error', message: 'm' + line, locations: [{ line }], fingerprint: fp };
}

describe('escaping', () => {
  it('XML/HTML escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
  it('GitHub workflow commands escape %, CR, LF, and in properties : and ,', () => {
    expect(escapeGithubData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeGithubProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });
  it('markdown cells keep pipes and newlines from breaking the table', () => {
    expect(escapeMarkdownCell('a|b\nc_d')).toBe('a\\|b c\\_d');
    expect(markdownCode('x|`y`')).toBe("`x\\|'y'`");
  });
});

describe('terminal helpers', () => {
  it('counts CJK as two columns and wraps by width', () => {
    expect(textWidth('本年收入合计 702.77')).toBe(12 + 7);
    expect(wrapText('本年收入合计', 5)).toBe('本年\n收入\n合计');
    expect(wrapText('ab\ncd', 10)).toBe('ab\ncd');
  });
  it('colour: NO_COLOR wins, FORCE_COLOR forces, otherwise a TTY decides', () => {
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
  });
  it('picks one language of a bilingual input message', () => {
    expect(pickLang('不是文本文件（含二进制内容）/ not a text file (binary content)', 'en')).toBe('not a text file (binary content)');
    expect(pickLang('文件不存在或无法访问 / file not found or not accessible', 'zh')).toBe('文件不存在或无法访问');
  });
});

describe('thresholds and SARIF uris', () => {
  it('--fail-on decides which severities fail', () => {
    expect(failsAt('error', 'error')).toBe(true);
    expect(failsAt('warning', 'error')).toBe(false);
    expect(failsAt('warning', 'warning')).toBe(true);
    expect(failsAt('info', 'warning')).toBe(false);
    expect(failsAt('info', 'info')).toBe(true);
    expect(failsAt('error', 'never')).toBe(false);
  });
  it('percent-encodes each path segment', () => {
    expect(sarifUri('报告/2026 预算.txt')).toBe('%E6%8A%A5%E5%91%8A/2026%20%E9%A2%84%E7%AE%97.txt');
  });
});

describe('output plan', () => {
  it('pairs each --output-file with the --format given just before it', () => {
    const plan = new OutputPlan();
    plan.addFormat('json');
    plan.addFile('a.json', 'pretty');
    plan.addFormat('sarif');
    plan.addFile('a.sarif', 'pretty');
    plan.addFormat('pretty');
    expect(plan.resolve('pretty')).toEqual([
      { format: 'json', file: 'a.json' },
      { format: 'sarif', file: 'a.sarif' },
      { format: 'pretty' },
    ]);
  });
  it('gives a file with no format before it the default format', () => {
    const plan = new OutputPlan();
    plan.addFile('out.txt', 'pretty');
    expect(plan.resolve('pretty')).toEqual([{ format: 'pretty', file: 'out.txt' }]);
    expect(new OutputPlan().resolve('pretty')).toEqual([{ format: 'pretty' }]);
  });
});

describe('baseline', () => {
  const doc = (path: string, findings: Finding[]): DocumentReport => ({ path, status: 'checked', findings });

  it('hides known findings, counts repeats, and lists entries that no longer occur', () => {
    const before = [doc('a.txt', [finding('x', 1), finding('y', 2)]), doc('b.txt', [finding('z', 3)])];
    const baseline = baselineOf(before, '0.0.0');
    expect(baseline.entries.map((e) => [e.path, e.fingerprint])).toEqual([['a.txt', 'x'], ['a.txt', 'y'], ['b.txt', 'z']]);

    // Lines moved (x now at 10), y fixed, a second x appeared; b.txt not part of this run.
    const after = [doc('a.txt', [finding('x', 10), finding('x', 11)])];
    const { documents, outcome } = applyBaseline(after, baseline, 'base.json');
    expect(documents[0]?.findings.map((f) => f.locations[0]?.line)).toEqual([11]);
    expect(outcome.suppressed).toBe(1);
    expect(outcome.absent.map((e) => e.fingerprint)).toEqual(['y']);
  });
});
