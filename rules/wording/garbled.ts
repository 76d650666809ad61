import { defineRule } from '../../src/engine/rule.js';
import { plain, proseLines } from '../structure/regions.js';

/** Words the templates' authors are known to break: a character dropped or doubled. */
const BROKEN: ReadonlyArray<{ re: RegExp; right: (m: RegExpExecArray) => string }> = [
  { re: /预结构图/, right: () => '预算结构图' },
  { re: /预算算(?!法)/, right: () => '预算' },
  { re: /预算预算/, right: () => '预算' },
  { re: /的的/, right: () => '的' },
  // 比2021减少: the year lost its 年
  { re: /([比较])((?:19|20)\d{2})(增加|减少|增长|下降|持平)/, right: (m) => `${m[1]}${m[2]}年${m[3]}` },
];

export const wordingGarbled = defineRule({
  id: 'wording-garbled',
  family: 'wording',
  severity: 'warning',
  title: { zh: '词语残缺或重复', en: 'Word missing a character or doubled' },
  docs: {
    zh: '正文（附表之外）中漏字或重字的词，如图题“一般公共预算基本支出预结构图”（漏“算”）、跨行重复的“预算/算收支预算”、年份后漏了“年”的“比2021减少”。换行处的字会先连起来再查。',
    en: 'Words in the text outside the tables with a character dropped or doubled, such as the chart caption “一般公共预算基本支出预结构图” (算 dropped) or “预算 / 算收支预算” doubled across a line break, or a year that lost its 年 (“比2021减少”). Lines are joined before they are read.',
  },
  messages: {
    broken: { zh: '“{text}”应为“{right}”', en: '“{text}” should read “{right}”' },
  },
  check(model, ctx) {
    const prose = proseLines(model, ctx.lines);
    for (let i = 0; i < prose.length; i++) {
      const n = prose[i]!;
      const p = plain(ctx.lines[n - 1] ?? '');
      if (!p) continue;
      // the next non-blank line, to see a word broken over the line end
      const next = prose.slice(i + 1, i + 3).map((m) => plain(ctx.lines[m - 1] ?? '')).find((x) => x) ?? '';
      const joined = p + next.slice(0, 4);
      for (const { re, right } of BROKEN) {
        const m = re.exec(joined);
        if (!m || m.index >= p.length) continue;
        ctx.report({ messageId: 'broken', data: { text: m[0], right: right(m) }, locations: [{ line: n, value: m[0] }] });
      }
    }
  },
});
