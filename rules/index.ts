import type { Rule } from '../src/engine/rule.js';
import { withinTableRules } from './within-table/index.js';
import { crossTableRules } from './cross-table/index.js';
import { balanceRules } from './balance/index.js';
import { emptyTableRules } from './empty-table/index.js';
import { narrativeRules } from './narrative/index.js';
import { shareRules } from './share/index.js';
import { yearOverYearRules } from './year-over-year/index.js';
import { metadataRules } from './metadata/index.js';
import { countsRules } from './counts/index.js';
import { hygieneRules } from './hygiene/index.js';
import { structureRules } from './structure/index.js';
import { classificationRules } from './classification/index.js';
import { identityRules } from './identity/index.js';
import { definitionsRules } from './definitions/index.js';
import { wordingRules } from './wording/index.js';
import { finalAccountsRules } from './final-accounts/index.js';
import { withRequirements } from './requirements.js';
import { threePublicBasic } from './template/three-public-basic.js';
import { meetingTraining } from './template/meeting-training.js';
import { adminExpenses } from './template/admin-expenses.js';
import { wordingReleaseStage } from './wording/release-stage.js';

/**
 * Every rule, in a stable order, each with what it needs of the release's template
 * (rules/requirements.ts). Each family keeps its own list in rules/<family>/index.ts.
 */
export const ALL_RULES: readonly Rule[] = withRequirements([
  ...withinTableRules,
  ...crossTableRules,
  ...balanceRules,
  ...emptyTableRules,
  ...narrativeRules,
  ...shareRules,
  ...yearOverYearRules,
  ...metadataRules,
  ...countsRules,
  ...hygieneRules,
  ...structureRules,
  ...classificationRules,
  ...identityRules,
  ...definitionsRules,
  ...wordingRules,
  // identities of one template family, run where the template declares them
  threePublicBasic,
  meetingTraining,
  adminExpenses,
  // wording keyed on the release kind (预算 / 决算), on every template
  wordingReleaseStage,
  // the 决算 template's own rules (they run only on a 决算: src/template/gate.ts)
  ...finalAccountsRules,
]);

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
