import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

// Loaded only when a bar is shown (a terminal and a batch of files), not on every run.
const require = createRequire(import.meta.url);

export interface Progress {
  increment(): void;
  stop(): void;
}

/** A bar on stderr, so that stdout stays clean for the report (json, sarif …) being piped. */
export function startProgress(total: number, label: string): Progress {
  const cliProgress = require('cli-progress') as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} {percentage}% | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    increment: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
