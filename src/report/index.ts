import type { Formatter } from './formatter.js';
import { prettyFormatter } from './pretty.js';
import { jsonFormatter } from './json.js';
import { sarifFormatter } from './sarif.js';
import { junitFormatter } from './junit.js';
import { markdownFormatter } from './markdown.js';
import { htmlFormatter } from './html.js';
import { githubFormatter } from './github.js';
import { csvFormatter } from './csv.js';

/** Every report format by name. A new format is one module and one line here. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = Object.fromEntries(
  [prettyFormatter, jsonFormatter, sarifFormatter, junitFormatter, markdownFormatter, htmlFormatter, githubFormatter, csvFormatter].map(
    (f) => [f.name, f],
  ),
);

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

export type { Formatter, FormatContext, RuleInfo, FailOn } from './formatter.js';
