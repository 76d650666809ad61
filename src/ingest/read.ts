import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Source } from '../model/release.js';
import { bomOf, decode, normaliseText, splitLines } from './decode.js';
import { looksBinary, signatureOf } from './sniff.js';
import { ingestPdfBytes, isPdfPath, PdfInputError } from './pdf/index.js';

export { decode } from './decode.js';

export interface IngestedText {
  source: Source;
  text: string;
  /** line n is lines[n - 1] */
  lines: string[];
  /** read from a PDF: page of line n at linePages[n - 1] (0 for a blank line the layout added) */
  linePages?: number[];
}

/** Why an input yielded no text: each is its own document status in the report. */
export type InputErrorKind = 'unreadable' | 'too-large' | 'binary';

/** A clear, user-facing input error (missing file, a folder, undecodable bytes). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly kind: InputErrorKind = 'unreadable',
    /** the operating system's error code (ENOENT, EACCES …), or for a PDF `no-text-layer`, `encrypted`, `broken` */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface IngestOptions {
  /** files larger than this are not read (status too-large) */
  maxBytes?: number;
}

/** Generous: the largest real release text seen is under 1 MiB; a 200 MB dump is not a release. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const OS_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在 / no such file',
  EACCES: '没有读取权限 / permission denied',
  EPERM: '操作不被允许 / operation not permitted',
  ELOOP: '符号链接循环 / too many levels of symbolic links',
  EISDIR: '这是一个文件夹 / is a folder',
  EIO: '读写错误 / input/output error',
  EMFILE: '打开的文件过多 / too many open files',
  ENAMETOOLONG: '文件名过长 / file name too long',
};

/** "无法读取文件（EACCES：没有读取权限）/ cannot read file (EACCES: permission denied)" */
export function osErrorMessage(err: unknown): { message: string; code: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  const [zh, en] = (OS_ERRORS[code] ?? `${code} / ${code}`).split(' / ');
  return { code, message: `无法读取文件（${code}：${zh}）/ cannot read file (${code}: ${en})` };
}

function mib(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toString();
}

/** Text bytes → lines, with the encoding recorded. Throws InputError when the bytes are not text. */
export function ingestBytes(path: string, bytes: Buffer): IngestedText {
  const bom = bomOf(bytes);
  if (!bom) {
    const signature = signatureOf(bytes);
    if (signature)
      throw new InputError(`不是文本文件（${signature} 文件）/ not a text file (${signature} file)`, path, 'binary');
    if (looksBinary(bytes))
      throw new InputError('不是文本文件（含二进制内容）/ not a text file (binary content)', path, 'binary');
  }
  const decoded = decode(bytes);
  if (!decoded)
    throw new InputError('无法识别文本编码（不是 UTF-8、GB18030 或 UTF-16）/ cannot decode the text (not UTF-8, GB18030 or UTF-16)', path, 'binary');
  const text = normaliseText(decoded.text);
  const lines = splitLines(text);
  return {
    source: {
      path,
      encoding: decoded.encoding,
      ...(decoded.bom ? { bom: true } : {}),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      lines: lines.length,
    },
    text,
    lines,
  };
}

/**
 * The one dispatch point for file kinds: stat, size limit, then by kind to its reader: a PDF (by
 * extension or signature) to the PDF reader, everything else to `ingestBytes` as text.
 */
export async function ingestFile(path: string, opts: IngestOptions = {}): Promise<IngestedText> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const { message, code } = osErrorMessage(err);
    throw new InputError(message, path, 'unreadable', code);
  }
  if (info.isDirectory()) throw new InputError('这是一个文件夹，不是文件 / is a folder, not a file', path, 'unreadable', 'EISDIR');
  // Opening a FIFO or a device would block or never end: only regular files are read.
  if (!info.isFile()) throw new InputError('不是普通文件（管道、设备或套接字）/ not a regular file (a pipe, device or socket)', path, 'unreadable');
  if (info.size > maxBytes)
    throw new InputError(
      `文件过大（${mib(info.size)} MiB，上限 ${mib(maxBytes)} MiB）/ file too large (${mib(info.size)} MiB, limit ${mib(maxBytes)} MiB)`,
      path,
      'too-large',
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const { message, code } = osErrorMessage(err);
    throw new InputError(message, path, 'unreadable', code);
  }
  if (isPdfPath(path) || bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      return await ingestPdfBytes(path, bytes);
    } catch (err) {
      if (err instanceof PdfInputError) throw new InputError(err.message, path, 'unreadable', err.kind);
      throw err;
    }
  }
  return ingestBytes(path, bytes);
}
