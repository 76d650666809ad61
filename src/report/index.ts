import type { Formatter } from './formatter.js';

/**
 * Every report format by name, loaded on first use: a check that prints the terminal report never
 * pays for the HTML, SARIF or JUnit modules. A new format is one module and one line here.
 */
const LOADERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  pretty: async () => (await import('./pretty.js')).prettyFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  markdown: async () => (await import('./markdown.js')).markdownFormatter,
  html: async () => (await import('./html.js')).htmlFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  csv: async () => (await import('./csv.js')).csvFormatter,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export function isFormat(name: string): boolean {
  return Object.hasOwn(LOADERS, name);
}

/** The formatter of a known format name (see isFormat). */
export async function loadFormatter(name: string): Promise<Formatter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format ${name}`);
  return load();
}

export type { Formatter, FormatContext, RuleInfo, FailOn } from './formatter.js';
