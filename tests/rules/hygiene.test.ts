import { describe, expect, it } from 'vitest';
import { model, run, textLines } from '../helpers/narrative.js';
import { hygieneTemplate } from '../../rules/hygiene/template.js';
import { hygienePunctuation } from '../../rules/hygiene/punctuation.js';
import { hygieneBrackets } from '../../rules/hygiene/brackets.js';

/** Findings come sorted by line, then message: compare as sets. */
const sorted = <T>(xs: T[]): T[] => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A narrative between 第二部分 (line 10) and 第三部分: rules scan only that. */
function narrative(body: Record<number, string>) {
  return textLines({ 2: '主要原因：。（目录前，不查）', 10: '第二部分', ...body, 40: '第三部分 名词解释', 41: '主要原因：。' });
}

describe('hygiene-template', () => {
  it('002 line 165: “增加/减少” split across lines is found on the line it starts', () => {
    const lines = narrative({ 20: '接待（含外宾接待）支出。预算数比 2023 年增加/减少 0 万元。主', 21: '要原因：压缩开支。' });
    const r = run(hygieneTemplate, model().build(), lines);
    expect(r.findings.map((f) => [f.severity, f.locations[0]?.line, f.locations[0]?.value])).toEqual([['warning', 20, '增加/减少']]);
  });

  it('增加（减少）, XX, ×× and a blank reason are warnings; text outside 第二部分 is not scanned', () => {
    const lines = narrative({
      12: '收入增加（减少）XX万元，主要原因：。',
      13: '支出××万元，主要原因是',
      14: '。',
    });
    const r = run(hygieneTemplate, model().build(), lines);
    expect(sorted(r.findings.map((f) => [f.locations[0]?.line, f.locations[0]?.value]))).toEqual(sorted([
      [12, '增加（减少）'],
      [12, 'XX'],
      [12, '主要原因：。'],
      [13, '××'],
      [13, '主要原因是。'],
    ]));
  });

  it('clean text passes', () => {
    const lines = narrative({ 12: '收入增加158.83万元，增长29.20%，主要原因：人员较去年年底增加5人。' });
    expect(run(hygieneTemplate, model().build(), lines).findings).toEqual([]);
  });
});

describe('hygiene-punctuation', () => {
  it('003 line 120 “万元。。” is a warning; ；。 and ，。 too', () => {
    const lines = narrative({ 20: '我单位 2024 年无使用政府性基金预算拨款安排支出，年初预算为 0.00 万元。。', 21: '甲；。乙，。' });
    const r = run(hygienePunctuation, model().build(), lines);
    expect(sorted(r.findings.map((f) => [f.severity, f.locations[0]?.line, f.locations[0]?.value]))).toEqual(sorted([
      ['warning', 20, '。。'],
      ['warning', 21, '；。'],
      ['warning', 21, '，。'],
    ]));
  });

  it('single marks pass', () => {
    expect(run(hygienePunctuation, model().build(), narrative({ 12: '收入合计702.77万元，其中：一般公共预算702.77万元；上年结转结余0万元。' })).findings).toEqual([]);
  });
});

describe('hygiene-brackets', () => {
  it('an unclosed “ or （ in one sentence is a warning; mixed-width （ ) pairs balance', () => {
    const lines = narrative({
      12: '一般公共服务(类）支出598.45万元。',
      13: '“三公”经费预算为7.50万元。',
      14: '“三公经费预算为7.50万元（含接待。',
    });
    const r = run(hygieneBrackets, model().build(), lines);
    expect(sorted(r.findings.map((f) => [f.severity, f.locations[0]?.line, f.locations[0]?.value, f.expected, f.actual]))).toEqual(sorted([
      ['warning', 14, '（）', '1', '0'],
      ['warning', 14, '“”', '1', '0'],
    ]));
  });
});
