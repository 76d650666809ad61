import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written right now: an interrupted run removes them before it exits. */
const pending = new Set<string>();

/** A temporary file beside the target (same folder, so the same file system), tracked until done. */
function tempBeside(file: string): string {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  return tmp;
}

/**
 * Write `text` to `file` so that a reader sees the old file or the whole new one, never half of it:
 * the text goes to a temporary file beside the target (same folder, so the same file system) and is
 * renamed over it, which POSIX makes atomic.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = tempBeside(file);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

/** Remove every temporary file still being written (on SIGINT/SIGTERM). */
export function removePendingWrites(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * The same for a file written piece by piece (a streamed JSON report): pieces go to a temporary file
 * beside the target, `commit` renames it over the target, `abort` removes it. Until commit a reader
 * sees the old file, and an interrupted run leaves no half-written report.
 */
export function openAtomic(file: string): { write(text: string): void; commit(): void; abort(): void } {
  const tmp = tempBeside(file);
  const fd = openSync(tmp, 'wx');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => void writeSync(fd, text),
    commit: () => {
      close();
      renameSync(tmp, file);
      pending.delete(tmp);
    },
    abort: () => {
      close();
      rmSync(tmp, { force: true });
      pending.delete(tmp);
    },
  };
}
