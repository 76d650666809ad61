import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { RULE_FAMILIES, type Rule } from './rule.js';

/**
 * Custom rule modules are code: they run with the user's rights. They are loaded only from the folder
 * named with `--rules-dir` on the command line, never from a configuration file or a document (see
 * docs/security.md).
 */
export class RulesDirError extends Error {
  constructor(
    /** "中文 / English" */
    message: string,
    /** the folder or module the error is about */
    readonly file: string,
  ) {
    super(message);
    this.name = 'RulesDirError';
  }
}

const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** What a module must export (default): a rule, or an array of rules, shaped like rules/ ones. */
const RuleShape = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  family: z.enum(RULE_FAMILIES),
  severity: z.enum(['error', 'warning', 'info']),
  title: Text,
  docs: Text,
  messages: z.record(z.string(), Text),
  check: z.custom<Rule['check']>((v) => typeof v === 'function', 'a function (model, ctx) => void'),
});

const cache = new Map<string, Promise<Rule[]>>();

async function load(dir: string, builtIn: ReadonlySet<string>): Promise<Rule[]> {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('ENOTDIR');
    files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  } catch {
    throw new RulesDirError('不是可读的文件夹 / not a readable folder', dir);
  }
  const rules: Rule[] = [];
  const seen = new Set(builtIn);
  for (const f of files) {
    const file = join(dir, f);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new RulesDirError(`无法加载规则模块：${why} / cannot load the rule module: ${why}`, file);
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const candidate of exported) {
      const parsed = RuleShape.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.join('.') || 'default';
        throw new RulesDirError(`默认导出不是规则（${where}）/ the default export is not a rule (${where}: ${issue?.message ?? ''})`, file);
      }
      if (seen.has(parsed.data.id)) throw new RulesDirError(`规则 id 重复：${parsed.data.id} / duplicate rule id: ${parsed.data.id}`, file);
      seen.add(parsed.data.id);
      rules.push(candidate as Rule);
    }
  }
  return rules;
}

/** The rules of every `*.js` module in `dir` (not recursive), validated; loaded once per process. */
export function loadRulesDir(dir: string, builtIn: readonly Rule[]): Promise<Rule[]> {
  const abs = resolve(dir);
  let pending = cache.get(abs);
  if (!pending) {
    pending = load(abs, new Set(builtIn.map((r) => r.id)));
    cache.set(abs, pending);
    pending.catch(() => cache.delete(abs));
  }
  return pending;
}
