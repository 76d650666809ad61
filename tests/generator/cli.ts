/**
 * Write a corpus of generated releases: `npm run generate -- --count 1000 --out DIR [--seed N]
 * [--wording 2026|2022] [--inject]`. Each release is DIR/gen-<seed>-<wording>.txt; with --inject
 * each also gets one changed number, and DIR/manifest.json records what was changed where.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRelease, inject, type Wording } from './index.js';

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      wording: { type: 'string' },
      inject: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.out) {
    process.stdout.write('usage: npm run generate -- --count N --out DIR [--seed FIRST] [--wording 2026|2022] [--inject]\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const count = Number.parseInt(values.count, 10);
  const first = Number.parseInt(values.seed, 10);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(first) || first < 0) {
    process.stderr.write('--count must be a positive integer and --seed a non-negative integer\n');
    process.exitCode = 2;
    return;
  }
  const wording = values.wording as Wording | undefined;
  if (wording !== undefined && wording !== '2026' && wording !== '2022') {
    process.stderr.write('--wording is 2026 or 2022\n');
    process.exitCode = 2;
    return;
  }
  mkdirSync(values.out, { recursive: true });
  const manifest: unknown[] = [];
  let bytes = 0;
  for (let seed = first; seed < first + count; seed++) {
    const release = generateRelease(seed, { wording });
    const b = release.budget;
    const entry: Record<string, unknown> = {
      file: release.name, seed, wording: b.wording, year: b.year, tableUnit: b.tableUnit, department: b.deptName, units: b.units.length,
      funds: [...new Set(b.atoms.map((a) => (a.year === 'carry' ? `carry.${a.fund}` : a.fund)))].sort(),
    };
    let text = release.text;
    if (values.inject) {
      const inj = inject(release, seed);
      text = inj.text;
      entry.injection = { line: inj.line, before: inj.before, after: inj.after, where: inj.target.where };
    }
    writeFileSync(join(values.out, release.name), text);
    bytes += Buffer.byteLength(text);
    manifest.push(entry);
  }
  writeFileSync(join(values.out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  process.stdout.write(`wrote ${count} releases (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
}

main();
