import { createHash } from 'node:crypto';
import type { Release } from '../model/release.js';
import type { Finding, Identity, RuleRun, Severity } from '../model/report.js';
import type { Lang, ReportInput, Rule } from './rule.js';
import { factsOf } from '../facts/index.js';
import { ruleGate } from '../template/gate.js';
import { templateOf } from '../template/index.js';
import { lackingReason } from '../template/capabilities.js';

export interface RuleSetting {
  /** 'off' disables the rule; a severity overrides the rule's default */
  level: 'off' | Severity;
}

export interface RunOptions {
  lang: Lang;
  settings?: Record<string, RuleSetting['level']>;
}

export interface RunResult extends RuleRun {
  findings: Finding[];
  /** identities rules checked that hold (the failing ones are on their findings): input of the diagnosis */
  identities: Identity[];
}

const REASON_SEPARATOR: Record<Lang, string> = { zh: '；', en: '; ' };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}

/**
 * A fingerprint that survives unrelated edits: rule, document identity, where (table/row/column)
 * and the values involved — never raw line numbers, which shift when text is added above.
 */
export function fingerprint(ruleId: string, docIdentity: string, input: ReportInput): string {
  const where = input.locations.map((l) => [l.table ?? '', l.row ?? '', l.column ?? '', l.value ?? ''].join('|'));
  const values = [input.messageId, input.expected ?? '', input.actual ?? '', input.difference ?? ''];
  return createHash('sha256')
    .update(JSON.stringify([ruleId, docIdentity, where, values]))
    .digest('hex')
    .slice(0, 24);
}

function firstLine(f: Finding): number {
  return Math.min(...f.locations.map((l) => l.line));
}

/** Stable order: by first line, then severity, then rule id, then message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      firstLine(a) - firstLine(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** Document identity for fingerprints: department and year, so a renamed file keeps its baseline. */
export function documentIdentity(model: Release): string {
  return [model.meta.department?.text ?? '', model.meta.year?.value ?? '', model.meta.kind?.value ?? ''].join('|');
}

export function runRules(model: Release, lines: readonly string[], rules: readonly Rule[], opts: RunOptions): RunResult {
  const result: RunResult = { findings: [], ran: [], skipped: [], partial: [], crashed: [], identities: [] };
  const identity = documentIdentity(model);
  const template = templateOf(model);
  for (const rule of rules) {
    const level = opts.settings?.[rule.id] ?? rule.severity;
    if (level === 'off') continue;
    const gated = ruleGate(model, rule);
    if (gated) {
      result.skipped.push({ ruleId: rule.id, reason: gated[opts.lang] });
      continue;
    }
    // a rule whose inputs the release's template does not provide does not run: a skip, named
    const lacking = (rule.requires ?? []).filter((c) => !template.has(c));
    if (lacking.length > 0) {
      result.skipped.push({ ruleId: rule.id, reason: lackingReason(model.template ?? template, lacking)[opts.lang] });
      continue;
    }
    const skipReasons: string[] = [];
    const partialReasons: string[] = [];
    const found: Finding[] = [];
    const held: Identity[] = [];
    try {
      rule.check(model, {
        lang: opts.lang,
        lines,
        get facts() {
          return factsOf(model);
        },
        report(input) {
          const template = rule.messages[input.messageId];
          if (!template) throw new Error(`rule ${rule.id} has no message "${input.messageId}"`);
          // A configured severity replaces the default; a per-finding info (rounding tail) stays info.
          const severity: Severity =
            input.severity === 'info' ? 'info' : opts.settings?.[rule.id] ? (level as Severity) : (input.severity ?? rule.severity);
          found.push({
            ruleId: rule.id,
            severity,
            message: renderMessage(template[opts.lang], input.data),
            locations: input.locations,
            expected: input.expected,
            actual: input.actual,
            difference: input.difference,
            interval: input.interval,
            fingerprint: fingerprint(rule.id, identity, input),
            ...(input.identities?.length ? { identities: input.identities } : {}),
          });
        },
        observe(id) {
          held.push(id);
        },
        skip(reason) {
          const text = reason[opts.lang];
          if (!skipReasons.includes(text)) skipReasons.push(text);
        },
        partial(reason) {
          const text = reason[opts.lang];
          if (!partialReasons.includes(text)) partialReasons.push(text);
        },
      });
    } catch (err) {
      result.crashed.push({ ruleId: rule.id, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    // A rule that skipped and found nothing did not run; one that found something ran, and what it
    // could not check is still listed (partial), so that silence never hides a skipped check.
    if (skipReasons.length > 0 && found.length === 0) result.skipped.push({ ruleId: rule.id, reason: skipReasons.join(REASON_SEPARATOR[opts.lang]) });
    else {
      result.ran.push(rule.id);
      for (const reason of [...skipReasons, ...partialReasons]) result.partial.push({ ruleId: rule.id, reason });
    }
    result.findings.push(...found);
    result.identities.push(...held);
  }
  result.findings = sortFindings(result.findings);
  return result;
}
