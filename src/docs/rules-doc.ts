import type { Lang, Rule } from '../engine/rule.js';
import { RULE_FAMILIES } from '../engine/rule.js';

const FAMILY_TITLE: Record<(typeof RULE_FAMILIES)[number], string> = {
  'within-table': 'Within a table (表内平衡)',
  'cross-table': 'Across tables (表间一致)',
  balance: 'Income against expenditure (收支平衡)',
  'empty-table': 'Empty tables (空表说明)',
  narrative: 'Narrative against tables (文表一致)',
  share: 'Shares (占比)',
  'year-over-year': 'Year over year (同比)',
  metadata: 'Metadata (年度、部门、目录、科目)',
  counts: 'Counts in prose (数量)',
  hygiene: 'Text hygiene (文字规范)',
  structure: 'Structure (结构、目录、编号)',
  classification: 'Classification codes and names (科目)',
  identity: 'Identity and level (部门名称、财政级次)',
  definitions: 'Definitions (名词解释、指标说明)',
  wording: 'Wording (年份、模板残留、残句)',
  coverage: 'Coverage (覆盖)',
  'final-accounts': 'Final accounts (部门决算)',
};

/**
 * docs/rules.md is generated from the rule modules so that it cannot drift: a test renders it again
 * and compares (`npm run docs` rewrites it).
 */
export function renderRulesDoc(rules: readonly Rule[], lang: Lang = 'en'): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from the rule modules in rules/ by `npm run docs`; a test fails when this file is stale. -->',
    '',
    `${rules.length} rules. Severity is the default; a configuration file can turn a rule off or change it.`,
    'A rounding tail (a difference within the intervals of the printed values) is always reported as `info`.',
    '',
    '| id | family | severity | title |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.family} | ${r.severity} | ${r.title.zh} / ${r.title.en} |`),
    '',
  ];
  for (const family of RULE_FAMILIES) {
    const members = rules.filter((r) => r.family === family);
    if (members.length === 0) continue;
    out.push(`## ${FAMILY_TITLE[family]}`, '');
    for (const r of members) {
      out.push(`### ${r.id}`, '', `**${r.title.zh}** — ${r.title.en}. Default severity: \`${r.severity}\`.`, '');
      out.push(r.docs.zh, '', lang === 'en' ? r.docs.en : '', '');
    }
  }
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n').trimEnd() + '\n';
}
