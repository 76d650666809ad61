import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write.js';
import { z } from 'zod';
import type { BaselineOutcome, DocumentReport } from '../model/report.js';

/**
 * A baseline records the fingerprints of accepted findings. Fingerprints carry no line numbers, so
 * an entry survives text added above it; counting entries (not a set) keeps a second identical
 * finding new.
 */
export const BaselineEntry = z.object({
  fingerprint: z.string().min(1),
  ruleId: z.string(),
  path: z.string(),
  message: z.string(),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const BaselineFile = z.object({
  baselineVersion: z.literal(1),
  tool: z.string(),
  entries: z.array(BaselineEntry),
});
export type BaselineFile = z.infer<typeof BaselineFile>;

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

export function baselineOf(documents: readonly DocumentReport[], toolVersion: string): BaselineFile {
  const entries = documents.flatMap((d) =>
    d.findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: d.path, message: f.message })),
  );
  entries.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
  );
  return { baselineVersion: 1, tool: `budget-audit ${toolVersion}`, entries };
}

export function writeBaseline(file: string, baseline: BaselineFile): void {
  writeFileAtomic(file, JSON.stringify(baseline, null, 2) + '\n');
}

export function readBaseline(file: string, lang: 'zh' | 'en'): BaselineFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new BaselineError(lang === 'zh' ? `无法读取基线文件 ${file}：${why}` : `cannot read baseline file ${file}: ${why}`);
  }
  const parsed = BaselineFile.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new BaselineError(
      lang === 'zh' ? `基线文件 ${file} 格式不对（${where}）` : `baseline file ${file} is malformed (${where})`,
    );
  }
  return parsed.data;
}

/**
 * Hide the findings the baseline holds. Entries left over are reported as absent, but only for
 * documents this run checked: a run over one folder says nothing about the others.
 */
export function applyBaseline(
  documents: readonly DocumentReport[],
  baseline: BaselineFile,
  file: string,
): { documents: DocumentReport[]; outcome: BaselineOutcome } {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const list = remaining.get(e.fingerprint) ?? [];
    list.push(e);
    remaining.set(e.fingerprint, list);
  }
  let suppressed = 0;
  const out = documents.map((d) => {
    const findings = d.findings.filter((f) => {
      const list = remaining.get(f.fingerprint);
      if (!list?.length) return true;
      // Prefer the entry recorded for this very path, so absent entries name the right file.
      const idx = Math.max(0, list.findIndex((e) => e.path === d.path));
      list.splice(idx, 1);
      suppressed++;
      return false;
    });
    return { ...d, findings };
  });
  const checked = new Set(documents.filter((d) => d.status === 'checked').map((d) => d.path));
  const absent = [...remaining.values()]
    .flat()
    .filter((e) => checked.has(e.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { documents: out, outcome: { file, suppressed, absent } };
}
