import { ingestFile } from '../ingest/read.js';
import type { DocumentReport } from '../model/report.js';

/**
 * The text of a checked document, read again for the HTML report. The hash must match what was
 * audited: a file edited in between would put highlights on the wrong lines.
 */
export async function readDocumentLines(doc: DocumentReport, absPath: string): Promise<string[] | undefined> {
  if (doc.status !== 'checked' || !doc.source) return undefined;
  try {
    const ingested = await ingestFile(absPath);
    return ingested.source.sha256 === doc.source.sha256 ? ingested.lines : undefined;
  } catch {
    return undefined;
  }
}
