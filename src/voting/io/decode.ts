/**
 * One honest reading of a file's bytes as text, the same everywhere a file comes in (the
 * `tally` and `scenario` commands, the classroom import, the sandbox's "open a file").
 *
 * - UTF-8, with or without a byte-order mark, is read as it is.
 * - UTF-16 little- or big-endian is read when a byte-order mark says so, or when the NUL
 *   bytes of mostly-ASCII text fall on every other byte (what "Unicode text" exports give).
 * - Bytes that are not UTF-8 are read as Windows-1252 (what French Excel saves as "CSV")
 *   only when every character that gives is a letter or usual punctuation; otherwise the file
 *   is refused with "save it as CSV UTF-8". A name is never shown with replacement characters.
 *
 * UTF-8 and UTF-16 are the platform's TextDecoder (browsers and Node both have it, with
 * `fatal`); Windows-1252 is a byte-for-byte table (see CP1252_HIGH for why).
 */
import { VotingError } from '../errors.ts';
import { translator } from '../../i18n/translate.ts';
import { filesMessages } from '../../i18n/messages/files.ts';

/** The platform's TextDecoder, declared here because the engine's pure build has no DOM or Node types. */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecoderName = Exclude<TextEncodingName, 'windows-1252'>;

export interface DecodedText {
  /** The text, without its byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** The encodings' names as a person knows them (the same in French and English). */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** The error's own message is in English (the files table only: the engine loads no other). */
const { t } = translator(filesMessages);

/** A file that cannot be read as text; `code` is a `files.decode.*` message key. */
export class FileDecodeError extends VotingError {
  readonly file: string;
  constructor(code: string, file: string, params: Record<string, string | number> = {}) {
    const all = { ...params, file };
    super(code, t({ key: code, params: all }, 'en'), all);
    this.name = 'FileDecodeError';
    this.file = file;
  }
}

/** How many bytes are looked at to recognise BOM-less UTF-16 (enough lines of a form export). */
const SNIFF_BYTES = 4096;

/**
 * Characters Windows-1252 text plausibly holds beyond ASCII: letters, the no-break space and
 * the punctuation French and English typing produce. Anything else (box drawing, ¤, control
 * characters…) means the bytes were some other encoding, so the file is refused.
 */
const PLAUSIBLE_1252 =
  /^[\p{L}\u00a0\u00ab\u00bb\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u20ac\u00b0\u00b7\u00a7\u00b2\u00b3\u00b9\u00bc-\u00be\u00a9\u00ae\u2122\u2022\u00d7\u00f7\u00bf\u00a1\u00b4\u00a8\u2039\u203a]$/u;

function decoder(encoding: DecoderName): { decode(bytes: Uint8Array): string } {
  return new TextDecoder(encoding, { fatal: true });
}

/** BOM-less UTF-16: mostly-ASCII text leaves a NUL in every other byte. */
export function utf16ByNuls(bytes: Uint8Array): DecoderName | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  // A few NULs on the other side would be characters such as U+0100…; most must be on one side.
  if (oddNuls >= pairs * 0.6 && evenNuls <= pairs * 0.1) return 'utf-16le';
  if (evenNuls >= pairs * 0.6 && oddNuls <= pairs * 0.1) return 'utf-16be';
  return undefined;
}

export function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/** A ZIP archive (an .xlsx or .ods workbook) starts with these bytes. */
export function isZip(bytes: Uint8Array): boolean {
  return hasBom(bytes, 0x50, 0x4b, 0x03, 0x04);
}

function decodeAs(file: string, bytes: Uint8Array, encoding: DecoderName): DecodedText {
  let text: string;
  try {
    text = decoder(encoding).decode(bytes);
  } catch {
    throw new FileDecodeError('files.decode.badBytes', file, { encoding: ENCODING_LABELS[encoding] });
  }
  // No text file in these encodings holds a NUL: it is another kind of file.
  if (text.includes('\u0000')) throw new FileDecodeError('files.decode.binary', file);
  return { text, encoding };
}

/**
 * The text of a file's bytes, and which encoding was read. Throws a FileDecodeError (with
 * the file's name) when the bytes are a workbook, binary, or no encoding reads them honestly.
 */
export function decodeFileBytes(file: string, bytes: Uint8Array): DecodedText {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return decodeAs(file, bytes, 'utf-8');
  if (hasBom(bytes, 0xff, 0xfe)) return decodeAs(file, bytes, 'utf-16le');
  if (hasBom(bytes, 0xfe, 0xff)) return decodeAs(file, bytes, 'utf-16be');
  if (isZip(bytes)) throw new FileDecodeError('files.decode.workbook', file);
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return decodeAs(file, bytes, utf16);
  try {
    return decodeAs(file, bytes, 'utf-8');
  } catch (error) {
    if (error instanceof FileDecodeError && error.code === 'files.decode.binary') throw error;
  }
  return windows1252(file, bytes);
}

/**
 * Windows-1252 differs from Latin-1 only at 0x80–0x9F. Node 20's TextDecoder reads
 * "windows-1252" as Latin-1 there (C1 control characters instead of € ’ œ…), so those 32
 * bytes come from the code page's published table; 0 marks the five undefined bytes.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** For each byte, whether Windows-1252 text plausibly holds it (computed once from the table). */
const PLAUSIBLE_BYTE: readonly boolean[] = Array.from({ length: 256 }, (_, b) => {
  if (b < 0x80) return b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
  const code = b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
  return code !== 0 && PLAUSIBLE_1252.test(String.fromCharCode(code));
});

export function windows1252(file: string, bytes: Uint8Array): DecodedText {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    // Control bytes other than tab and line ends, the five undefined ones, and characters no
    // name or sentence holds mean another encoding.
    if (!PLAUSIBLE_BYTE[b]) throw new FileDecodeError('files.decode.unknown', file);
    codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
  }
  // Every code is a character of the Basic Multilingual Plane (no surrogate): read as UTF-16
  // in the machine's own byte order, they give the text at once.
  const text = decoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be').decode(new Uint8Array(codes.buffer));
  return { text, encoding: 'windows-1252' };
}
