import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, normaliseText, splitLines } from '../src/ingest/decode.js';
import { ingestBytes, ingestFile, InputError } from '../src/ingest/read.js';
import { looksBinary, signatureOf } from '../src/ingest/sniff.js';
import { resolveInputs } from '../src/batch/inputs.js';
import { runBatch } from '../src/batch/run.js';

const SAMPLE = '2026年部门预算\n一般公共预算支出 1,241.66 万元';

describe('decoding', () => {
  it('reads UTF-8 with and without a BOM, GB18030/GBK and UTF-16 with a BOM to the same text', () => {
    const forms: Array<[Buffer, string, boolean]> = [
      [Buffer.from(SAMPLE), 'UTF-8', false],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'UTF-8', true],
      [iconv.encode(SAMPLE, 'gbk'), 'GB18030', false],
      [iconv.encode(SAMPLE, 'gb18030'), 'GB18030', false],
      [iconv.encode(SAMPLE, 'utf16le', { addBOM: true }), 'UTF-16LE', true],
      [iconv.encode(SAMPLE, 'utf16be', { addBOM: true }), 'UTF-16BE', true],
    ];
    for (const [bytes, encoding, bom] of forms) expect(decode(bytes)).toEqual({ text: SAMPLE, encoding, bom });
  });

  it('takes a short GBK text for GB18030, where chardet alone guesses Shift_JIS', () => {
    expect(decode(iconv.encode('一般公共预算支出', 'gbk'))?.encoding).toBe('GB18030');
  });

  it('keeps a text with one stray byte (a cut-off download), and gives up on noise', () => {
    const cut = Buffer.concat([Buffer.from(SAMPLE.repeat(100)), Buffer.from([0xe4, 0xb8])]);
    expect(decode(cut)).toMatchObject({ encoding: 'UTF-8' });
    expect(decode(cut)?.text.startsWith('2026年部门预算')).toBe(true);
    const gbCut = Buffer.concat([iconv.encode(SAMPLE.repeat(100), 'gbk'), Buffer.from([0xd2])]);
    expect(decode(gbCut)).toMatchObject({ encoding: 'GB18030' });
    expect(decode(gbCut)?.text.startsWith('2026年部门预算')).toBe(true);
    expect(decode(Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 2 ? 0xff : 0x81))))).toBeUndefined();
  });

  it('normalises spaces and full-width digits without touching Chinese punctuation', () => {
    expect(normaliseText('合计\u3000１，２４１．６６万元，占９１．７３％')).toBe('合计 1,241.66万元，占91.73%');
    expect(normaliseText('a\u00a0b\u2002c\ufeffd')).toBe('a b cd');
    expect(normaliseText('一、收入，支出。')).toBe('一、收入，支出。');
  });

  it('counts CRLF, CR and LF as one line end each', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(ingestBytes('x', Buffer.from('a\r\nb\r\n')).lines).toEqual(['a', 'b', '']);
  });
});

describe('binary sniffing', () => {
  it('names known signatures and spots control bytes, but lets form feeds (pdftotext) through', () => {
    expect(signatureOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
    expect(signatureOf(Buffer.from('%PDF-1.4'))).toBe('PDF');
    expect(looksBinary(Buffer.from('第一页\f第二页\f\t表\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from('abc\u0000def'))).toBe(true);
    expect(looksBinary(Buffer.from('\u0001\u0002\u0003'.repeat(10) + 'x'.repeat(100)))).toBe(true);
  });

  it('throws a binary InputError with the kind set', () => {
    const err = (() => {
      try {
        ingestBytes('a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).kind).toBe('binary');
    expect((err as InputError).message).toBe('不是文本文件（PNG 文件）/ not a text file (PNG file)');
  });
});

describe('files that cannot be read', () => {
  it('says too-large above the configured limit, without reading the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-audit-ingest-'));
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(2048));
    await expect(ingestFile(join(dir, 'a.txt'), { maxBytes: 1024 })).rejects.toMatchObject({
      kind: 'too-large',
      message: '文件过大（0.1 MiB，上限 0.1 MiB）/ file too large (0.1 MiB, limit 0.1 MiB)',
    });
    expect((await ingestFile(join(dir, 'a.txt'), { maxBytes: 4096 })).source.bytes).toBe(2048);
  });

  it('a file that vanishes between the folder walk and its turn is unreadable (ENOENT); the batch goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-audit-vanish-'));
    writeFileSync(join(dir, 'a.txt'), SAMPLE);
    writeFileSync(join(dir, 'b.txt'), SAMPLE);
    const { files } = resolveInputs([dir], { cwd: dir, ext: ['.txt'], exclude: [] });
    expect(files).toHaveLength(2);
    rmSync(join(dir, 'a.txt'));
    const tasks = files.map((file) => ({ file, display: file, lang: 'en' as const, settings: {} }));
    const [a, b] = await runBatch(tasks, { jobs: 1, inProcess: true, progress: false, progressLabel: '' });
    expect(a).toMatchObject({ status: 'unreadable', reason: 'ENOENT', error: 'cannot read file (ENOENT: no such file)' });
    expect(b?.status).toBe('checked');
  });
});
