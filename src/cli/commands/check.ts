import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../engine/rule.js';
import { VERSION } from '../../version.js';
import { Report, type DocumentReport } from '../../model/report.js';
import { ALL_RULES } from '../../../rules/index.js';
import { resolveConfig } from '../../config/load.js';
import { displayPath, resolveInputs, type ExcludeGlob } from '../../batch/inputs.js';
import { defaultJobs, runBatch } from '../../batch/run.js';
import type { AuditTask } from '../../batch/audit-document.js';
import { pairReleases } from '../../batch/pairs.js';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from '../../baseline/baseline.js';
import { FORMATTERS, type FailOn, type FormatContext } from '../../report/index.js';
import { countBySeverity, failsAt } from '../../report/threshold.js';
import { ruleCatalog } from '../rule-catalog.js';
import { readDocumentLines } from '../read-lines.js';
import { colorEnabled } from '../color.js';
import { msg } from '../messages.js';
import { UsageError } from '../usage-error.js';
import type { OutputTarget } from '../outputs.js';

export interface CheckOptions {
  targets: OutputTarget[];
  failOn: FailOn;
  maxWarnings?: number;
  lang?: Lang;
  quiet: boolean;
  config?: string;
  ext?: string;
  exclude: string[];
  baseline?: string;
  writeBaseline?: string;
  jobs?: number;
  /** files that make one release, comma-separated, in reading order (repeatable) */
  join?: string[];
  /** audit every file on its own, even those the pairing rule would join */
  noPair?: boolean;
}

const DEFAULT_EXT = ['.txt', '.md', '.pdf'];

function splitExt(s: string): string[] {
  return s
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : '.' + e));
}

function unreadable(path: string, error: string): DocumentReport {
  return { path, status: 'unreadable', error, findings: [] };
}

/** `budget-audit check`: returns the exit code (0 pass, 1 findings over the threshold, 2 input or usage trouble). */
export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  const started = Date.now();
  const cwd = process.cwd();
  const known = new Set(ALL_RULES.map((r) => r.id));
  const loaded = resolveConfig(opts.config, cwd, known, opts.lang ?? 'zh');
  const lang: Lang = opts.lang ?? loaded.config.lang ?? 'zh';

  for (const t of opts.targets) {
    if (!FORMATTERS[t.format])
      throw new UsageError(msg(lang, 'unknownFormat', { format: t.format, formats: Object.keys(FORMATTERS).join(', ') }));
  }
  if (opts.targets.filter((t) => !t.file).length > 1) throw new UsageError(msg(lang, 'twoOnStdout'));

  let inputs: string[];
  let inputBase = cwd;
  if (paths.length) inputs = paths;
  else if (loaded.config.include?.length) {
    inputs = loaded.config.include;
    inputBase = loaded.dir;
  } else throw new UsageError(msg(lang, 'noInputs'));

  const ext = opts.ext ? splitExt(opts.ext) : (loaded.config.ext ?? DEFAULT_EXT);
  const exclude: ExcludeGlob[] = [
    ...opts.exclude.map((pattern) => ({ pattern, base: cwd })),
    ...(loaded.config.exclude ?? []).map((pattern) => ({ pattern, base: loaded.dir })),
  ];
  const { files, problems } = resolveInputs(inputs, { cwd: inputBase, ext, exclude });
  if (files.length === 0 && problems.length === 0) throw new UsageError(msg(lang, 'nothingToCheck', { ext: ext.join(',') }));

  const settings = Object.fromEntries(Object.entries(loaded.config.rules ?? {}));
  const explicit = (opts.join ?? []).map((list) => list.split(',').map((f) => resolve(inputBase, f.trim())).filter(Boolean));
  const releases = opts.noPair ? files.map((f) => ({ file: f, parts: [f] })) : pairReleases(files, explicit);
  const tasks: AuditTask[] = releases.map(({ file, parts }) => ({
    file,
    display: displayPath(file, cwd),
    lang,
    settings,
    ...(parts.length > 1 ? { parts: parts.map((p) => ({ file: p, display: displayPath(p, cwd) })) } : {}),
  }));
  const absByDisplay = new Map(tasks.map((t) => [t.display, t]));
  const jobs = opts.jobs ?? defaultJobs();
  const audited = await runBatch(tasks, {
    jobs,
    progress: !opts.quiet && process.stderr.isTTY === true && tasks.length > 5,
    progressLabel: msg(lang, 'checking'),
  });

  const missing = problems.map((p) =>
    unreadable(p.arg, msg(lang, p.kind === 'missing' ? 'missingPath' : 'noMatch', { path: p.arg })),
  );
  let documents = [...audited, ...missing].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // --quiet reports errors only, everywhere: display, baseline and exit code agree.
  if (opts.quiet) documents = documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') }));

  if (opts.writeBaseline) {
    const b = baselineOf(documents, VERSION);
    try {
      writeBaseline(opts.writeBaseline, b);
    } catch (err) {
      throw new UsageError(msg(lang, 'cannotWrite', { file: opts.writeBaseline, why: err instanceof Error ? err.message : String(err) }));
    }
    if (!opts.quiet) process.stderr.write(msg(lang, 'baselineWritten', { file: opts.writeBaseline, n: b.entries.length }) + '\n');
  }
  let baselineOutcome;
  if (opts.baseline) {
    const applied = applyBaseline(documents, readBaseline(opts.baseline, lang), opts.baseline);
    documents = applied.documents;
    baselineOutcome = applied.outcome;
  }

  const all = documents.flatMap((d) => d.findings);
  const counts = countBySeverity(all);
  const report: Report = {
    tool: { name: 'budget-audit', version: VERSION },
    lang,
    documents,
    summary: {
      documents: documents.length,
      checked: documents.filter((d) => d.status === 'checked').length,
      unreadable: documents.filter((d) => d.status === 'unreadable').length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      durationMs: Date.now() - started,
    },
    ...(baselineOutcome ? { baseline: baselineOutcome } : {}),
  };

  const rules = ruleCatalog();
  for (const target of opts.targets) {
    const formatter = FORMATTERS[target.format];
    if (!formatter) continue;
    const ctx: FormatContext = {
      lang,
      color: !target.file && colorEnabled(process.stdout),
      failOn: opts.failOn,
      rules,
      readLines: (doc) => readDocumentLines(doc, absByDisplay.get(doc.path) ?? { file: resolve(cwd, doc.path) }),
      width: target.file ? 150 : (process.stdout.columns ?? 150),
    };
    const text = await formatter.render(report, ctx);
    if (target.file) {
      try {
        writeFileSync(target.file, text, 'utf8');
      } catch (err) {
        throw new UsageError(msg(lang, 'cannotWrite', { file: target.file, why: err instanceof Error ? err.message : String(err) }));
      }
      if (!opts.quiet) process.stderr.write(msg(lang, 'wrote', { file: target.file }) + '\n');
    } else {
      await new Promise<void>((done) => process.stdout.write(text, () => done()));
    }
  }

  if (documents.some((d) => d.status !== 'checked')) return 2;
  const failing = all.some((f) => failsAt(f.severity, opts.failOn));
  const tooManyWarnings = opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}
