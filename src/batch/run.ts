import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
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

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
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

/**
 * Audit every task and hand each report to `emit` in the tasks' order, whatever order the workers
 * finish in: output is deterministic for any `jobs`. Reports are passed on as soon as their turn
 * comes, so a caller that writes them out holds only the few that finished early, not the batch.
 */
export async function streamBatch(tasks: readonly AuditTask[], opts: BatchOptions, emit: (report: DocumentReport, index: number) => void): Promise<void> {
  const bar = opts.progress ? startProgress(tasks.length, opts.progressLabel) : undefined;
  try {
    const threads = Math.min(opts.jobs, tasks.length);
    if (threads <= 1) {
      for (const [i, task] of tasks.entries()) {
        // A copy made of plain data: the report would otherwise keep substrings of the whole release
        // text alive (as a worker's report, copied across the thread boundary, never does).
        emit(structuredClone(await auditDocument(task)), i);
        bar?.increment();
      }
      return;
    }
    // The pool module is loaded only for a parallel batch: one file runs in the main thread.
    const { Piscina: Pool } = await import('piscina');
    const pool = new Pool<AuditTask, DocumentReport>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 1000,
    });
    const early = new Map<number, DocumentReport>();
    let next = 0;
    const arrived = (i: number, report: DocumentReport) => {
      early.set(i, report);
      for (let r = early.get(next); r !== undefined; r = early.get(next)) {
        early.delete(next);
        emit(r, next);
        next++;
      }
      bar?.increment();
    };
    // As many tasks in flight as threads, not the whole batch: the time budget starts when a file
    // starts, not while it waits in a queue; results come back about in order, so the reports waiting
    // for an earlier one to finish stay few, and memory stays flat at any count.
    const window = threads;
    let started = 0;
    try {
      await new Promise<void>((done, fail) => {
        let finished = 0;
        const launch = () => {
          while (started < tasks.length && started - finished < window) {
            const i = started++;
            const task = tasks[i] as AuditTask;
            void runOne(pool, task).then((report) => settle(i, report));
          }
        };
        // An error of the caller (a report file that cannot be written) ends the batch, not a hang.
        const settle = (i: number, report: DocumentReport) => {
          try {
            arrived(i, report);
            finished++;
            if (finished === tasks.length) done();
            else launch();
          } catch (err) {
            started = tasks.length;
            fail(err);
          }
        };
        launch();
      });
    } finally {
      await pool.destroy();
    }
  } finally {
    bar?.stop();
  }
}

/** Audit every task and return the reports in the tasks' order. */
export async function runBatch(tasks: readonly AuditTask[], opts: BatchOptions): Promise<DocumentReport[]> {
  const results: DocumentReport[] = new Array(tasks.length);
  await streamBatch(tasks, opts, (report, i) => {
    results[i] = report;
  });
  return results;
}
