#!/usr/bin/env node
// Renders the HTML report of the fixtures and takes a headless Chromium screenshot of it, so that
// docs/screenshots/ shows what a reviewer sees. Needs a build (npm run build) and a chromium binary
// (CHROMIUM=/path/to/chromium to choose one).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
const lang = process.argv.includes('--en') ? 'en' : 'zh';
const work = mkdtempSync(join(tmpdir(), 'budget-audit-shot-'));
const htmlFile = join(work, `report-fixtures-${lang}.html`);
const pngFile = join(outDir, `report-fixtures-${lang}.png`);

const check = spawnSync(
  process.execPath,
  [join(root, 'bin', 'budget-audit.js'), 'check', 'fixtures', '--format', 'html', '--output-file', htmlFile, '--fail-on', 'never', '--lang', lang],
  { cwd: root, stdio: 'inherit' },
);
if (check.status !== 0) {
  process.stderr.write(`budget-audit exited ${check.status}\n`);
  process.exit(1);
}

const profile = join(work, 'profile');
const chromium = process.env.CHROMIUM ?? 'chromium';
const shot = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    `--screenshot=${resolve(pngFile)}`,
    '--window-size=1400,2000',
    '--hide-scrollbars',
    pathToFileURL(htmlFile).href,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
rmSync(work, { recursive: true, force: true });
if (shot.status !== 0) {
  process.stderr.write(`${chromium} exited ${shot.status}\n`);
  process.exit(1);
}
process.stdout.write(`${pngFile}\n`);
