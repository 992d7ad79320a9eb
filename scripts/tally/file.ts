/**
 * How `tally FILE` reads its file. CSV, PrefLib and BLT files are streamed: read a megabyte at
 * a time, decoded as they come (src/voting/io/decode-stream.ts) and fed line by line to the
 * format's reader, which keeps only the distinct ballots; so a big file costs memory in
 * proportion to its distinct ballots, not to its size, up to MAX_STREAM_BYTES. JSON files
 * and pipes (no size to check, no way to read again from the start) are read whole, up to
 * MAX_FILE_BYTES. Every file is refused by its size before it is read (docs/ballot-files.md).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import {
  ballotLineReader,
  decodeFileBytes,
  FileDecodeError,
  formatFromName,
  LineSplitter,
  MAX_FILE_BYTES,
  MAX_STREAM_BYTES,
  readBallotFile,
  sniffFormat,
  type BallotFormat,
  type DecodedText,
  type ElectionFile,
  type ReadOptions,
  type TextEncodingName,
} from '../../src/voting/io/index.ts';
import { encodingOfHead, StreamDecoder } from '../../src/voting/io/decode-stream.ts';
import { t, type Lang } from '../../src/i18n/index.ts';

/** A file refused before it is read: its message is ready to print. */
export class FileTooLarge extends Error {}

const MB = 1_000_000;
/** Bytes read at a time. */
export const CHUNK_BYTES = 1 << 20;

const megabytes = (bytes: number) => Math.round(bytes / (MB / 10)) / 10;

function refuseBySize(file: string, size: number, limit: number, lang: Lang): void {
  if (size > limit)
    throw new FileTooLarge(t('cli.fileTooLarge', { file, size: megabytes(size), limit: megabytes(limit) }, lang));
}

/**
 * The text of a file, read whole: refused by its size before anything is read when it is
 * larger than `limit`, and never read past it (a pipe or a device has no size to check).
 * The bytes are decoded as every file coming in is (src/voting/io/decode.ts).
 */
function readBoundedText(file: string, lang: Lang, limit = MAX_FILE_BYTES): DecodedText {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) refuseBySize(file, stat.size, limit, lang);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new FileTooLarge(t('cli.streamTooLarge', { file, limit: megabytes(limit) }, lang));
    }
    return decodeFileBytes(basename(file), Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

interface TallyFile {
  readonly election: ElectionFile;
  readonly encoding: TextEncodingName;
  /** Read line by line (else whole). */
  readonly streamed: boolean;
  /** The most characters held at once of lines not yet read (the splitter's and the reader's). */
  readonly maxHeldChars: number;
}

/** A ballot file for `tally`: streamed when its format reads line by line, else whole. */
export function readTallyFile(
  file: string,
  lang: Lang,
  options: ReadOptions = {},
  limits = { whole: MAX_FILE_BYTES, streamed: MAX_STREAM_BYTES },
): TallyFile {
  const name = basename(file);
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const whole = (): TallyFile => {
      const decoded = readBoundedText(file, lang, limits.whole);
      const election = readBallotFile(name, decoded.text, options);
      return { election, encoding: decoded.encoding, streamed: false, maxHeldChars: decoded.text.length };
    };
    if (!stat.isFile()) return whole();
    refuseBySize(file, stat.size, limits.streamed, lang);
    const head = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, stat.size));
    const headBytes = readSync(fd, head, 0, head.length, 0);
    const guess = encodingOfHead(name, head.subarray(0, headBytes));
    const format = options.format ?? formatFromName(name) ?? sniffHead(name, head.subarray(0, headBytes), guess);
    if (format === undefined || format === 'json') return whole();
    try {
      return stream(fd, file, name, format, guess.encoding, options, limits.streamed, lang);
    } catch (error) {
      // Bytes that are not UTF-8 in a file without a byte-order mark: French Excel's
      // Windows-1252, read again from the start (decodeFileBytes does the same with the whole file).
      if (guess.certain || !(error instanceof FileDecodeError) || error.code !== 'files.decode.badBytes') throw error;
      return stream(fd, file, name, format, 'windows-1252', options, limits.streamed, lang);
    }
  } finally {
    closeSync(fd);
  }
}

/** The format of a file with no telling name, from its first megabyte (undefined: read it whole). */
function sniffHead(
  name: string,
  head: Uint8Array,
  guess: ReturnType<typeof encodingOfHead>,
): BallotFormat | 'preflib' | undefined {
  for (const encoding of guess.certain ? [guess.encoding] : [guess.encoding, 'windows-1252' as const]) {
    try {
      return sniffFormat(new StreamDecoder(name, encoding).decode(head));
    } catch {
      // the next encoding, or the whole file, which says what is wrong with it
    }
  }
  return undefined;
}

function stream(
  fd: number,
  file: string,
  name: string,
  format: BallotFormat | 'preflib',
  encoding: TextEncodingName,
  options: ReadOptions,
  limit: number,
  lang: Lang,
): TallyFile {
  const reader = ballotLineReader(name, format, options);
  if (reader === undefined) throw new Error(`no line reader for ${format}`);
  const splitter = new LineSplitter(reader);
  const decoder = new StreamDecoder(name, encoding);
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  let maxHeld = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) break;
    position += read;
    // A file that grows while it is read is still bounded.
    if (position > limit) throw new FileTooLarge(t('cli.streamTooLarge', { file, limit: megabytes(limit) }, lang));
    splitter.push(decoder.decode(chunk.subarray(0, read)));
    maxHeld = Math.max(maxHeld, splitter.maxHeld + reader.buffered);
    if (reader.finished) break; // its first error is known: the rest cannot change it
  }
  splitter.push(decoder.decode(new Uint8Array(0), true));
  const election = splitter.end();
  return { election, encoding, streamed: true, maxHeldChars: maxHeld };
}
