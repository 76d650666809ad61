import type { Rule } from '../src/engine/rule.js';
import type { Capability } from '../src/template/schema.js';

/**
 * What each built-in rule needs of a release's template, in one table: a rule runs on a release only
 * where its template has every capability listed (src/template: each profile's `capabilities`).
 * Elsewhere it is a coverage skip that names the template, never dropped in silence. A rule not
 * listed needs nothing template-specific (the year, the department name, punctuation) and runs on
 * every release.
 */
export const RULE_REQUIREMENTS: Readonly<Record<string, readonly Capability[]>> = {
  // within one table: the canonical columns and rows of the layout
  'table-column-sum': ['table-layout'],
  'table-subtotal-rows': ['table-layout'],
  'table-summary-sum': ['summary-lines'],
  'table-of-which-lines': ['table-layout'],
  'table-performance-budget': ['table-layout'],
  'table-degraded-row': ['table-layout'],
  // across tables: facts with their scopes
  'cross-grand-total': ['scoped-facts'],
  'cross-class-totals': ['scoped-facts', 'summary-lines'],
  'cross-basic-project': ['scoped-facts'],
  'cross-personnel-public': ['scoped-facts', 'economic-tables', 'basic-parts'],
  'cross-economic-coverage': ['scoped-facts', 'economic-tables'],
  // reads the 三公 table and 06 cell by cell in their printed units: only where both print 万元
  'cross-three-public': ['scoped-facts', 'three-public-table', 'economic-tables'],
  // 会议费/培训费 printed beside the 三公 (Jiangsu 09) against 06's lines
  'cross-meeting-training': ['scoped-facts', 'three-public-table', 'economic-tables'],
  // 机关运行经费 by economic line (Jiangsu 12) against 06's 公用经费 lines
  'cross-admin-expenses': ['scoped-facts', 'economic-tables'],
  'cross-project-list': ['scoped-facts', 'project-tables'],
  'cross-gov-fund': ['scoped-facts'],
  'cross-econ-class-column': ['scoped-facts', 'economic-tables'],
  'cross-function-code-name': ['table-layout'],
  'cross-fiscal-of-which': ['scoped-facts', 'summary-lines'],
  'three-public-basic-lines': ['scoped-facts', 'three-public-basic'],
  'balance-total': ['summary-lines'],
  'balance-fund': ['summary-lines', 'scoped-facts'],
  // an empty table is explained (or not) by the narrative of the template's sections
  'empty-table-note': ['table-layout', 'narrative-sections'],
  // narrative: claims read with the template's sections and wording
  'narrative-amount': ['narrative-sections', 'scoped-facts'],
  'narrative-repeat': ['narrative-sections'],
  'share-amount': ['narrative-sections', 'scoped-facts'],
  'share-sum': ['narrative-sections'],
  'yoy-rate': ['narrative-sections'],
  'yoy-direction': ['narrative-sections'],
  'yoy-base-year': ['narrative-sections'],
  'yoy-repeat': ['narrative-sections'],
  'counts-vehicles': ['narrative-sections'],
  'counts-procurement': ['narrative-sections'],
  // the table of contents and the parts of the template
  'metadata-toc': ['toc-tables'],
  'structure-front-matter': ['parts'],
  'structure-required-parts': ['parts'],
  'structure-toc-body': ['toc-tables'],
  'structure-numbering': ['parts'],
  'structure-table-note': ['wording'],
  'definitions-glossary': ['parts'],
  'definitions-indicator-explanations': ['wording'],
  // codes and names as the template's tables print them
  'classification-class-names': ['table-layout'],
  'classification-econ-names': ['economic-tables'],
  'classification-project-codes': ['project-tables'],
  // the template's standard wording
  'hygiene-template': ['wording'],
  'identity-finance-level': ['wording'],
  'identity-owner-wording': ['wording'],
  'wording-template-instructions': ['wording'],
};

/** The built-in rules with what they need of the template. */
export function withRequirements(rules: readonly Rule[]): Rule[] {
  return rules.map((r) => (RULE_REQUIREMENTS[r.id] && !r.requires ? { ...r, requires: RULE_REQUIREMENTS[r.id] } : r));
}
