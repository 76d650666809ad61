import { createHash } from 'node:crypto';
import type { IngestedText } from '../ingest/read.js';
import type { Finding } from '../model/report.js';

/** Lines from..to (1-based, inclusive) of a joined release came from this file. */
export interface PartRange {
  from: number;
  to: number;
  file: string;
}

/**
 * Every location of a document read from a PDF gains the page its line stands on; in a release
 * joined from several files, also the file, since each part numbers its pages from 1.
 */
export function withPages(findings: Finding[], linePages: readonly number[] | undefined, parts: readonly PartRange[] = []): Finding[] {
  if (!linePages && parts.length === 0) return findings;
  return findings.map((f) => ({
    ...f,
    locations: f.locations.map((l) => {
      const page = linePages?.[l.line - 1];
      const part = parts.find((p) => l.line >= p.from && l.line <= p.to);
      return { ...l, ...(page ? { page } : {}), ...(part ? { file: part.file } : {}) };
    }),
  }));
}

/**
 * The parts of a release published as several files, read as one text: lines follow each other in
 * the parts' order, each keeping its own pages. One hash covers all the parts' hashes.
 */
export function joinParts(parts: readonly IngestedText[], files: readonly string[]): { ingested: IngestedText; ranges: PartRange[] } {
  const lines: string[] = [];
  const linePages: number[] = [];
  const ranges: PartRange[] = [];
  const hash = createHash('sha256');
  let bytes = 0;
  parts.forEach((p, i) => {
    if (lines.length) {
      lines.push('');
      linePages.push(0);
    }
    const from = lines.length + 1;
    lines.push(...p.lines);
    linePages.push(...(p.linePages ?? p.lines.map(() => 0)));
    ranges.push({ from, to: lines.length, file: files[i] ?? p.source.path });
    hash.update(p.source.sha256);
    bytes += p.source.bytes;
  });
  const first = parts[0]?.source ?? { path: '', encoding: 'UTF-8', sha256: '', bytes: 0, lines: 0 };
  return {
    ingested: { source: { ...first, sha256: hash.digest('hex'), bytes, lines: lines.length }, text: lines.join('\n'), lines, linePages },
    ranges,
  };
}
