/**
 * Mutation measure on the real releases: every `--every`-th printed number the model read (table
 * cells and narrative figures) is changed well beyond rounding, in the extracted lines of the PDF, and
 * the audit must flag that line with a new error or warning. Prints, per release and template, how
 * many changes were flagged, and which kinds of table the survivors stand in.
 *
 *   npx vite-node tests/tools/real-mutations.ts -- [--every 3] [name-substring …]
 */
import { parseArgs } from 'node:util';
import { ingestReal, measureRealMutations, realReleases } from '../helpers/real-mutate.js';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { every: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const every = Number.parseInt(values.every, 10);
const files = realReleases().filter((f) => positionals.length === 0 || positionals.some((p) => f.includes(p)));

let tried = 0;
let flagged = 0;
for (const file of files) {
  const m = measureRealMutations(await ingestReal(file), every);
  tried += m.tried;
  flagged += m.flagged;
  const rate = m.tried ? ((m.flagged * 100) / m.tried).toFixed(1) : '—';
  const left = [...m.survivors].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`${file}\t${m.template}\t${m.flagged}/${m.tried}\t${rate}%\t${left}\n`);
}
process.stdout.write(`all\t\t${flagged}/${tried}\t${tried ? ((flagged * 100) / tried).toFixed(1) : '—'}%\n`);
