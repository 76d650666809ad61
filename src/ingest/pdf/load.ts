import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Why a PDF could not be opened: each becomes a clear status, never a stack trace. */
export type PdfTrouble = 'encrypted' | 'broken';

export class PdfOpenError extends Error {
  constructor(readonly trouble: PdfTrouble, detail: string) {
    super(detail);
    this.name = 'PdfOpenError';
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** The legacy build runs on Node 20 (the modern one needs newer built-ins); loaded on first PDF only. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The package's own CJK character maps and standard fonts: Chinese text decodes without a network. */
function assetUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdfjs on Node reads these with fs when given plain paths ending in a separator
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: bytes,
    ...assetUrls(),
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  });
  try {
    return await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    await task.destroy().catch(() => undefined);
    throw new PdfOpenError(name === 'PasswordException' ? 'encrypted' : 'broken', message);
  }
}
