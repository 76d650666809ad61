import { z } from 'zod';

export const CONFIG_FILE_NAME = 'budget-audit.config.json';

export const RuleLevel = z.enum(['off', 'error', 'warning', 'info']);
export type RuleLevel = z.infer<typeof RuleLevel>;

/**
 * The configuration file. Strict: a misspelt key is an error, not a silently ignored setting,
 * because a reviewer trusts that a rule they turned off is off.
 */
export const ConfigFile = z.strictObject({
  $schema: z.string().optional(),
  /** ruleId → level; unknown rule ids are rejected after parsing (they depend on the rule set) */
  rules: z.record(z.string(), RuleLevel).optional(),
  /** inputs checked when the command line names none; relative to the configuration file */
  include: z.array(z.string().min(1)).optional(),
  /** globs never checked; relative to the configuration file */
  exclude: z.array(z.string().min(1)).optional(),
  lang: z.enum(['zh', 'en']).optional(),
  /** extensions taken from folders, e.g. [".txt", ".md"] */
  ext: z.array(z.string().regex(/^\.?[^./\\]+$/, 'an extension such as ".txt"')).min(1).optional(),
  /** files larger than this many MiB are reported as too large, not read */
  maxFileSizeMiB: z.number().int().min(1).optional(),
  /** per-file time budget in seconds */
  timeoutSeconds: z.number().int().min(1).optional(),
  // No key names code to run: custom rules load only from `--rules-dir` on the command line.
});
export type ConfigFile = z.infer<typeof ConfigFile>;

/** A configuration as loaded: the file's settings plus where it was found. */
export interface LoadedConfig {
  /** absolute path of the file, or undefined when none was found */
  path?: string;
  /** folder the file's globs are relative to */
  dir: string;
  config: ConfigFile;
}
