#!/usr/bin/env node
// Make a folder with two years of one department's budget release from a fixture, for the checks
// across releases: `<name>-<year-1>.txt` is the fixture moved back one year (every year, cover and
// titles included; amounts untouched), `<name>-<year>.txt` is the fixture with its year-over-year
// changes rewritten to zero — the amounts of both years are the same, so that is what this year must
// say. `--last-total <value>` then prints another total in last year's release, to see the mismatch.
//
//   node scripts/make-two-years.mjs fixtures/000_52f5b89fd5e0ecf0.txt out/ [--last-total 700.00]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [, , input, outDir, flag, lastTotal] = process.argv;
if (!input || !outDir || (flag && (flag !== '--last-total' || !/^\d+(\.\d+)?$/.test(lastTotal ?? '')))) {
  process.stderr.write('usage: make-two-years.mjs <fixture.txt> <out-dir> [--last-total <amount>]\n');
  process.exit(2);
}
const text = readFileSync(input, 'utf8');
const year = Number(/(20\d\d)\s*年度?/.exec(text)?.[1]);
if (!year) {
  process.stderr.write(`${input}: no budget year found\n`);
  process.exit(2);
}

const CN = '〇一二三四五六七八九';
const cnYear = (y) => String(y).split('').map((d) => CN[Number(d)]).join('');

/** Every year one back: 2026 → 2025, 2025 → 2024, and the cover's 二〇二六年. Amounts are never years:
 * a year stands alone, not inside a decimal. */
function backOneYear(t) {
  return t
    .replace(/(?<![\d.,])(20[0-4]\d)(?![\d.,]\d)/g, (m) => String(Number(m) - 1))
    .replace(/二〇[〇一二三四五六七八九]{2}/g, (m) => {
      const y = Number(m.split('').map((c) => CN.indexOf(c)).join(''));
      return cnYear(y - 1);
    });
}

/** 增加A万元，增长B% (or 减少 … 下降 …) becomes a change of zero: this year's amounts are last year's.
 * (The release then says 增加0.00万元 where 持平 reads better, a warning of its own; the sentence
 * keeps the form every template's parser reads.) */
function flatClauses(t) {
  return t.replace(/(增加|减少)(\s*)[\d.,]+(\s*)万元([，,]\s*)(增长|下降)(\s*)[\d.]+(\s*)%/g, '$1$20.00$3万元$4$5$60.00$7%');
}

/** The grand totals of table 01 (its 收入总计 / 支出总计 line, the one that starts with it) replaced. */
function withLastTotal(t, value) {
  const lines = t.split('\n');
  const i = lines.findIndex((l) => /^\s*收入总计\s/.test(l) && /支出总计/.test(l) && /\d+\.\d\d/.test(l));
  if (i < 0) throw new Error('no 收入总计/支出总计 line');
  lines[i] = lines[i].replace(/\d+\.\d\d/g, value);
  return lines.join('\n');
}

const name = basename(input).replace(/\.txt$/, '');
let last = backOneYear(text);
if (lastTotal) last = withLastTotal(last, lastTotal);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `${name}-${year - 1}.txt`), last);
writeFileSync(join(outDir, `${name}-${year}.txt`), flatClauses(text));
process.stdout.write(`${join(outDir, `${name}-${year - 1}.txt`)}\n${join(outDir, `${name}-${year}.txt`)}\n`);
