import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Source } from '../model/release.js';
import { ingestPdfBytes, isPdfPath, PdfInputError, type PdfTroubleKind } from './pdf/index.js';

export interface IngestedText {
  source: Source;
  text: string;
  /** line n is lines[n - 1] */
  lines: string[];
  /** read from a PDF: page of line n at linePages[n - 1] (0 for a blank line the layout added) */
  linePages?: number[];
}

/** A clear, user-facing input error (missing file, a folder, undecodable bytes). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** a PDF without text, encrypted or broken: a status code beside the message */
    readonly reason?: PdfTroubleKind,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Decode a release's bytes. Extracts arrive as UTF-8, UTF-16 (with BOM) or GB18030 from older
 * Windows tools; chardet decides, and a BOM always wins.
 */
export function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const utf8 = bytes.toString('utf8');
  // Valid UTF-8 round-trips; chardet is asked only when it does not (short texts fool detectors).
  if (!utf8.includes('\uFFFD')) return { text: utf8, encoding: 'UTF-8' };
  const guess = chardet.detect(bytes) ?? 'GB18030';
  const encoding = /^(GB|Big5|EUC|Shift_JIS|UTF-16|ISO-8859|windows-)/i.test(guess) ? guess : 'GB18030';
  const name = /^GB/i.test(encoding) ? 'gb18030' : encoding;
  if (!iconv.encodingExists(name)) return { text: utf8, encoding: 'UTF-8' };
  return { text: iconv.decode(bytes, name), encoding: /^GB/i.test(encoding) ? 'GB18030' : encoding };
}

export function ingestBytes(path: string, bytes: Buffer): IngestedText {
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
    throw new InputError('不是文本文件（含二进制内容）/ not a text file (binary content)', path);
  const { text, encoding } = decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  return {
    source: {
      path,
      encoding,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      lines: lines.length,
    },
    text,
    lines,
  };
}

export async function ingestFile(path: string): Promise<IngestedText> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError('文件不存在或无法访问 / file not found or not accessible', path);
  }
  if (info.isDirectory()) throw new InputError('这是一个文件夹，不是文件 / is a folder, not a file', path);
  if (info.size > MAX_BYTES) throw new InputError('文件过大（超过 64 MiB）/ file too large (over 64 MiB)', path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`无法读取文件 / cannot read file: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
  if (isPdfPath(path) || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      return await ingestPdfBytes(path, bytes);
    } catch (err) {
      if (err instanceof PdfInputError) throw new InputError(err.message, path, err.kind);
      throw err;
    }
  }
  return ingestBytes(path, bytes);
}
