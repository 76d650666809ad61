import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import type fastGlob from 'fast-glob';
import picomatch from 'picomatch';
import { walkFolder } from './walk.js';

/** One exclusion: a glob and the folder it is relative to (the working directory or the config's). */
export interface ExcludeGlob {
  pattern: string;
  base: string;
}

export interface InputOptions {
  cwd: string;
  /** extensions taken from folders, with their dot: ['.txt', '.md'] */
  ext: readonly string[];
  exclude: readonly ExcludeGlob[];
  /** walk into folders and files whose names start with "." */
  hidden?: boolean;
}

/** What a command-line argument turned into: files to check, or a reason it yielded none. */
export interface ResolvedInputs {
  files: string[];
  /** arguments that name nothing: a missing path, or a glob that matches no file */
  problems: Array<{ arg: string; kind: 'missing' | 'no-match' | 'unreadable'; code?: string }>;
}

// fast-glob is loaded when a folder or a pattern is given: checking named files does not need it.
const require = createRequire(import.meta.url);
let fastGlobModule: typeof fastGlob | undefined;
function fg(): typeof fastGlob {
  fastGlobModule ??= require('fast-glob') as typeof fastGlob;
  return fastGlobModule;
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The path shown in reports: relative to the working directory when inside it, POSIX slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel);
}

function excluder(exclude: readonly ExcludeGlob[]): (abs: string) => boolean {
  const tests = exclude.map(({ pattern, base }) => {
    // A pattern without a slash names a file or folder anywhere below its base, as in .gitignore.
    const bare = !pattern.includes('/');
    const isMatch = picomatch(pattern, { dot: true });
    const isMatchBelow = picomatch(bare ? `**/${pattern}/**` : `${pattern.replace(/\/+$/, '')}/**`, { dot: true });
    return (abs: string) => {
      const rel = toPosix(relative(base, abs));
      if (rel.startsWith('..')) return false;
      return isMatch(rel) || isMatchBelow(rel) || (bare && isMatch(rel.split('/').pop() ?? rel));
    };
  });
  return (abs) => tests.some((t) => t(abs));
}

function normaliseExt(ext: readonly string[]): string[] {
  return ext.map((e) => (e.startsWith('.') ? e : '.' + e).toLowerCase());
}

/**
 * Files, folders (recursive, by extension) and glob patterns → one sorted, de-duplicated list of
 * absolute paths. Sorting by code point makes the batch order independent of the file system and
 * of the number of workers.
 */
export function resolveInputs(args: readonly string[], opts: InputOptions): ResolvedInputs {
  const exts = normaliseExt(opts.ext);
  const isExcluded = excluder(opts.exclude);
  const found = new Set<string>();
  const problems: ResolvedInputs['problems'] = [];
  for (const arg of args) {
    const abs = resolve(opts.cwd, arg);
    let kind: 'file' | 'dir' | 'none' = 'none';
    let statCode: string | undefined;
    try {
      const st = statSync(abs);
      kind = st.isDirectory() ? 'dir' : 'file';
    } catch (err) {
      kind = 'none';
      statCode = (err as NodeJS.ErrnoException).code;
    }
    let matched: string[];
    if (kind === 'file') {
      matched = [abs];
    } else if (kind === 'dir') {
      const walked = walkFolder(abs, { exts, hidden: opts.hidden === true, isExcluded });
      matched = walked.files;
      for (const p of walked.problems) problems.push({ arg: displayPath(p.path, opts.cwd), kind: 'unreadable', code: p.code });
    } else if (fg().isDynamicPattern(arg)) {
      try {
        matched = fg().sync(toPosix(arg), { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: opts.hidden === true, ignore: ALWAYS_SKIPPED });
      } catch (err) {
        // a folder on the way that cannot be listed: the pattern is reported, not the run aborted
        matched = [];
        problems.push({ arg, kind: 'unreadable', code: (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN' });
      }
      if (matched.length === 0 && !problems.some((p) => p.arg === arg)) problems.push({ arg, kind: 'no-match' });
    } else if (statCode && statCode !== 'ENOENT' && statCode !== 'ENOTDIR') {
      problems.push({ arg, kind: 'unreadable', code: statCode });
      matched = [];
    } else {
      problems.push({ arg, kind: 'missing' });
      matched = [];
    }
    for (const f of matched) {
      const p = resolve(f);
      if (!isExcluded(p)) found.add(p);
    }
  }
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems };
}
