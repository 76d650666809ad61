import type { DocumentReport, Report } from '../model/report.js';

/** Indent every line after the first: JSON.stringify's layout of a value nested `by` spaces deep. */
function nest(json: string, by: number): string {
  return json.split('\n').join('\n' + ' '.repeat(by));
}

/**
 * Writes the JSON report one document at a time, byte for byte what `JSON.stringify(report, null, 2)`
 * writes for the whole report (the json formatter's output), so that a batch of any size is written
 * without holding its documents. Key order follows the Report contract: documents come before the summary.
 */
export class JsonReportWriter {
  private count = 0;

  constructor(
    private readonly write: (text: string) => void,
    head: Pick<Report, 'tool' | 'lang'>,
  ) {
    this.write(`{\n  "tool": ${nest(JSON.stringify(head.tool, null, 2), 2)},\n  "lang": ${JSON.stringify(head.lang)},\n  "documents": [`);
  }

  document(doc: DocumentReport): void {
    this.write(`${this.count === 0 ? '' : ','}\n    ${nest(JSON.stringify(doc, null, 2), 4)}`);
    this.count++;
  }

  end(rest: Omit<Report, 'tool' | 'lang' | 'documents'>): void {
    let tail = this.count === 0 ? ']' : '\n  ]';
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) tail += `,\n  ${JSON.stringify(key)}: ${nest(JSON.stringify(value, null, 2), 2)}`;
    this.write(`${tail}\n}\n`);
  }
}
