#!/usr/bin/env node
// Prints each seed release (fixtures/0*.txt) to fixtures/pdf/<seed>.pdf with headless Chromium
// (Debian packages `chromium` and `fonts-wqy-zenhei`, the CJK font the layout names) and records in fixtures/pdf/manifest.json the hash of the HTML each
// PDF was printed from, so that a test can tell when a PDF is stale. Run from the repository root:
//   node tests/pdf-seeds/render.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedHtml } from './seed-html.mjs';

const root = process.cwd();
const out = join(root, 'fixtures', 'pdf');
mkdirSync(out, { recursive: true });
const chromium = process.env.CHROMIUM ?? 'chromium';
const manifest = {};
for (const seed of readdirSync(join(root, 'fixtures')).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort()) {
  const html = seedHtml(readFileSync(join(root, 'fixtures', seed), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'seed-pdf-'));
  try {
    const page = join(work, 'seed.html');
    writeFileSync(page, html);
    const pdf = join(out, seed.replace(/\.txt$/, '.pdf'));
    execFileSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    manifest[seed.replace(/\.txt$/, '.pdf')] = { seed, html: createHash('sha256').update(html).digest('hex') };
    process.stdout.write(`${seed} → fixtures/pdf/${seed.replace(/\.txt$/, '.pdf')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
