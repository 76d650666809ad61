/**
 * Builds the hostile-input corpus in a folder: every kind of file an auditor finds in a folder someone
 * else filled, each with the status and message the audit must give it. Generated, not committed:
 * encodings, binaries, links and pipes are made here from the fixtures.
 *
 *   import { buildCorpus } from './corpus/build.js'; const cases = buildCorpus(dir);
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { DocumentStatus } from '../../src/model/report.js';

export const RELEASE = new URL('../../fixtures/001_d3fb4ee6849ee809.txt', import.meta.url);

export interface CorpusCase {
  /** path relative to the corpus folder, `/` separators */
  file: string;
  status: DocumentStatus;
  /** the English message (`--lang en`), or a pattern for it; absent for audited files */
  message?: string | RegExp;
  /** the `reason` code, when the status has one */
  reason?: string;
  /** for audited variants of the release: the encoding the source must record */
  encoding?: string;
  /** this file holds the same release as `release-utf8.txt`: the findings must be identical */
  sameRelease?: boolean;
}

/** Files the corpus holds that a folder walk must not report: hidden and installed-package folders. */
export const NOT_WALKED = ['.hidden/release.txt', 'node_modules/pkg/release.txt'];

/** Size limit, in MiB, the corpus is meant to be audited with (`--max-file-size 1`). */
export const CORPUS_MAX_MIB = 1;

const FULLWIDTH = 0xfee0;

/** Digits to full width, the decimal point between them too: how some Windows tools print numbers. */
function fullWidthDigits(text: string): string {
  return text.replace(/\d+(?:\.\d+)?/g, (n) =>
    n.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULLWIDTH)),
  );
}

/** Deterministic bytes (a linear congruential generator): the corpus is the same on every run. */
function noise(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function buildCorpus(dir: string): CorpusCase[] {
  const text = readFileSync(RELEASE, 'utf8');
  const cases: CorpusCase[] = [];
  const put = (file: string, bytes: Buffer | string, c: Omit<CorpusCase, 'file'>) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), bytes);
    cases.push({ file, ...c });
  };
  const same = { status: 'checked' as const, sameRelease: true };

  // One release, every encoding and line end the extracting tools produce.
  put('release-utf8.txt', text, { ...same, encoding: 'UTF-8' });
  put('release-utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), { ...same, encoding: 'UTF-8' });
  put('release-gbk.txt', iconv.encode(text, 'gbk'), { ...same, encoding: 'GB18030' });
  put('release-gb18030.txt', iconv.encode(text, 'gb18030'), { ...same, encoding: 'GB18030' });
  put('release-utf16le.txt', iconv.encode(text, 'utf16le', { addBOM: true }), { ...same, encoding: 'UTF-16LE' });
  put('release-utf16be.txt', iconv.encode(text, 'utf16be', { addBOM: true }), { ...same, encoding: 'UTF-16BE' });
  put('release-crlf.txt', text.replace(/\n/g, '\r\n'), { ...same, encoding: 'UTF-8' });
  put('release-cr.txt', text.replace(/\n/g, '\r'), { ...same, encoding: 'UTF-8' });
  put('release-gbk-crlf.txt', iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk'), { ...same, encoding: 'GB18030' });
  let k = 0;
  put('release-odd-spaces.txt', text.replace(/ /g, () => (k++ % 2 ? '\u3000' : '\u00a0')), { ...same, encoding: 'UTF-8' });
  put('release-fullwidth-digits.txt', fullWidthDigits(text), { ...same, encoding: 'UTF-8' });
  put('名称 带空格/部门预算 2026.txt', text, { ...same, encoding: 'UTF-8' });

  // A half-downloaded release is still a release: audited, its missing tables reported.
  put('release-truncated.txt', text.slice(0, Math.floor(text.length * 0.4)), { status: 'checked' });

  // Texts that are no release.
  put('empty.txt', '', { status: 'not-a-release', reason: 'empty', message: 'the file is empty (no text)' });
  put('blank.txt', ' \n\r\n\t\u3000\n', { status: 'not-a-release', reason: 'empty', message: 'the file is empty (no text)' });
  put('novel.txt', '第一章\n\n天色渐晚，老张推开窗，看见远处的山。\n他想起二十年前的那个夏天。\n'.repeat(200), {
    status: 'not-a-release',
    reason: 'no-budget-words',
    message: 'not a budget release: the text never says 预算 (budget) or 决算 (final accounts)',
  });
  put('memo-gbk.txt', iconv.encode('关于下周会议的通知\n请各科室准备明年预算的初步想法，周五前报办公室。\n', 'gbk'), {
    status: 'not-a-release',
    reason: 'no-release-evidence',
    message: 'not a budget release: it mentions 预算 but has no recognisable table, table of contents, cover or narrative',
  });

  // Binaries renamed .txt.
  put('scan.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(4096, 1)]), {
    status: 'binary',
    message: 'not a text file (PNG file)',
  });
  // a PDF signature sends the file to the PDF reader whatever its name: this one is broken
  put('release.pdf.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(2048, 2)]), { status: 'unreadable', reason: 'broken', message: 'broken or not a PDF file' });
  put('dump.txt', noise(8192, 3), { status: 'binary', message: 'not a text file (binary content)' });
  // UTF-16 without a byte order mark cannot be told from binary by its zero bytes: said as binary.
  put('utf16-no-bom.txt', iconv.encode(text.slice(0, 2000), 'utf16le'), { status: 'binary', message: 'not a text file (binary content)' });

  // Over the size limit the corpus is audited with: never read.
  put('huge.txt', text.repeat(Math.ceil((CORPUS_MAX_MIB * 1024 * 1024 * 1.5) / Buffer.byteLength(text))), {
    status: 'too-large',
    message: /^file too large \(\d+(\.\d)? MiB, limit 1 MiB\)$/,
  });

  // Links: one pointing nowhere, two pointing at each other, a folder linking back to its parent.
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  cases.push({ file: 'dangling.txt', status: 'unreadable', reason: 'ENOENT', message: 'cannot read file (ENOENT: no such file)' });
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  for (const f of ['loop-a.txt', 'loop-b.txt'])
    cases.push({ file: f, status: 'unreadable', reason: 'ELOOP', message: 'cannot read file (ELOOP: too many levels of symbolic links)' });
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'release.txt'), text);
  cases.push({ file: 'sub/release.txt', ...same, encoding: 'UTF-8' });
  symlinkSync('..', join(dir, 'sub', 'up'), 'dir');

  // A named pipe called .txt: opening it would block for ever.
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  cases.push({ file: 'pipe.txt', status: 'unreadable', message: 'not a regular file (a pipe, device or socket)' });

  // Never walked into.
  for (const f of NOT_WALKED) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return cases;
}
