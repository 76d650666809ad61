import { ingestBytes, ingestFile, InputError, type IngestedText } from '../ingest/read.js';
import { joinParts, withPages, type PartRange } from './pdf-pages.js';
import { parseRelease } from '../parse/index.js';
import { runRules } from '../engine/runner.js';
import { loadRulesDir } from '../engine/custom-rules.js';
import type { Lang } from '../engine/rule.js';
import type { DocumentReport } from '../model/report.js';
import { ALL_RULES } from '../../rules/index.js';
import { pickLang } from './bilingual.js';
import { screenModel, screenText } from './classify.js';
import { timeoutReport } from './timeout.js';
import { diagnose } from '../diagnose/index.js';
import { summarize } from './summary.js';

/** What a worker is asked to do: plain data only, so that it crosses the thread boundary. */
export interface AuditTask {
  /** absolute path to read */
  file: string;
  /** path as shown in reports */
  display: string;
  /** a release published as several files (narrative + tables): every part, in reading order */
  parts?: Array<{ file: string; display: string }>;
  lang: Lang;
  settings: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  /** keep errors only (--quiet): dropped where they are made, so they are neither copied nor held */
  errorsOnly?: boolean;
  /** files over this many bytes are not read (status too-large) */
  maxBytes?: number;
  /** per-file time budget in milliseconds */
  timeoutMs?: number;
  /** absolute folder of custom rule modules, named with --rules-dir */
  rulesDir?: string;
}

/**
 * ingest → parse → rules for one file. Never throws: every input ends with a status and a message,
 * so that one broken file never stops a batch. In the main thread the time budget is checked between
 * stages (a stage cannot be interrupted there); worker threads are aborted from outside (run.ts).
 */
export async function auditDocument(task: AuditTask): Promise<DocumentReport> {
  const started = Date.now();
  let ingested: IngestedText;
  let ranges: PartRange[] = [];
  try {
    if (task.parts?.length) {
      const read = await Promise.all(task.parts.map((p) => ingestFile(p.file, { maxBytes: task.maxBytes })));
      ({ ingested, ranges } = joinParts(read, task.parts.map((p) => p.display)));
    } else ingested = await ingestFile(task.file, { maxBytes: task.maxBytes });
  } catch (err) {
    const report = inputErrorReport(task, err);
    // in a release of several files, say which one could not be read
    const part = err instanceof InputError ? task.parts?.find((p) => p.file === err.path) : undefined;
    return part ? { ...report, error: `${part.display}: ${report.error ?? ''}` } : report;
  }
  return auditIngested(task, ingested, started, ranges);
}

/** The same for bytes already in memory (the fuzz tests feed damaged bytes this way). */
export async function auditBytes(task: AuditTask, bytes: Buffer): Promise<DocumentReport> {
  const started = Date.now();
  try {
    return await auditIngested(task, ingestBytes(task.display, bytes), started);
  } catch (err) {
    return inputErrorReport(task, err);
  }
}

function inputErrorReport(task: AuditTask, err: unknown): DocumentReport {
  if (!(err instanceof InputError)) return { path: task.display, status: 'unreadable', error: String(err), findings: [] };
  return {
    path: task.display,
    status: err.kind,
    error: pickLang(err.message, task.lang),
    ...(err.code ? { reason: err.code } : {}),
    findings: [],
  };
}

async function auditIngested(task: AuditTask, ingested: IngestedText, started: number, ranges: PartRange[] = []): Promise<DocumentReport> {
  const over = () => task.timeoutMs !== undefined && Date.now() - started > task.timeoutMs;
  const source = { ...ingested.source, path: task.display };
  const notText = screenText(ingested.text);
  if (notText)
    return { path: task.display, status: 'not-a-release', reason: notText.reason, error: pickLang(notText.message, task.lang), source, findings: [] };
  try {
    const rules = task.rulesDir ? [...ALL_RULES, ...(await loadRulesDir(task.rulesDir, ALL_RULES))] : ALL_RULES;
    const model = parseRelease({ ...ingested, source });
    if (over()) return timeoutReport(task, source);
    const notRelease = screenModel(model);
    if (notRelease)
      return { path: task.display, status: 'not-a-release', reason: notRelease.reason, error: pickLang(notRelease.message, task.lang), source, meta: model.meta, findings: [] };
    // Everything the runner says about the rules (ran, skipped, crashed …) goes into coverage as is.
    const { findings: found, identities, ...ruleRun } = runRules(model, ingested.lines, rules, { lang: task.lang, settings: task.settings });
    const { findings, diagnoses } = withPages(diagnose(found, identities, task.lang), ingested.linePages, ranges);
    if (over()) return timeoutReport(task, source);
    return {
      path: task.display,
      status: 'checked',
      ...(task.parts?.length ? { parts: task.parts.map((p) => p.display) } : {}),
      source,
      meta: model.meta,
      ...(model.template ? { template: model.template } : {}),
      coverage: { ...model.coverage, rules: ruleRun },
      findings: task.errorsOnly ? findings.filter((f) => f.severity === 'error') : findings,
      ...(diagnoses.length > 0 ? { diagnoses } : {}),
      summary: summarize(model, task.lang),
    };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      path: task.display,
      status: 'failed',
      error: task.lang === 'zh' ? `解析失败：${why}` : `parsing failed: ${why}`,
      source,
      findings: [],
    };
  }
}
