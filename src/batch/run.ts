import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import type { DocumentReport } from '../model/report.js';
import { MessageChannel } from 'node:worker_threads';
import { auditDocument, type AuditTask } from './audit-document.js';
import type { WorkerTask } from './worker.js';
import { startProgress } from './progress.js';
import { timeoutReport } from './timeout.js';

export interface BatchOptions {
  /** worker threads (at least one: see streamBatch) */
  jobs: number;
  /**
   * run in the calling thread instead: no time budget can stop a file, and the caller's signal
   * handlers wait until a file is done. For a caller that is already off the main thread, or a test
   * run from the sources (the worker module is the built one).
   */
  inProcess?: boolean;
  /** show a progress bar on stderr (the caller decides: TTY and more than a few files) */
  progress: boolean;
  progressLabel: string;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

async function runOne(pool: Piscina<WorkerTask, DocumentReport>, task: AuditTask): Promise<DocumentReport> {
  const controller = new AbortController();
  // The budget starts when the worker starts the file (it says so on this channel), not when the
  // file is handed to the pool: starting a worker thread and loading the modules is not the file's time.
  const { port1: started, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  if (task.timeoutMs !== undefined) started.once('message', () => (timer = setTimeout(() => controller.abort(), task.timeoutMs)));
  try {
    return await pool.run({ task, started: port2 }, { signal: controller.signal, transferList: [port2] });
  } catch (err) {
    // Piscina ends the worker of an aborted task, so a file stuck in the parser costs one thread
    // restart, not the batch.
    if (controller.signal.aborted) return timeoutReport(task);
    // A worker that died (out of memory, a native crash) fails its file, not the batch.
    const why = err instanceof Error ? err.message : String(err);
    return {
      path: task.display,
      status: 'failed',
      error: task.lang === 'zh' ? `处理失败：${why}` : `processing failed: ${why}`,
      findings: [],
    };
  } finally {
    clearTimeout(timer);
    started.close();
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
    // Even one job runs in a worker thread: the main thread stays free to answer Ctrl-C at once and
    // to end a worker that runs over its file's time budget. Work stuck in synchronous code on the
    // main thread could be stopped by neither.
    const threads = Math.max(1, Math.min(opts.jobs, tasks.length));
    if (tasks.length === 0) return;
    if (opts.inProcess) {
      for (const [i, task] of tasks.entries()) {
        // A copy made of plain data: the report would otherwise keep substrings of the whole release
        // text alive (as a worker's report, copied across the thread boundary, never does).
        emit(structuredClone(await auditDocument(task)), i);
        bar?.increment();
      }
      return;
    }
    const { Piscina: Pool } = await import('piscina');
    const pool = new Pool<WorkerTask, DocumentReport>({
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
