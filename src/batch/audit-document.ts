import { ingestFile, InputError, type IngestedText } from '../ingest/read.js';
import { joinParts, withPages, type PartRange } from './pdf-pages.js';
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
  /** a release published as several files (narrative + tables): every part, in reading order */
  parts?: Array<{ file: string; display: string }>;
  lang: Lang;
  settings: Record<string, 'off' | 'error' | 'warning' | 'info'>;
}

/**
 * ingest → parse → rules for one file. Never throws: an unreadable file and a parser failure
 * become statuses, so that one broken file never stops a batch.
 */
export async function auditDocument(task: AuditTask): Promise<DocumentReport> {
  let ingested: IngestedText;
  let ranges: PartRange[] = [];
  try {
    if (task.parts?.length) {
      const read = await Promise.all(task.parts.map((p) => ingestFile(p.file)));
      ({ ingested, ranges } = joinParts(read, task.parts.map((p) => p.display)));
    } else ingested = await ingestFile(task.file);
  } catch (err) {
    let message = err instanceof InputError ? pickLang(err.message, task.lang) : String(err);
    // in a release of several files, say which one could not be read
    const part = err instanceof InputError ? task.parts?.find((p) => p.file === err.path) : undefined;
    if (part) message = `${part.display}: ${message}`;
    const reason = err instanceof InputError ? err.reason : undefined;
    return { path: task.display, status: 'unreadable', error: message, ...(reason ? { reason } : {}), findings: [] };
  }
  const source = { ...ingested.source, path: task.display };
  try {
    const model = parseRelease({ ...ingested, source });
    // Everything the runner says about the rules (ran, skipped, crashed …) goes into coverage as is.
    const { findings, ...rules } = runRules(model, ingested.lines, ALL_RULES, { lang: task.lang, settings: task.settings });
    return {
      path: task.display,
      status: 'checked',
      ...(task.parts?.length ? { parts: task.parts.map((p) => p.display) } : {}),
      source,
      meta: model.meta,
      coverage: { ...model.coverage, rules },
      findings: withPages(findings, ingested.linePages, ranges),
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
