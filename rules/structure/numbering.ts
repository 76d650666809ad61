import { defineRule } from '../../src/engine/rule.js';
import { cnNumber, PART_HEADING, plain, proseLines } from './regions.js';

/** Heading levels by their ordinal's form: 一、 and （一）. Numbers 1. are list items, not headings. */
const LEVELS: ReadonlyArray<{ re: RegExp; level: 1 | 2 }> = [
  { re: /^([一二三四五六七八九十]{1,3})、/, level: 1 },
  { re: /^[（(]([一二三四五六七八九十]{1,3})[)）]/, level: 2 },
];

export const structureNumbering = defineRule({
  id: 'structure-numbering',
  family: 'structure',
  severity: 'warning',
  title: { zh: '标题编号重复或跳号', en: 'Heading numbers repeat or skip' },
  docs: {
    zh: '正文（目录与附表之外）各级标题的序号须连续：“一、”之后是“二、”，“（一）”之后是“（二）”；同一序号出现两次或跳过一个序号都是编号错误。新的“第X部分”可以从“一、”重新编号，也可以接续上一部分；紧接着的两个“一、”标题说的是同一件事时（“一、××主要职责”“一、主要职责”），是同一标题重复。列出金额的科目行和版面表格中的行不是标题。',
    en: 'Heading ordinals in the body (outside the contents and the tables) run without gaps: 一、 is followed by 二、, （一） by （二）; an ordinal printed twice or one skipped is a numbering fault. A new part (第X部分) may start again at 一、 or continue the previous part’s numbering; two 一、 headings in a row saying the same thing (“一、××主要职责”, “一、主要职责”) are one heading doubled. Class lines listing amounts and lines of a layout table are no headings.',
  },
  messages: {
    repeated: { zh: '标题序号“{ordinal}”重复：第{prevLine}行已用过（“{text}”）', en: 'heading number “{ordinal}” repeats line {prevLine} (“{text}”)' },
    skipped: { zh: '标题序号跳号：“{prev}”之后是“{ordinal}”（“{text}”）', en: 'heading numbers skip: “{prev}” is followed by “{ordinal}” (“{text}”)' },
  },
  check(model, ctx) {
    const state: Array<{ n: number; line: number; raw: string; words: string } | undefined> = [undefined, undefined, undefined];
    let lastHeading = 0;
    for (const n of proseLines(model, ctx.lines)) {
      const raw = ctx.lines[n - 1] ?? '';
      const p = plain(raw);
      if (!p) continue;
      // a layout table the parser did not take (cells far apart, amounts) is no heading list
      if (/^\s{10,}/.test(raw) || /\S\s{4,}\S.*\S\s{4,}\S/.test(raw)) continue;
      // a line stating an amount may be a list item (（二）公务接待费 0.57万元) or a class line numbered by its
      // code (四、卫生健康支出 4,420.04): it moves the numbering on but is not judged by it
      const judged = !/\d\.\d{2}/.test(p);
      if (PART_HEADING.test(p)) {
        // a new part: level 2 restarts; level 1 may restart or continue
        state[2] = undefined;
        if (state[1]) state[1] = { ...state[1], n: -state[1].n };
        continue;
      }
      for (const { re, level } of LEVELS) {
        const m = re.exec(p);
        if (!m) continue;
        const num = cnNumber(m[1]!);
        if (num === undefined) break;
        const prev = state[level];
        const shown = p.length > 30 ? p.slice(0, 30) + '…' : p;
        const words = p.slice(m[0].length);
        if (judged && prev && num === 1 && prev.n === 1 && prev.line === lastHeading && words !== '' && (prev.words.includes(words) || words.includes(prev.words))) {
          // 一、 printed twice in a row: one heading doubled, not a new list
          ctx.report({ messageId: 'repeated', data: { ordinal: m[0], prevLine: prev.line, text: shown }, locations: [{ line: n, value: m[0] }, { line: prev.line, value: prev.raw }] });
        } else if (judged && prev && num !== 1) {
          // after a part heading the previous number is kept negative: continuing it is fine too
          const last = Math.abs(prev.n);
          if (num === last && prev.n > 0) {
            ctx.report({ messageId: 'repeated', data: { ordinal: m[0], prevLine: prev.line, text: shown }, locations: [{ line: n, value: m[0] }, { line: prev.line, value: prev.raw }] });
          } else if (num > last + 1) {
            ctx.report({ messageId: 'skipped', data: { prev: prev.raw, ordinal: m[0], text: shown }, locations: [{ line: n, value: m[0] }] });
          }
        }
        state[level] = { n: num, line: n, raw: m[0], words };
        lastHeading = n;
        if (level === 1) state[2] = undefined;
        break;
      }
    }
  },
});
