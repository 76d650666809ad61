import { createHash } from 'node:crypto';
import type { IngestedText } from '../read.js';
import { layoutDocument, type PdfLayout } from './document.js';
import { openPdf, PdfOpenError } from './load.js';

export { PdfOpenError } from './load.js';
export type { PdfLayout, PdfTable } from './document.js';

/** Why a PDF yields no text: a clear status for each, in both languages. */
export const PDF_TROUBLE = {
  encrypted: '加密的 PDF，无法读取 / encrypted PDF, cannot be read',
  broken: 'PDF 文件损坏或不是 PDF / broken or not a PDF file',
  'no-text-layer': '没有文字层（扫描件），无法审核 / no text layer (a scanned PDF), nothing to audit',
} as const;
export type PdfTroubleKind = keyof typeof PDF_TROUBLE;

export class PdfInputError extends Error {
  constructor(readonly kind: PdfTroubleKind, readonly path: string) {
    super(PDF_TROUBLE[kind]);
    this.name = 'PdfInputError';
  }
}

/** A PDF's bytes → its layout; throws PdfInputError for encrypted, broken and scanned files. */
export async function layoutPdf(path: string, bytes: Uint8Array): Promise<PdfLayout> {
  let doc;
  try {
    // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy
    doc = await openPdf(new Uint8Array(bytes));
  } catch (err) {
    if (err instanceof PdfOpenError) throw new PdfInputError(err.trouble, path);
    throw err;
  }
  try {
    let layout: PdfLayout;
    try {
      layout = await layoutDocument(doc);
    } catch {
      throw new PdfInputError('broken', path);
    }
    if (layout.glyphCount === 0) throw new PdfInputError('no-text-layer', path);
    return layout;
  } finally {
    await doc.destroy();
  }
}

/** Text input made from a PDF: the parser reads its lines as it reads an extract; pages ride along. */
export interface IngestedPdf extends IngestedText {
  /** page of line n at linePages[n - 1] (0: a blank line the layout added) */
  linePages: number[];
  pageCount: number;
}

export async function ingestPdfBytes(path: string, bytes: Uint8Array): Promise<IngestedPdf> {
  const layout = await layoutPdf(path, bytes);
  return {
    source: {
      path,
      encoding: 'PDF',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      lines: layout.lines.length,
    },
    text: layout.lines.join('\n'),
    lines: layout.lines,
    linePages: layout.linePages,
    pageCount: layout.pageCount,
  };
}

export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path);
}
