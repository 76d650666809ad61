// Runs the CLI (or nothing, with --noop) and, on exit, writes this process's CPU time and peak RSS
// to $BENCH_USAGE_FILE. Worker threads live in the same process, so their CPU and memory count too.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_USAGE_FILE;
process.on('exit', () => {
  const u = process.resourceUsage();
  if (out) writeFileSync(out, JSON.stringify({ userMs: u.userCPUTime / 1000, sysMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
});
if (process.argv[2] !== '--noop') {
  const { main } = await import('../../dist/src/cli/main.js');
  process.exitCode = await main(process.argv);
}
