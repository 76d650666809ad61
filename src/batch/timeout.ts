import type { DocumentReport } from '../model/report.js';
import type { Source } from '../model/release.js';
import type { AuditTask } from './audit-document.js';

/** Default per-file time budget: the slowest real release takes well under a second. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The report of a file that went over its time budget: no partial findings, which would mislead. */
export function timeoutReport(task: Pick<AuditTask, 'display' | 'lang' | 'timeoutMs'>, source?: Source): DocumentReport {
  const secs = ((task.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toString();
  return {
    path: task.display,
    status: 'timeout',
    reason: 'time-budget',
    error:
      task.lang === 'zh'
        ? `超过单个文件的时间上限（${secs} 秒），已停止处理，结果不完整故不报告`
        : `over the per-file time budget (${secs} s): processing stopped, partial results are not reported`,
    ...(source ? { source } : {}),
    findings: [],
  };
}
