/** One requested report: a format and, when given, the file it goes to (stdout otherwise). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/**
 * Pairs `--format` with `--output-file` in command-line order: each file belongs to the format
 * given just before it. Commander calls option parsers in argv order, which is what makes this work.
 */
export class OutputPlan {
  readonly targets: OutputTarget[] = [];
  addFormat(format: string): void {
    this.targets.push({ format });
  }

  addFile(file: string, defaultFormat: string): void {
    const last = this.targets[this.targets.length - 1];
    if (last && last.file === undefined) last.file = file;
    else this.targets.push({ format: last?.format ?? defaultFormat, file });
  }

  /** The targets, with the default format when none was asked for. */
  resolve(defaultFormat: string): OutputTarget[] {
    return this.targets.length ? this.targets : [{ format: defaultFormat }];
  }
}
