import { ingestFile } from '../ingest/read.js';
import { joinParts } from '../batch/pdf-pages.js';
import type { DocumentReport } from '../model/report.js';

/**
 * The text of a checked document, read again for the HTML report. The hash must match what was
 * audited: a file edited in between would put highlights on the wrong lines.
 */
export async function readDocumentLines(
  doc: DocumentReport,
  where: { file: string; parts?: Array<{ file: string; display: string }> },
): Promise<string[] | undefined> {
  if (doc.status !== 'checked' || !doc.source) return undefined;
  try {
    const ingested = where.parts?.length
      ? joinParts(await Promise.all(where.parts.map((p) => ingestFile(p.file))), where.parts.map((p) => p.display)).ingested
      : await ingestFile(where.file);
    return ingested.source.sha256 === doc.source.sha256 ? ingested.lines : undefined;
  } catch {
    return undefined;
  }
}
