import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { streamBatch } from '../src/batch/run.js';
import type { AuditTask } from '../src/batch/audit-document.js';
import { generateRelease } from './generator/index.js';

// A batch must not keep anything of a release once its report is handed on (issue: memory flat at
// any count). Measured as the heap that survives a full collection, after N and after 5N releases of
// the batch path: the module caches shared by the releases of a worker once kept labels cut from a
// release's text, and with them the whole text (~30 kB a release), so the heap grew with the count.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'batch-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tasks(from: number, count: number): AuditTask[] {
  return Array.from({ length: count }, (_, i) => {
    const release = generateRelease(from + i);
    const file = join(dir, release.name);
    writeFileSync(file, release.text);
    return { file, display: release.name, lang: 'zh' as const, settings: {} };
  });
}

async function retainedAfter(batch: AuditTask[]): Promise<number> {
  let written = 0;
  await streamBatch(batch, { jobs: 1, inProcess: true, progress: false, progressLabel: '' }, (report) => {
    written += JSON.stringify(report).length;
  });
  expect(written).toBeGreaterThan(0);
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('batch memory', () => {
  it('keeps no per-release data once a report is written: the heap after 5N releases is the heap after N', async () => {
    const n = 30;
    await retainedAfter(tasks(1, 10)); // modules loaded, code compiled
    const first = tasks(100, n);
    const next = tasks(1000, 4 * n);
    const afterN = await retainedAfter(first);
    const after5N = await retainedAfter(next);
    const perRelease = (after5N - afterN) / (4 * n);
    // Keeping each release's text came to ~47 kB a release here; what may stay is the bounded caches
    // filling (figures, labels) and compiled code: 3-9 kB a release over this window. The bound lies between.
    expect(perRelease).toBeLessThan(20_000);
  }, 300_000);
});
