import type { MessagePort } from 'node:worker_threads';
import { auditDocument, type AuditTask } from './audit-document.js';
import type { DocumentReport } from '../model/report.js';

/** A file to audit, and the channel on which the worker says it has started it (the budget starts then). */
export interface WorkerTask {
  task: AuditTask;
  started: MessagePort;
}

/** Piscina entry point: one task is one file; the result is a plain, cloneable DocumentReport. */
export default function auditInWorker({ task, started }: WorkerTask): Promise<DocumentReport> {
  started.postMessage('started');
  started.close();
  return auditDocument(task);
}
