import { defineRule } from '../../src/engine/rule.js';
import { glossaryRange, plain } from '../structure/regions.js';
import { pushTo } from '../../src/group.js';

/** The level of government a region's name states: its last administrative word. */
export function levelOf(region: string): string | undefined {
  const r = plain(region);
  if (/自治区$|特别行政区$/.test(r)) return undefined;
  const m = /(省|市|区|县|旗)$/.exec(r);
  return m?.[1];
}

const WORD = /([省市区县旗])级财政/g;

export const identityFinanceLevel = defineRule({
  id: 'identity-finance-level',
  family: 'identity',
  severity: 'warning',
  title: { zh: '财政级次与发布部门不符', en: 'Level of government differs from the publisher' },
  docs: {
    zh: '名词解释中的“X级财政”（财政拨款收入“是指X级财政当年拨付的资金”，“三公”经费“纳入X级财政预算管理”）须是发布部门所在的级次：区属部门写“区级财政”，县属部门写“县级财政”，市属部门写“市级财政”。套用上级或其他地区模板时常留下错误的级次。“同级财政”“本级财政”不受此限。',
    en: 'The “X级财政” of the glossary (财政拨款收入 “是指X级财政当年拨付的资金”, “三公”经费 “纳入X级财政预算管理”) must be the publisher’s level: a district department writes 区级财政, a county department 县级财政, a city department 市级财政. A template taken from another level keeps the wrong word. 同级财政 and 本级财政 are always right.',
  },
  messages: {
    level: {
      zh: '名词解释写作“{found}级财政”，而发布部门属{region}（应为“{expected}级财政”）',
      en: 'the glossary says “{found}级财政”, but the publisher belongs to {region} (“{expected}级财政”)',
    },
    mixed: {
      zh: '名词解释中财政级次前后不一：{words}',
      en: 'the glossary names different levels of government: {words}',
    },
  },
  check(model, ctx) {
    const range = glossaryRange(model, ctx.lines);
    if (!range) {
      ctx.skip({ zh: '未找到名词解释', en: 'no glossary (名词解释) was found' });
      return;
    }
    const found = new Map<string, number[]>();
    for (let n = range.line; n <= range.end; n++) {
      for (const m of plain(ctx.lines[n - 1] ?? '').matchAll(WORD)) pushTo(found, m[1]!, n);
    }
    if (found.size === 0) return;
    const region = model.meta.region?.text;
    const expected = region ? levelOf(region) : undefined;
    if (expected) {
      for (const [word, lines] of found) {
        if (word === expected) continue;
        ctx.report({
          messageId: 'level',
          data: { found: word, region: region!, expected },
          locations: [...lines.map((line) => ({ line, value: `${word}级财政` })), { line: model.meta.region!.line, value: region! }],
        });
      }
      return;
    }
    if (found.size > 1) {
      const words = [...found].map(([w, ls]) => (ctx.lang === 'zh' ? `“${w}级财政”（第${ls.join('、')}行）` : `“${w}级财政” (line ${ls.join(', ')})`)).join(ctx.lang === 'zh' ? '、' : ', ');
      ctx.report({ messageId: 'mixed', data: { words }, locations: [...found.values()].flat().map((line) => ({ line })) });
    }
  },
});
