import type { DocumentStatus, Report, Severity } from '../model/report.js';

type Summary = Report['summary'];

/**
 * The run's summary, counted one document at a time: the report built whole and the streamed JSON
 * report count statuses and severities the same way.
 */
export class SummaryCounter {
  private readonly status = new Map<DocumentStatus, number>();
  private readonly severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private documents = 0;

  add(doc: { status: DocumentStatus; findings: ReadonlyArray<{ severity: Severity }> }): void {
    this.documents++;
    this.status.set(doc.status, (this.status.get(doc.status) ?? 0) + 1);
    for (const f of doc.findings) this.severity[f.severity]++;
  }

  summary(durationMs: number): Summary {
    const n = (s: DocumentStatus) => this.status.get(s) ?? 0;
    return {
      documents: this.documents,
      checked: n('checked'),
      unreadable: n('unreadable'),
      notRelease: n('not-a-release'),
      tooLarge: n('too-large'),
      binary: n('binary'),
      timeout: n('timeout'),
      failed: n('failed'),
      errors: this.severity.error,
      warnings: this.severity.warning,
      infos: this.severity.info,
      durationMs,
    };
  }
}
