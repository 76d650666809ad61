import Table from 'cli-table3';
import type { Lang } from '../../engine/rule.js';
import { ALL_RULES, findRule } from '../../../rules/index.js';
import { msg } from '../messages.js';
import { UsageError } from '../usage-error.js';

/** `budget-audit rules`: every rule with its family, default severity and title. */
export function runRulesList(lang: Lang, format: 'pretty' | 'json'): number {
  const rules = [...ALL_RULES].sort((a, b) => a.family.localeCompare(b.family) || a.id.localeCompare(b.id));
  if (format === 'json') {
    const rows = rules.map((r) => ({ id: r.id, family: r.family, severity: r.severity, title: r.title[lang] }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (rules.length === 0) {
    process.stdout.write(msg(lang, 'noRules') + '\n');
    return 0;
  }
  const t = new Table({
    head: [msg(lang, 'id'), msg(lang, 'family'), msg(lang, 'defaultSeverity'), msg(lang, 'title')],
    style: { head: [], border: [] },
  });
  for (const r of rules) t.push([r.id, r.family, r.severity, r.title[lang]]);
  process.stdout.write(t.toString() + '\n');
  return 0;
}

/** `budget-audit explain RULE`: the rule's documentation and the messages it can produce. */
export function runExplain(id: string, lang: Lang): number {
  const rule = findRule(id);
  if (!rule) throw new UsageError(msg(lang, 'unknownRule', { id }));
  const out = [
    `${rule.id} — ${rule.title[lang]}`,
    `${msg(lang, 'family')}: ${rule.family}    ${msg(lang, 'defaultSeverity')}: ${rule.severity}`,
    '',
    rule.docs[lang],
    '',
    `${msg(lang, 'messagesHeading')}:`,
    ...Object.entries(rule.messages).map(([k, v]) => `  ${k}: ${v[lang]}`),
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
