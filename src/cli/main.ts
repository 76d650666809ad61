import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { ConfigError } from '../config/load.js';
import { BaselineError } from '../baseline/baseline.js';
import { FORMAT_NAMES } from '../report/index.js';
import type { FailOn } from '../report/index.js';
import { msg } from './messages.js';
import { choiceParser, collect, intParser, langFromArgv } from './options.js';
import { OutputPlan } from './outputs.js';
import { UsageError } from './usage-error.js';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
const LANGS = ['zh', 'en'] as const;

function fail(lang: Lang, text: string): number {
  process.stderr.write(`budget-audit: ${text}\n`);
  return 2;
}

function buildProgram(lang: Lang, setCode: (code: number) => void): Command {
  const program = new Command('budget-audit');
  program
    .description(msg(lang, 'description'))
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(true);
  const langOption = () => new Option('--lang <lang>', 'zh | en').argParser(choiceParser('--lang', LANGS, lang));

  program
    .command('parse')
    .description(msg(lang, 'parseDescription'))
    .argument('<file...>')
    .addOption(new Option('--format <format>', 'json | pretty').default('pretty').argParser(choiceParser('--format', ['json', 'pretty'] as const, lang)))
    .addOption(langOption())
    .action(async (files: string[], o: { format: 'json' | 'pretty'; lang?: Lang }) => {
      const { runParse } = await import('./commands/parse.js');
      setCode(await runParse(files, { format: o.format, lang: o.lang ?? lang }));
    });

  const plan = new OutputPlan();
  program
    .command('check')
    .description(msg(lang, 'checkDescription'))
    .argument('[path...]')
    .option('-f, --format <format>', `${FORMAT_NAMES.join(' | ')} (repeatable)`, (v: string) => {
      plan.addFormat(v);
      return v;
    })
    .option('-o, --output-file <file>', 'file for the --format given just before', (v: string) => {
      plan.addFile(v, 'pretty');
      return v;
    })
    .addOption(new Option('--fail-on <level>', FAIL_ON.join(' | ')).default('error').argParser(choiceParser('--fail-on', FAIL_ON, lang)))
    .addOption(new Option('--max-warnings <n>').argParser(intParser('--max-warnings', lang, 0)))
    .addOption(langOption())
    .option('-q, --quiet', 'errors only', false)
    .option('-c, --config <file>', 'budget-audit.config.json')
    .option('--ext <list>', '.txt,.md,.pdf')
    .option('--join <files>', 'files of one release, comma-separated, in reading order (repeatable)', collect, [])
    .option('--no-pair', 'audit every file on its own (no part1/part2 pairing)')
    .option('--exclude <glob>', 'repeatable', collect, [])
    .option('--baseline <file>')
    .option('--write-baseline <file>')
    .addOption(new Option('-j, --jobs <n>').argParser(intParser('--jobs', lang, 1)))
    .addOption(new Option('--max-file-size <MiB>', 'default 64').argParser(intParser('--max-file-size', lang, 1)))
    .addOption(new Option('--timeout <seconds>', 'per file, default 60').argParser(intParser('--timeout', lang, 1)))
    .option('--rules-dir <folder>', 'load custom rule modules (*.js) from this folder: runs their code')
    .option('--hidden', 'also walk into hidden files and folders', false)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      // Each command loads its own modules: `--help` and `rules` never load the parser and the batch.
      const { runCheck } = await import('./commands/check.js');
      setCode(
        await runCheck(paths, {
          targets: plan.resolve('pretty'),
          failOn: o.failOn as FailOn,
          maxWarnings: o.maxWarnings as number | undefined,
          lang: o.lang as Lang | undefined,
          quiet: o.quiet === true,
          config: o.config as string | undefined,
          ext: o.ext as string | undefined,
          exclude: (o.exclude as string[] | undefined) ?? [],
          baseline: o.baseline as string | undefined,
          writeBaseline: o.writeBaseline as string | undefined,
          jobs: o.jobs as number | undefined,
          maxFileSize: o.maxFileSize as number | undefined,
          timeout: o.timeout as number | undefined,
          rulesDir: o.rulesDir as string | undefined,
          hidden: o.hidden === true,
          join: (o.join as string[] | undefined) ?? [],
          noPair: o.pair === false,
        }),
      );
    });

  program
    .command('rules')
    .description(msg(lang, 'rulesDescription'))
    .addOption(new Option('--format <format>', 'pretty | json').default('pretty').argParser(choiceParser('--format', ['pretty', 'json'] as const, lang)))
    .addOption(langOption())
    .action(async (o: { lang?: Lang; format: 'pretty' | 'json' }) => {
      const { runRulesList } = await import('./commands/rules.js');
      setCode(runRulesList(o.lang ?? lang, o.format));
    });

  program
    .command('explain')
    .description(msg(lang, 'explainDescription'))
    .argument('<rule>')
    .addOption(langOption())
    .action(async (id: string, o: { lang?: Lang }) => {
      const { runExplain } = await import('./commands/rules.js');
      setCode(runExplain(id, o.lang ?? lang));
    });

  return program;
}

/** Entry point for bin/budget-audit.js. Returns the exit code; never throws for a user mistake. */
export async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  // `budget-audit check … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const lang: Lang = langFromArgv(args) ?? 'zh';
  let code = 0;
  const program = buildProgram(lang, (c) => {
    code = c;
  });
  if (args.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0;
      const detail = err.message.replace(/^error:\s*/, '');
      return fail(lang, `${msg(lang, 'usageError', { detail })}\n${msg(lang, 'seeHelp')}`);
    }
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof BaselineError) return fail(lang, err.message);
    throw err;
  }
}
