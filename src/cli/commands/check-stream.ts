import { closeSync, openSync, writeSync } from 'node:fs';
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
  const fds = plan.files.map((file) => {
    try {
      return { file, fd: openSync(file, 'w') };
    } catch (err) {
      throw new UsageError(msg(lang, 'cannotWrite', { file, why: err instanceof Error ? err.message : String(err) }));
    }
  });
  const write = (text: string) => {
    for (const { file, fd } of fds) {
      try {
        writeSync(fd, text);
      } catch (err) {
        throw new UsageError(msg(lang, 'cannotWrite', { file, why: err instanceof Error ? err.message : String(err) }));
      }
    }
  };
  try {
    const writer = new JsonReportWriter(write, { tool: { name: 'budget-audit', version: VERSION }, lang });
    const counts = { documents: 0, checked: 0, unreadable: 0, error: 0, warning: 0, info: 0, notChecked: 0, failing: false };
    const put = (doc: DocumentReport) => {
      const d = plan.quiet ? { ...doc, findings: doc.findings.filter((f: Finding) => f.severity === 'error') } : doc;
      counts.documents++;
      if (d.status === 'checked') counts.checked++;
      else counts.notChecked++;
      if (d.status === 'unreadable') counts.unreadable++;
      for (const f of d.findings) {
        counts[f.severity]++;
        if (failsAt(f.severity, plan.failOn)) counts.failing = true;
      }
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
    writer.end({
      summary: {
        documents: counts.documents,
        checked: counts.checked,
        unreadable: counts.unreadable,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        durationMs: Date.now() - plan.started,
      },
    });
    if (!plan.quiet) for (const { file } of fds) process.stderr.write(msg(lang, 'wrote', { file }) + '\n');
    if (counts.notChecked > 0) return 2;
    const tooManyWarnings = plan.maxWarnings !== undefined && counts.warning > plan.maxWarnings;
    return counts.failing || tooManyWarnings ? 1 : 0;
  } finally {
    for (const { fd } of fds) closeSync(fd);
  }
}
