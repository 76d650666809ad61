import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../src/batch/audit-document.js';
import { layoutPdf, PdfInputError } from '../src/ingest/pdf/index.js';
import { encryptedPdf, scannedPdf, textPdf } from './helpers/pdf-bytes.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REAL = new URL('../fixtures/real/', import.meta.url).pathname;

async function trouble(bytes: Uint8Array): Promise<string> {
  try {
    await layoutPdf('x.pdf', bytes);
    return 'read';
  } catch (err) {
    return err instanceof PdfInputError ? err.kind : `threw ${String(err)}`;
  }
}

describe('PDFs that cannot be audited say why', () => {
  it('a readable one-line PDF is read (the helpers build valid files)', async () => {
    const layout = await layoutPdf('x.pdf', textPdf('Budget 2026'));
    expect(layout.lines.filter((l) => l !== '')).toEqual(['Budget 2026']);
    expect(layout.linePages.filter((p) => p > 0)).toEqual([1]);
  });

  it('a scan (images, no text) is `no-text-layer`', async () => {
    expect(await trouble(scannedPdf())).toBe('no-text-layer');
  });

  it('an encrypted PDF is `encrypted`', async () => {
    expect(await trouble(encryptedPdf())).toBe('encrypted');
  });

  it('a truncated or non-PDF file is `broken`', async () => {
    const real = readFileSync(REAL + 'hz-qxj-2026-ys.pdf');
    expect(await trouble(real.subarray(0, 1500))).toBe('broken');
    expect(await trouble(Buffer.from('%PDF-1.7\nthis is not a PDF at all\n'))).toBe('broken');
  });

  it('the batch reports each as unreadable with its reason, in the language asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-status-'));
    const cases = [
      ['scan.pdf', scannedPdf(), 'no-text-layer', /no text layer/],
      ['locked.pdf', encryptedPdf(), 'encrypted', /encrypted/],
      ['broken.pdf', Buffer.from('%PDF-1.4\ngarbage'), 'broken', /broken/],
    ] as const;
    for (const [name, bytes, reason, text] of cases) {
      writeFileSync(join(dir, name), bytes);
      const en = await auditDocument({ file: join(dir, name), display: name, lang: 'en', settings: {} });
      expect(en).toMatchObject({ status: 'unreadable', reason, findings: [] });
      expect(en.error).toMatch(text);
      const zh = await auditDocument({ file: join(dir, name), display: name, lang: 'zh', settings: {} });
      expect(zh.error).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.error).not.toMatch(/[a-z]{4}/);
    }
  });
});
