import { InvalidArgumentError } from 'commander';
import type { Lang } from '../engine/rule.js';
import { msg } from './messages.js';

/** The language asked for on the command line, read before commander runs so its errors speak it too. */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'zh')) return argv[i + 1] as Lang;
    if (a === '--lang=en' || a === '--lang=zh') return a.slice(7) as Lang;
  }
  return undefined;
}

export function choiceParser<T extends string>(option: string, choices: readonly T[], lang: Lang) {
  return (value: string): T => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(msg(lang, 'badChoice', { option, choices: choices.join('|'), value }));
  };
}

export function intParser(option: string, lang: Lang, min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || parseInt(value, 10) < min)
      throw new InvalidArgumentError(msg(lang, 'badNumber', { option, value }));
    return parseInt(value, 10);
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
