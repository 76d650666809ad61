/**
 * Is this file a binary (an image, an archive, an office file) rather than text? Decided from the
 * bytes before any decoding, so that a scanned page renamed `.txt` gets a clear status instead of a
 * page of mojibake run through the parser.
 */

/** Well-known signatures, named in the message so the user sees what the file really is. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'BMP', bytes: [0x42, 0x4d] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP/Office', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE/Office 97', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
];

/** The signature's name when the bytes start with one. */
export function signatureOf(bytes: Buffer): string | undefined {
  return SIGNATURES.find((s) => bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.name;
}

const SAMPLE = 64 * 1024;

/**
 * Control bytes other than tab, line feed, vertical tab, form feed (pdftotext ends every page with
 * one), carriage return and escape: text has next to none, binaries are full of them. Called only on
 * bytes without a UTF-16 BOM (UTF-16 text is half zero bytes).
 */
export function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  // One in a hundred, and more than a handful: a damaged text keeps well under it, any binary
  // format is far over it.
  return control >= 8 && control * 100 > n;
}
