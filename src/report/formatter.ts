import type { Lang, RuleFamily, Text } from '../engine/rule.js';
import type { DocumentReport, Report, Severity } from '../model/report.js';

export type FailOn = Severity | 'never';

/** What a report needs to know of a rule: enough for SARIF's rule table, JUnit names and docs links. */
export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  title: Text;
  docs: Text;
}

export interface FormatContext {
  lang: Lang;
  /** colours for the terminal formatter; ignored by the file formats */
  color: boolean;
  failOn: FailOn;
  rules: readonly RuleInfo[];
  /** the release text of a checked document (HTML shows it); undefined when it cannot be read again */
  readLines(doc: DocumentReport): Promise<string[] | undefined>;
  /** terminal width for wrapping, when known */
  width?: number;
}

/** A report format is a plug-in: a name and a function from the Report contract to text. */
export interface Formatter {
  name: string;
  /** file extension suggested for --output-file */
  extension: string;
  render(report: Report, ctx: FormatContext): Promise<string> | string;
}
