import type { FactIndex } from '../facts/index.js';
import type { Release } from '../model/release.js';
import type { Identity, Location, Severity } from '../model/report.js';
import type { Capability } from '../template/schema.js';

export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

export const RULE_FAMILIES = [
  'within-table',
  'cross-table',
  'narrative',
  'share',
  'year-over-year',
  'balance',
  'metadata',
  'empty-table',
  'counts',
  'hygiene',
  'structure',
  'classification',
  'identity',
  'definitions',
  'wording',
  'coverage',
  'final-accounts',
] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** What a rule hands to ctx.report. The engine renders the message in the user's language. */
export interface ReportInput {
  /** key into the rule's `messages` */
  messageId: string;
  /** values substituted for `{name}` in the message template */
  data?: Record<string, string | number>;
  /** overrides the rule's default severity for this finding (e.g. info for a rounding tail) */
  severity?: Severity;
  locations: Location[];
  expected?: string;
  actual?: string;
  difference?: string;
  interval?: string;
  /** the identities the finding is about, term by term (src/engine/identity.ts), for the diagnosis */
  identities?: Identity[];
}

export interface RuleContext {
  lang: Lang;
  /** the release text, one entry a line: line n is lines[n - 1] */
  lines: readonly string[];
  /** the release's amounts as scoped facts (fund, flow, split, class …), built once per release: rules
   * ask for facts by scope rather than by table number or row label */
  readonly facts: FactIndex;
  report(finding: ReportInput): void;
  /** the rule's inputs are missing altogether: it does not run, and coverage says why, in the run's
   * language (finance staff read these reasons as they read findings) */
  skip(reason: Text): void;
  /** one check of the rule could not be made (a claim with no table value, a missing column): the rule
   * still runs, and coverage lists what it could not check */
  partial(reason: Text): void;
  /** an identity that was checked and holds: the diagnosis must not "correct" a number into breaking it.
   * Optional so that a context built by hand in a test needs none. */
  observe?(identity: Identity): void;
}

/** A rule is a small self-describing module, ESLint style. `check` is pure: it reads, it reports. */
export interface Rule {
  id: string;
  family: RuleFamily;
  severity: Severity;
  title: Text;
  /** a paragraph for docs/rules.md and `budget-audit explain` */
  docs: Text;
  messages: Record<string, Text>;
  /**
   * what the release's template must provide for the rule to run (rules/requirements.ts gives the
   * built-in rules theirs); a release whose template lacks one gets a coverage skip naming it
   */
  requires?: readonly Capability[];
  check(model: Release, ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
