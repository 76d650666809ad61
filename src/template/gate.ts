import type { Release } from '../model/release.js';
import type { Rule, Text } from '../engine/rule.js';
import { finalProfileById } from './final-accounts.js';

/**
 * Whether a rule applies to the template a release is printed in. A rule written for the budget
 * template does not run on a 决算 (its tables and narrative are another template's), and the 决算
 * rules do not run on a budget; coverage gives the reason.
 */
export function ruleGate(model: Release, rule: Rule): Text | undefined {
  const fa = model.finalAccounts;
  if (!fa) {
    return rule.family === 'final-accounts'
      ? { zh: '本文件不是部门决算，决算规则不适用', en: 'not a final-accounts release: the final-accounts rules do not apply' }
      : undefined;
  }
  const profile = finalProfileById(fa.profile);
  if (profile?.budgetOnlyFamilies.includes(rule.family))
    return {
      zh: `该规则面向部门预算模板，不适用于${profile.name.zh}；决算表由决算规则核对`,
      en: `the rule is written for the budget template and does not apply to ${profile.name.en}; the final-accounts rules check its tables`,
    };
  if (profile?.lineBoundRules.includes(rule.id))
    return {
      zh: `${profile.name.zh}的说明在PDF中逐行折行，该规则逐行核对，会把跨行的成对符号误判为不配对`,
      en: `${profile.name.en} wraps its prose over PDF lines; the rule checks one line at a time and would read a pair split over two lines as unpaired`,
    };
  return undefined;
}
