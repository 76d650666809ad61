import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** the encoding the bytes were read as: UTF-8, GB18030, UTF-16LE, UTF-16BE, or chardet's name */
  encoding: string;
  /** a byte order mark was present (and removed) */
  bom: boolean;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; iconv: string; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], iconv: 'utf8', encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], iconv: 'utf16le', encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], iconv: 'utf16be', encoding: 'UTF-16BE' },
];

export function bomOf(bytes: Buffer): (typeof BOMS)[number] | undefined {
  return BOMS.find((b) => bytes.length >= b.bytes.length && b.bytes.every((x, i) => bytes[i] === x));
}

/** Damaged places: one broken byte leaves a run of one to three replacement characters. */
function damagedRuns(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    run = text[i - 1] === '\uFFFD' ? run + 1 : 1;
    if (run % 3 === 1) n++;
  }
  return n;
}

/** Multi-byte encodings chardet may name that a Chinese release could plausibly use, tried first. */
const CJK = /^(Big5|EUC|Shift_JIS|UTF-16)/i;
/** Single-byte encodings read anything: only a last resort, for a text that is surely no release. */
const SINGLE_BYTE = /^(ISO-8859|windows-)/i;

/**
 * A couple of damaged places, or at most one in 200 characters: a cut-off download or a flipped byte.
 * A wrong encoding damages nearly every Chinese character, far above that.
 */
function nearlyClean(text: string): boolean {
  const runs = damagedRuns(text);
  return runs <= 2 || runs * 200 <= text.length;
}

/**
 * Decode a release's bytes. A BOM always wins; then UTF-8, then GB18030 (a superset of GBK and
 * GB2312), each first when it reads every byte, then when it loses under one character in a thousand
 * (a download cut off mid-character, a flipped byte); then chardet's candidates, multi-byte ones first. GB18030 goes
 * before chardet because chardet alone takes short GBK texts for Shift_JIS. `undefined` when nothing
 * reads the bytes: the caller reports the file as undecodable.
 */
export function decode(bytes: Buffer): Decoded | undefined {
  const bom = bomOf(bytes);
  if (bom) return { text: iconv.decode(bytes.subarray(bom.bytes.length), bom.iconv, { stripBOM: false }), encoding: bom.encoding, bom: true };
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD') || nearlyClean(utf8)) return { text: utf8, encoding: 'UTF-8', bom: false };
  const gb = iconv.decode(bytes, 'gb18030');
  if (!gb.includes('\uFFFD') || nearlyClean(gb)) return { text: gb, encoding: 'GB18030', bom: false };
  const candidates = chardet.analyse(bytes.subarray(0, 1 << 20)).map((c) => c.name);
  for (const name of [...candidates.filter((n) => CJK.test(n)), ...candidates.filter((n) => SINGLE_BYTE.test(n))]) {
    if (!iconv.encodingExists(name)) continue;
    const text = iconv.decode(bytes, name);
    if (!text.includes('\uFFFD')) return { text, encoding: name, bom: false };
  }
  return undefined;
}

const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Same text, plainer characters, line count unchanged: no-break, ideographic and other Unicode spaces
 * become a space; full-width digits become ASCII digits, and so do a full-width point, comma or
 * percent sign between or after such digits (a full-width comma elsewhere is Chinese punctuation and
 * stays); a stray BOM inside the text is dropped. Every parser regex then sees one kind of digit.
 */
export function normaliseText(text: string): string {
  if (!/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF\uFF10-\uFF19]/.test(text)) return text;
  return text
    .replace(/\uFEFF/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\uFF10-\uFF19]+(?:[．，][\uFF10-\uFF19]+)*％?/g, (run) =>
      run.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET)),
    );
}

/** Split on CRLF, CR or LF: Windows and old Mac line ends count one line each. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
