import { resolve } from 'node:path';
import type { Lang } from '../../engine/rule.js';
import { VERSION } from '../../version.js';
import { Report, type DocumentReport, type DocumentStatus } from '../../model/report.js';
import type { Rule } from '../../engine/rule.js';
import { loadRulesDir, RulesDirError } from '../../engine/custom-rules.js';
import { DEFAULT_MAX_BYTES, osErrorMessage } from '../../ingest/read.js';
import { DEFAULT_TIMEOUT_MS } from '../../batch/timeout.js';
import { pickLang } from '../../batch/bilingual.js';
import { isInputTrouble } from '../../report/status.js';
import { removePendingWrites, writeFileAtomic } from '../../io/atomic-write.js';
import { ALL_RULES } from '../../../rules/index.js';
import { resolveConfig } from '../../config/load.js';
import { displayPath, resolveInputs, type ExcludeGlob, type ResolvedInputs } from '../../batch/inputs.js';
import { defaultJobs, runBatch } from '../../batch/run.js';
import { checkAcrossReleases } from '../../batch/cross-release.js';
import type { AuditTask } from '../../batch/audit-document.js';
import { pairReleases } from '../../batch/pairs.js';
import { applyBaseline, baselineOf, readBaseline, writeBaseline } from '../../baseline/baseline.js';
import { FORMAT_NAMES, isFormat, loadFormatter, type FailOn, type FormatContext } from '../../report/index.js';
import { failsAt } from '../../report/threshold.js';
import { SummaryCounter } from '../../report/summary.js';
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
  /** MiB */
  maxFileSize?: number;
  /** seconds */
  timeout?: number;
  rulesDir?: string;
  hidden?: boolean;
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

function unreadable(path: string, error: string, reason?: string): DocumentReport {
  return { path, status: 'unreadable', error, ...(reason ? { reason } : {}), findings: [] };
}

function problemReport(p: ResolvedInputs['problems'][number], lang: Lang): DocumentReport {
  if (p.kind === 'unreadable') return unreadable(p.arg, pickLang(osErrorMessage({ code: p.code }).message, lang), p.code);
  return unreadable(p.arg, msg(lang, p.kind === 'missing' ? 'missingPath' : 'noMatch', { path: p.arg }));
}

/**
 * Ctrl-C (or a TERM) ends the run at once without writing any report: no half-written file is left.
 * The audits run in worker threads, so the main thread is free to take the signal; the handler gives
 * the signal back its default action first, so that a second one ends the process even if the
 * clean-up should block (a hung network folder).
 */
function onInterrupt(lang: Lang): () => void {
  const stop = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  const handler = (signal: NodeJS.Signals) => {
    stop();
    removePendingWrites();
    process.stderr.write(`budget-audit: ${msg(lang, 'interrupted')}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return stop;
}

/**
 * `budget-audit check`: returns the exit code (0 pass, 1 findings over the threshold, 2 input or usage
 * trouble: any input unreadable, too large, binary, over its time budget or failed; see docs/cli.md).
 */
export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  const started = Date.now();
  const cwd = process.cwd();
  const rulesDir = opts.rulesDir ? resolve(cwd, opts.rulesDir) : undefined;
  let custom: Rule[] = [];
  try {
    if (rulesDir) custom = await loadRulesDir(rulesDir, ALL_RULES);
  } catch (err) {
    if (err instanceof RulesDirError) throw new UsageError(`--rules-dir: ${err.file}: ${pickLang(err.message, opts.lang ?? 'zh')}`);
    throw err;
  }
  const allRules = [...ALL_RULES, ...custom];
  const known = new Set(allRules.map((r) => r.id));
  const loaded = resolveConfig(opts.config, cwd, known, opts.lang ?? 'zh');
  const lang: Lang = opts.lang ?? loaded.config.lang ?? 'zh';
  const stopListening = onInterrupt(lang);
  try {
    return await check(paths, opts, { started, cwd, rulesDir, allRules, loaded, lang });
  } finally {
    stopListening();
  }
}

interface CheckSetup {
  started: number;
  cwd: string;
  rulesDir?: string;
  allRules: Rule[];
  loaded: ReturnType<typeof resolveConfig>;
  lang: Lang;
}

async function check(paths: string[], opts: CheckOptions, setup: CheckSetup): Promise<number> {
  const { started, cwd, rulesDir, allRules, loaded, lang } = setup;

  for (const t of opts.targets) {
    if (!isFormat(t.format)) throw new UsageError(msg(lang, 'unknownFormat', { format: t.format, formats: FORMAT_NAMES.join(', ') }));
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
  const { files, problems } = resolveInputs(inputs, { cwd: inputBase, ext, exclude, hidden: opts.hidden });
  if (files.length === 0 && problems.length === 0) throw new UsageError(msg(lang, 'nothingToCheck', { ext: ext.join(',') }));

  const settings = Object.fromEntries(Object.entries(loaded.config.rules ?? {}));
  const maxFileSize = opts.maxFileSize ?? loaded.config.maxFileSizeMiB;
  const timeout = opts.timeout ?? loaded.config.timeoutSeconds;
  const limits = {
    maxBytes: maxFileSize !== undefined ? maxFileSize * 1024 * 1024 : DEFAULT_MAX_BYTES,
    timeoutMs: timeout !== undefined ? timeout * 1000 : DEFAULT_TIMEOUT_MS,
    ...(rulesDir ? { rulesDir } : {}),
  };
  const explicit = (opts.join ?? []).map((list) => list.split(',').map((f) => resolve(inputBase, f.trim())).filter(Boolean));
  const releases = opts.noPair ? files.map((f) => ({ file: f, parts: [f] })) : pairReleases(files, explicit);
  const tasks: AuditTask[] = releases.map(({ file, parts }) => ({
    file,
    display: displayPath(file, cwd),
    lang,
    settings,
    errorsOnly: opts.quiet,
    ...limits,
    ...(parts.length > 1 ? { parts: parts.map((p) => ({ file: p, display: displayPath(p, cwd) })) } : {}),
  }));
  const absByDisplay = new Map(tasks.map((t) => [t.display, t]));
  const jobs = opts.jobs ?? defaultJobs();
  const progress = !opts.quiet && process.stderr.isTTY === true && tasks.length > 5;
  const missing = problems.map((p) => problemReport(p, lang));
  // JSON reports to files, without a baseline to compare: written as the batch goes, never held whole.
  if (!opts.baseline && !opts.writeBaseline && opts.targets.every((t) => t.format === 'json' && t.file)) {
    const { checkStreaming } = await import('./check-stream.js');
    return checkStreaming({
      tasks, missing, files: opts.targets.map((t) => t.file as string), lang, quiet: opts.quiet, failOn: opts.failOn,
      maxWarnings: opts.maxWarnings, jobs, progress, started,
    });
  }
  const audited = await runBatch(tasks, { jobs, progress, progressLabel: msg(lang, 'checking') });

  let documents = [...audited, ...missing].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // a step after the batch: releases of the run checked against each other (last year, units, 决算)
  const crossRelease = checkAcrossReleases(documents, lang);
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
  const counter = new SummaryCounter();
  for (const d of documents) counter.add(d);
  const summary = counter.summary(Date.now() - started);
  const report: Report = {
    tool: { name: 'budget-audit', version: VERSION },
    lang,
    documents,
    summary,
    ...(baselineOutcome ? { baseline: baselineOutcome } : {}),
    ...(crossRelease.length > 0 ? { crossRelease } : {}),
  };

  const rules = ruleCatalog(allRules);
  for (const target of opts.targets) {
    const formatter = await loadFormatter(target.format);
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
        writeFileAtomic(target.file, text);
      } catch (err) {
        throw new UsageError(msg(lang, 'cannotWrite', { file: target.file, why: err instanceof Error ? err.message : String(err) }));
      }
      if (!opts.quiet) process.stderr.write(msg(lang, 'wrote', { file: target.file }) + '\n');
    } else {
      await new Promise<void>((done) => process.stdout.write(text, () => done()));
    }
  }

  // not-a-release is reported but is no trouble: a folder may hold notes beside the releases.
  if (documents.some((d) => isInputTrouble(d.status))) return 2;
  const failing = all.some((f) => failsAt(f.severity, opts.failOn));
  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}
