import { ALL_RULES } from '../../rules/index.js';
import type { Rule } from '../engine/rule.js';
import type { RuleInfo } from '../report/index.js';

/** The rules as reports describe them: plain data, sorted by id for stable SARIF rule indexes. */
export function ruleCatalog(rules: readonly Rule[] = ALL_RULES): RuleInfo[] {
  return rules.map((r) => ({ id: r.id, family: r.family, severity: r.severity, title: r.title, docs: r.docs })).sort(
    (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
