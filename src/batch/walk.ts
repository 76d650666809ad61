import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface WalkOptions {
  /** lower-case extensions with their dot */
  exts: readonly string[];
  /** take names starting with "." too */
  hidden: boolean;
  isExcluded: (abs: string) => boolean;
}

export interface WalkResult {
  files: string[];
  /** entries that could not be read: a folder without permission, a broken or looping link … */
  problems: Array<{ path: string; code: string }>;
}

/** Folders never entered: installed packages and version-control data are not releases. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Every file with one of `exts` below `root`. Written out rather than left to a glob library because
 * each failure must be reported, not dropped: a folder that cannot be listed, a link that points
 * nowhere or to itself (ELOOP). A link back to a folder already walked (a loop) is not entered twice.
 * Pipes, sockets and devices are not files to read: a FIFO would block the run forever.
 */
export function walkFolder(root: string, opts: WalkOptions): WalkResult {
  const files: string[] = [];
  const problems: WalkResult['problems'] = [];
  const visited = new Set<string>();
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';

  const enter = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      problems.push({ path: dir, code: code(err) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: dir, code: code(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (!opts.hidden && e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      if (opts.isExcluded(abs)) continue;
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = statSync(abs).isDirectory();
        } catch (err) {
          // a dangling link or a link cycle (ELOOP): named, so that nothing vanishes unseen
          if (opts.exts.some((x) => e.name.toLowerCase().endsWith(x))) problems.push({ path: abs, code: code(err) });
          continue;
        }
      }
      if (isDir) {
        if (!SKIPPED_FOLDERS.has(e.name)) enter(abs);
      } else if (opts.exts.some((x) => e.name.toLowerCase().endsWith(x))) {
        // A pipe or device named like a release is listed too: reading it says it is not a regular file.
        files.push(abs);
      }
    }
  };
  enter(root);
  return { files, problems };
}
