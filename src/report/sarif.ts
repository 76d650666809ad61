import type { DocumentReport, Finding, Location, Severity } from '../model/report.js';
import type { FormatContext, Formatter, RuleInfo } from './formatter.js';
import { findRuleInfo } from './describe.js';
import { isInputTrouble } from './status.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A report path as a SARIF uri-reference: each segment percent-encoded (Chinese file names included). */
export function sarifUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? 'file://' + encoded : encoded;
}

function artifact(path: string) {
  return path.startsWith('/') ? { uri: sarifUri(path) } : { uri: sarifUri(path), uriBaseId: '%SRCROOT%' };
}

function physical(path: string, l: Location) {
  // SARIF regions have no pages: the page of a PDF (and the part, for a joined release) ride in the region's property bag
  const pdf = l.page ? { properties: { page: l.page, ...(l.file ? { file: l.file } : {}) } } : {};
  return { physicalLocation: { artifactLocation: artifact(path), region: { startLine: l.line, ...pdf } } };
}

function describeLocation(l: Location): string {
  return [l.table, l.row, l.column, l.value].filter(Boolean).join(' · ');
}

function descriptor(rule: RuleInfo | undefined, id: string, ctx: FormatContext) {
  if (!rule) return { id, shortDescription: { text: id } };
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title[ctx.lang] },
    fullDescription: { text: rule.docs[ctx.lang] },
    help: { text: rule.docs[ctx.lang], markdown: `**${rule.title[ctx.lang]}**\n\n${rule.docs[ctx.lang]}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.family], family: rule.family },
  };
}

function result(doc: DocumentReport, f: Finding, ruleIndex: number) {
  const [first, ...rest] = f.locations;
  const properties: Record<string, string> = {};
  for (const k of ['expected', 'actual', 'difference', 'interval'] as const) {
    const v = f[k];
    if (v !== undefined) properties[k] = v;
  }
  // findings one mistake explains stay one result each, marked with the diagnosis they share
  const diagnosis = f.explainedBy ? doc.diagnoses?.find((x) => x.id === f.explainedBy) : undefined;
  if (diagnosis) {
    properties.diagnosis = diagnosis.id;
    properties.diagnosisKind = diagnosis.kind;
    properties.diagnosisMessage = diagnosis.message;
    if (doc.findings.find((x) => x.explainedBy === diagnosis.id) === f) properties.primary = 'true';
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: first ? [{ ...physical(doc.path, first), message: { text: describeLocation(first) || f.message } }] : [],
    ...(rest.length
      ? { relatedLocations: rest.map((l, i) => ({ id: i + 1, ...physical(doc.path, l), message: { text: describeLocation(l) || f.message } })) }
      : {}),
    partialFingerprints: { 'budgetAuditFingerprint/v1': f.fingerprint },
    properties,
  };
}

/** SARIF 2.1.0: one run, every known rule in tool.driver.rules, one result per finding. */
export const sarifFormatter: Formatter = {
  name: 'sarif',
  extension: '.sarif',
  render(report, ctx) {
    const ids = ctx.rules.map((r) => r.id);
    for (const d of report.documents) for (const f of d.findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
    const rules = ids.map((id) => descriptor(findRuleInfo(id, ctx), id, ctx));
    const results = report.documents.flatMap((d) => d.findings.map((f) => result(d, f, ids.indexOf(f.ruleId))));
    const notifications = report.documents
      .filter((d) => d.status !== 'checked')
      .map((d) => ({
        level: isInputTrouble(d.status) ? ('error' as const) : ('note' as const),
        message: { text: `${d.path}: ${d.error ?? d.status}` },
        locations: [{ physicalLocation: { artifactLocation: artifact(d.path) } }],
      }));
    const crashed = report.documents.flatMap((d) =>
      (d.coverage?.rules.crashed ?? []).map((c) => ({
        level: 'warning' as const,
        message: { text: `${d.path}: ${c.ruleId}: ${c.message}` },
        descriptor: { id: c.ruleId },
      })),
    );
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
          invocations: [
            {
              executionSuccessful: !notifications.some((n) => n.level === 'error'),
              toolExecutionNotifications: [...notifications, ...crashed],
            },
          ],
          artifacts: report.documents.map((d) => ({
            location: artifact(d.path),
            ...(d.source ? { length: d.source.bytes, encoding: d.source.encoding, hashes: { 'sha-256': d.source.sha256 } } : {}),
          })),
          results,
          columnKind: 'unicodeCodePoints',
        },
      ],
    };
    return JSON.stringify(log, null, 2) + '\n';
  },
};
