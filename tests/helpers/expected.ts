import type { Finding } from '../../src/model/report.js';

export interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  /** the lines of every location, sorted */
  lines: number[];
  /** the message as the tool prints it (for the reader of the golden file; not compared) */
  message?: string;
  /** why this is a real finding, established by reading the release */
  why: string;
}

export interface ExpectedFile {
  document: string;
  findings: ExpectedFinding[];
}

export function findingLines(f: Pick<Finding, 'locations'>): number[] {
  return [...new Set(f.locations.map((l) => l.line))].sort((a, b) => a - b);
}

export function findingKey(f: { ruleId: string; severity: string; locations?: Finding['locations']; lines?: number[] }): string {
  const lines = f.lines ?? findingLines({ locations: f.locations ?? [] });
  return `${f.ruleId} ${f.severity} @${lines.join(',')}`;
}
