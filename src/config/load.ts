import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { Lang } from '../engine/rule.js';
import { CONFIG_FILE_NAME, ConfigFile, type LoadedConfig } from './schema.js';

/** A configuration mistake: the message names the file and the key, in the user's language. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The nearest budget-audit.config.json from `start` upward, like ESLint and Prettier find theirs. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : lang === 'zh' ? '（顶层）' : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return lang === 'zh' ? `${where}：未知的配置项 ${keys}` : `${where}: unknown key(s) ${keys}`;
  }
  if (issue.code === 'invalid_value' && issue.path[0] === 'rules') {
    return lang === 'zh'
      ? `${where}：级别须为 "off"、"error"、"warning" 或 "info"`
      : `${where}: level must be "off", "error", "warning" or "info"`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * Read and validate a configuration file. `knownRuleIds` guards against a typo in a rule id
 * switching nothing off.
 */
export function loadConfigFile(path: string, knownRuleIds: ReadonlySet<string>, lang: Lang): LoadedConfig {
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new ConfigError(lang === 'zh' ? `无法读取配置文件 ${path}` : `cannot read configuration file ${path}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ConfigError(lang === 'zh' ? `配置文件 ${path} 不是合法的 JSON：${why}` : `configuration file ${path} is not valid JSON: ${why}`);
  }
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => '  ' + describeIssue(i, lang));
    throw new ConfigError(
      (lang === 'zh' ? `配置文件 ${path} 有误：\n` : `configuration file ${path} is invalid:\n`) + lines.join('\n'),
    );
  }
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !knownRuleIds.has(id));
  if (unknown.length) {
    throw new ConfigError(
      lang === 'zh'
        ? `配置文件 ${path} 有误：\n  rules：未知规则 ${unknown.join(', ')}（运行 budget-audit rules 查看全部规则）`
        : `configuration file ${path} is invalid:\n  rules: unknown rule(s) ${unknown.join(', ')} (run budget-audit rules to list them)`,
    );
  }
  return { path: abs, dir: dirname(abs), config: parsed.data };
}

/** `--config FILE` when given, else the nearest file upward, else an empty configuration. */
export function resolveConfig(
  explicit: string | undefined,
  cwd: string,
  knownRuleIds: ReadonlySet<string>,
  lang: Lang,
): LoadedConfig {
  if (explicit) return loadConfigFile(explicit, knownRuleIds, lang);
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(found, knownRuleIds, lang) : { dir: resolve(cwd), config: {} };
}
