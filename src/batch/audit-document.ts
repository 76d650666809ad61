import { ingestFile, InputError } from '../ingest/read.js';
import { parseRelease } from '../parse/index.js';
import { runRules } from '../engine/runner.js';
import type { Lang } from '../engine/rule.js';
import type { DocumentReport } from '../model/report.js';
import { ALL_RULES } from '../../rules/index.js';
import { pickLang } from './bilingual.js';

/** What a worker is asked to do: plain data only, so that it crosses the thread boundary. */
export interface AuditTask {
  /** absolute path to read */
  file: string;
  /** path as shown in reports */
  display: string;
  lang: Lang;
  settings: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  /** keep errors only (--quiet): dropped where they are made, so they are neither copied nor held */
  errorsOnly?: boolean;
}

/**
 * ingest → parse → rules for one file. Never throws: an unreadable file and a parser failure
 * become statuses, so that one broken file never stops a batch.
 */
export async function auditDocument(task: AuditTask): Promise<DocumentReport> {
  let ingested;
  try {
    ingested = await ingestFile(task.file);
  } catch (err) {
    const message = err instanceof InputError ? pickLang(err.message, task.lang) : String(err);
    return { path: task.display, status: 'unreadable', error: message, findings: [] };
  }
  const source = { ...ingested.source, path: task.display };
  try {
    const model = parseRelease({ ...ingested, source });
    // Everything the runner says about the rules (ran, skipped, crashed …) goes into coverage as is.
    const { findings, ...rules } = runRules(model, ingested.lines, ALL_RULES, { lang: task.lang, settings: task.settings });
    return {
      path: task.display,
      status: 'checked',
      source,
      meta: model.meta,
      coverage: { ...model.coverage, rules },
      findings: task.errorsOnly ? findings.filter((f) => f.severity === 'error') : findings,
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
