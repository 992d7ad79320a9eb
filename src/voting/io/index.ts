/**
 * Ballot files in and out: our JSON, CSV, PrefLib (.soc .soi .toc .toi) and BLT.
 * Pure TypeScript for the browser and Node: readers take the file's name and its text,
 * writers return text. Every reader error is a BallotFileError naming the line.
 * Reference for teachers and maintainers: docs/ballot-files.md.
 */
import { BallotFileError } from './errors.ts';
import { BltLines, readBlt, writeBlt } from './blt.ts';
import { CsvLines, readCsv, writeCsv } from './csv.ts';
import { readJson, writeJson } from './json.ts';
import { PrefLibLines, readPrefLib, writePrefLib } from './preflib.ts';
import type { LineReader } from './lines.ts';
import { stripBom } from './text.ts';
import { BALLOT_FORMATS, DEFAULT_MAX_CHARS, type BallotFormat, type ElectionFile, type ReadOptions } from './types.ts';

export { BallotFileError } from './errors.ts';
export { readJson, writeJson } from './json.ts';
export { readCsv, writeCsv } from './csv.ts';
export { readPrefLib, writePrefLib, prefLibFormatOf } from './preflib.ts';
export { readBlt, writeBlt } from './blt.ts';
export {
  decodeFileBytes,
  ENCODING_LABELS,
  FileDecodeError,
  type DecodedText,
  type TextEncodingName,
} from './decode.ts';
export { LineSplitter } from './lines.ts';
export {
  DEFAULT_MAX_CHARS,
  MAX_FILE_BYTES,
  MAX_STREAM_BYTES,
  type BallotFormat,
  type ElectionFile,
  type ReadOptions,
} from './types.ts';

const EXTENSIONS: Readonly<Record<string, BallotFormat>> = {
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  soc: 'soc',
  soi: 'soi',
  toc: 'toc',
  toi: 'toi',
  blt: 'blt',
};

/** The format a file name announces, if any. */
export function formatFromName(fileName: string): BallotFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1].toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

/**
 * The format of a file without a telling name: `{` starts JSON; `# KEY: value` lines start
 * PrefLib; a first line of two whole numbers (after any `#` comment lines) starts BLT;
 * other `#` lines mean PrefLib; anything else is read as CSV.
 */
export function sniffFormat(text: string): BallotFormat | 'preflib' {
  const body = stripBom(text).trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return 'json';
  const lines = body
    .slice(0, 4096)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (/^#\s*[A-Z][A-Z ]*:/.test(lines[0] ?? '')) return 'preflib';
  const first = lines.find((line) => !line.startsWith('#'));
  if (first !== undefined && /^\d+[ \t]+\d+[ \t]*(#.*)?$/.test(first)) return 'blt';
  return body.startsWith('#') ? 'preflib' : 'csv';
}

/** Reads a ballot file of any supported format, chosen by extension, else by content. */
export function readBallotFile(fileName: string, text: string, options: ReadOptions = {}): ElectionFile {
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > limit) {
    const millions = (n: number) => Math.round(n / 100_000) / 10;
    throw new BallotFileError('io.file.tooLarge', fileName, 1, { size: millions(text.length), limit: millions(limit) });
  }
  if (options.format !== undefined && !BALLOT_FORMATS.includes(options.format)) {
    throw new BallotFileError('io.file.unknownFormat', fileName, 1, { format: String(options.format) });
  }
  const format = options.format ?? formatFromName(fileName) ?? sniffFormat(text);
  try {
    switch (format) {
      case 'json':
        return readJson(fileName, text, options);
      case 'csv':
        return readCsv(fileName, text, options);
      case 'blt':
        return readBlt(fileName, text);
      case 'preflib':
        return readPrefLib(fileName, text);
      default:
        return readPrefLib(fileName, text, format);
    }
  } catch (error) {
    // Input nested or repeated beyond what the stack or the engine can hold.
    if (error instanceof RangeError) throw new BallotFileError('io.file.tooDeep', fileName, 1);
    throw error;
  }
}

/**
 * The reader of a format that reads line by line (every one but JSON), to be fed a file's
 * lines as they are decoded (LineSplitter): what `tally` does with big files. JSON is read
 * whole (undefined here). `format` is what formatFromName() or sniffFormat() said.
 */
export function ballotLineReader(
  fileName: string,
  format: BallotFormat | 'preflib',
  options: ReadOptions = {},
): LineReader | undefined {
  switch (format) {
    case 'json':
      return undefined;
    case 'csv':
      return new CsvLines(fileName, options);
    case 'blt':
      return new BltLines(fileName);
    case 'preflib':
      return new PrefLibLines(fileName);
    default:
      return new PrefLibLines(fileName, format);
  }
}

/**
 * Writes an election in a format. Any PrefLib name writes the PrefLib type the ballots need
 * (soc, soi, toc or toi); BLT needs seats and takes 1 when the election has none.
 */
export function writeBallotFile(format: BallotFormat, election: Omit<ElectionFile, 'format'>): string {
  const { profile, title, seats, extra } = election;
  switch (format) {
    case 'json':
      return writeJson(profile, { title, seats, extra });
    case 'csv':
      return writeCsv(profile);
    case 'blt':
      return writeBlt(profile, seats ?? 1, title);
    default:
      return writePrefLib(profile, { title, extra: prefLibExtra(extra) });
  }
}

/** Only flat text metadata travels to a PrefLib header. */
function prefLibExtra(extra: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(extra ?? {})
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
      .map(([k, v]) => [k, String(v)]),
  );
}
