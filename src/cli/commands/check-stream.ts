import type { Lang } from '../../engine/rule.js';
import type { DocumentReport, Finding } from '../../model/report.js';
import { VERSION } from '../../version.js';
import { streamBatch } from '../../batch/run.js';
import type { AuditTask } from '../../batch/audit-document.js';
import type { FailOn } from '../../report/index.js';
import { failsAt } from '../../report/threshold.js';
import { JsonReportWriter } from '../json-stream.js';
import { msg } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { openAtomic } from '../../io/atomic-write.js';
import { SummaryCounter } from '../../report/summary.js';
import { isInputTrouble } from '../../report/status.js';
import { checkAcrossReleases } from '../../batch/cross-release.js';

export interface StreamPlan {
  tasks: AuditTask[];
  /** arguments that named nothing, reported as unreadable documents */
  missing: DocumentReport[];
  files: string[];
  lang: Lang;
  quiet: boolean;
  failOn: FailOn;
  maxWarnings?: number;
  jobs: number;
  progress: boolean;
  started: number;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * `check … --format json -o FILE` without a baseline: each document is written as soon as its turn
 * comes and then dropped, so memory does not grow with the number of releases. Same bytes, same
 * order and same exit code as the report built whole.
 */
export async function checkStreaming(plan: StreamPlan): Promise<number> {
  const { lang } = plan;
  const outs = plan.files.map((file) => {
    try {
      return { file, out: openAtomic(file) };
    } catch (err) {
      throw new UsageError(msg(lang, 'cannotWrite', { file, why: err instanceof Error ? err.message : String(err) }));
    }
  });
  const write = (text: string) => {
    for (const { file, out } of outs) {
      try {
        out.write(text);
      } catch (err) {
        throw new UsageError(msg(lang, 'cannotWrite', { file, why: err instanceof Error ? err.message : String(err) }));
      }
    }
  };
  let committed = false;
  try {
    const writer = new JsonReportWriter(write, { tool: { name: 'budget-audit', version: VERSION }, lang });
    const counter = new SummaryCounter();
    let failing = false;
    let inputTrouble = false;
    // what the checks across releases need is kept (a small summary per release), not the documents
    const kept: DocumentReport[] = [];
    const put = (doc: DocumentReport) => {
      const d = plan.quiet ? { ...doc, findings: doc.findings.filter((f: Finding) => f.severity === 'error') } : doc;
      counter.add(d);
      if (isInputTrouble(d.status)) inputTrouble = true;
      if (d.findings.some((f) => failsAt(f.severity, plan.failOn))) failing = true;
      if (d.status === 'checked' && d.summary) kept.push({ path: d.path, status: d.status, summary: d.summary, findings: [] });
      writer.document(d);
    };
    // Documents are listed by path: tasks in that order, the missing arguments merged in.
    const tasks = [...plan.tasks].sort((a, b) => byPath({ path: a.display }, { path: b.display }));
    const missing = [...plan.missing].sort(byPath);
    let m = 0;
    await streamBatch(tasks, { jobs: plan.jobs, progress: plan.progress, progressLabel: msg(lang, 'checking') }, (doc) => {
      while (m < missing.length && byPath(missing[m] as DocumentReport, doc) < 0) put(missing[m++] as DocumentReport);
      put(doc);
    });
    while (m < missing.length) put(missing[m++] as DocumentReport);
    const summary = counter.summary(Date.now() - plan.started);
    const crossRelease = checkAcrossReleases(kept, lang);
    writer.end({ summary, ...(crossRelease.length > 0 ? { crossRelease } : {}) });
    for (const { out } of outs) out.commit();
    committed = true;
    if (!plan.quiet) for (const { file } of outs) process.stderr.write(msg(lang, 'wrote', { file }) + '\n');
    if (inputTrouble) return 2;
    const tooManyWarnings = plan.maxWarnings !== undefined && summary.warnings > plan.maxWarnings;
    return failing || tooManyWarnings ? 1 : 0;
  } finally {
    if (!committed) for (const { out } of outs) out.abort();
  }
}
