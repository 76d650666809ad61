import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { DocumentReport } from '../model/report.js';
import { auditDocument, type AuditTask } from './audit-document.js';
import { startProgress } from './progress.js';
import { timeoutReport } from './timeout.js';

export interface BatchOptions {
  /** worker threads; 1 runs in the main thread */
  jobs: number;
  /** show a progress bar on stderr (the caller decides: TTY and more than a few files) */
  progress: boolean;
  progressLabel: string;
}

async function runOne(pool: Piscina<AuditTask, DocumentReport>, task: AuditTask): Promise<DocumentReport> {
  const signal = task.timeoutMs !== undefined ? AbortSignal.timeout(task.timeoutMs) : undefined;
  try {
    return await pool.run(task, signal ? { signal } : {});
  } catch (err) {
    // Piscina ends the worker of an aborted task, so a file stuck in the parser costs one thread
    // restart, not the batch.
    if (signal?.aborted) return timeoutReport(task);
    // A worker that died (out of memory, a native crash) fails its file, not the batch.
    const why = err instanceof Error ? err.message : String(err);
    return {
      path: task.display,
      status: 'failed',
      error: task.lang === 'zh' ? `处理失败：${why}` : `processing failed: ${why}`,
      findings: [],
    };
  }
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
    const pool = new Piscina<AuditTask, DocumentReport>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 1000,
    });
    // As many tasks in flight as threads: the time budget starts when a file starts, not while it
    // waits in a queue, and nothing but the reports kept grows with the number of files.
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < tasks.length; i = next++) {
        const task = tasks[i]!;
        results[i] = await runOne(pool, task);
        bar?.increment();
      }
    };
    try {
      await Promise.all(Array.from({ length: threads }, lane));
    } finally {
      await pool.destroy();
    }
    return results;
  } finally {
    bar?.stop();
  }
}
