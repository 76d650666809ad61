import { availableParallelism } from 'node:os';
import type { DocumentReport } from '../model/report.js';
import { auditDocument, type AuditTask } from './audit-document.js';
import { startProgress } from './progress.js';

export interface BatchOptions {
  /** worker threads; 1 runs in the main thread */
  jobs: number;
  /** show a progress bar on stderr (the caller decides: TTY and more than a few files) */
  progress: boolean;
  progressLabel: string;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Audit every task and return the reports in the tasks' order, whatever order the workers finish
 * in: output is deterministic for any `jobs`.
 */
export async function runBatch(tasks: readonly AuditTask[], opts: BatchOptions): Promise<DocumentReport[]> {
  const results: DocumentReport[] = new Array(tasks.length);
  const bar = opts.progress ? startProgress(tasks.length, opts.progressLabel) : undefined;
  try {
    const threads = Math.min(opts.jobs, tasks.length);
    if (threads <= 1) {
      for (const [i, task] of tasks.entries()) {
        results[i] = await auditDocument(task);
        bar?.increment();
      }
      return results;
    }
    // The pool module is loaded only for a parallel batch: one file runs in the main thread.
    const { Piscina } = await import('piscina');
    const pool = new Piscina<AuditTask, DocumentReport>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 1000,
    });
    try {
      await Promise.all(
        tasks.map(async (task, i) => {
          try {
            results[i] = await pool.run(task);
          } catch (err) {
            // A worker that died (out of memory, a native crash) fails its file, not the batch.
            const why = err instanceof Error ? err.message : String(err);
            results[i] = {
              path: task.display,
              status: 'failed',
              error: task.lang === 'zh' ? `处理失败：${why}` : `processing failed: ${why}`,
              findings: [],
            };
          }
          bar?.increment();
        }),
      );
    } finally {
      await pool.destroy();
    }
    return results;
  } finally {
    bar?.stop();
  }
}
