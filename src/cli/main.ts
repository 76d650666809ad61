// STUB: the CLI is built in its own piece of work; this keeps the bin runnable meanwhile.
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('budget-audit: not yet implemented\n');
  return 2;
}
