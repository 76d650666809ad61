import { auditDocument, type AuditTask } from './audit-document.js';
import type { DocumentReport } from '../model/report.js';

/** Piscina entry point: one task is one file; the result is a plain, cloneable DocumentReport. */
export default function auditInWorker(task: AuditTask): Promise<DocumentReport> {
  return auditDocument(task);
}
