/**
 * Errors of the ballot-file readers. A BallotFileError is a VotingError whose message key
 * (`io.*`, templates in src/i18n/messages/io.ts) already says where the problem is, so that
 * `describeError` prints it whole in French or English: "class.csv, line 7: …". It carries
 * the file name, the 1-based line and, for JSON, the 1-based column as fields too.
 * `path` (the engine's JSON path) stays undefined so the location is not printed twice;
 * JSON errors keep their path in `jsonPath`.
 */
import { VotingError, type ErrorParams } from '../errors.ts';
import { mergeTables, translator } from '../../i18n/translate.ts';
import { ioMessages } from '../../i18n/messages/io.ts';
import { readerMessages } from '../../i18n/messages/readers.ts';

export class BallotFileError extends VotingError {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly jsonPath: string | undefined;

  constructor(key: string, file: string, line: number, params: ErrorParams = {}, column?: number, jsonPath?: string) {
    const all: Record<string, string | number> = { ...params, file, line: String(line) };
    if (column !== undefined) all.column = String(column);
    super(key, englishText(key, all), all);
    this.name = 'BallotFileError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
  }
}

/** The error's own message is in English (the readers' tables only: the engine loads no other). */
const { t } = translator(mergeTables(ioMessages, readerMessages));

function englishText(key: string, params: ErrorParams): string {
  return t({ key, params }, 'en');
}

/** Errors of the writers (a name the format cannot hold, a graded profile for a ranked format). */
export function writeError(key: string, params: ErrorParams): VotingError {
  return new VotingError(key, englishText(key, params), params);
}

/** A cell or token quoted in a message: long values are cut so a message stays readable. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** The engine's limit errors, which a reader reports at the line where the limit was passed. */
const LIMIT_KEYS: Readonly<Record<string, string>> = {
  'error.votersLimit': 'io.file.votersLimit',
  'error.tooManyCells': 'io.file.tooManyCells',
  'error.gradeLimit': 'io.file.gradeLimit',
  'io.file.groupsLimit': 'io.file.groupsLimit', // GroupsLimitError (build.ts): already the reader's own key
};

/** An engine limit error as a BallotFileError at this line of the file; any other error as it is. */
export function limitAtLine(error: unknown, file: string, line: number): unknown {
  const key = error instanceof VotingError && !(error instanceof BallotFileError) ? LIMIT_KEYS[error.code] : undefined;
  return key === undefined ? error : new BallotFileError(key, file, line, (error as VotingError).params);
}

/**
 * Runs `work` (a builder call for one line of a file); an engine limit error becomes a
 * BallotFileError naming the file, the line, the limit and the value (docs/ballot-files.md).
 */
export function atLine<T>(file: string, line: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw limitAtLine(error, file, line);
  }
}
