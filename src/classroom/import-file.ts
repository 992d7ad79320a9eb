/**
 * One ballot file read for the classroom, whatever teachers really have: a file refused when
 * it is a results file or truly empty; a form's shape recognised (form-shapes.ts); rows that
 * cannot be read collected with their line numbers, so that the teacher can look at them and
 * choose to leave them out (never dropped without a word); then the engine's reader.
 */
import { BallotFileError, readBallotFile, formatFromName, sniffFormat, type ReadOptions } from '../voting/io/index.ts';
import type { FileNote } from '../voting/io/types.ts';
import { stripBom } from '../voting/io/text.ts';
import { ClassFileError, electionFromProfile, type ImportedElection, type KindChoice } from './files.ts';
import { keepColumns, rowsOf } from './form-columns.ts';
import {
  convertList,
  convertRanks,
  inspectForm,
  type FormLayout,
  type FormShape,
  type RowProblem,
} from './form-shapes.ts';

/** At most this many bad rows are listed; more means the wrong file or the wrong columns. */
export const MAX_BAD_ROWS = 20;

interface ReadRequest {
  readonly kind?: KindChoice;
  /** CSV: the columns the teacher ticked (else the guess). */
  readonly columns?: readonly number[];
  /** The teacher agreed to leave the bad rows out. */
  readonly leaveOut?: boolean;
  /** Seats the teacher asked for (else what the file says, else one). */
  readonly seats?: number;
}

export interface ClassFileReading extends ImportedElection {
  readonly file: string;
  /** Ballots read (voters). */
  readonly ballots: number;
  /** CSV only: the form's shape that was read. */
  readonly shape?: FormShape;
  /** Rows left out with the teacher's consent, with their line numbers. */
  readonly leftOut: readonly RowProblem[];
  /**
   * What the engine's reader decided or noticed (a CSV read as ranks or as grades…), shown to
   * the teacher before the ballots are counted.
   */
  readonly notes: readonly FileNote[];
}

/** Rows that cannot be read: the teacher is shown them and asked before they are left out. */
export class BadRowsError extends Error {
  constructor(
    readonly file: string,
    readonly rows: readonly RowProblem[],
    /** More rows than MAX_BAD_ROWS are wrong: nothing is offered to leave out. */
    readonly more: boolean,
  ) {
    super(`${file}: ${rows.length} bad rows`);
    this.name = 'BadRowsError';
  }
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
const METHOD_HEADER = /^(method|methode|method ?id|methodes?|methods|systeme|scrutin)$/;
const WINNER_HEADER = /^(winners?|winner\(s\)|elus?|elu\(e?s?\)|gagnants?|gagnant\(s\)|vainqueurs?|vainqueur\(s\))$/;

/** Our results export, or any table of methods and their winners. */
function looksLikeResults(header: readonly string[]): boolean {
  const cells = header.map(plain);
  return cells.some((c) => METHOD_HEADER.test(c)) && cells.some((c) => WINNER_HEADER.test(c));
}

/** Empty only when it is: no character but spaces, line ends, a BOM or Excel's `sep=` line. */
function isEmpty(text: string): boolean {
  return (
    stripBom(text)
      .replace(/^sep=.[ \t]*(\r\n|\r|\n|$)/i, '')
      .trim() === ''
  );
}

function readerOptions(kind: KindChoice): ReadOptions {
  if (kind === 'ranked') return { kind: 'ranked' };
  // A blank approval cell is "not approved"; a blank grade stays an error the reader reports.
  if (kind === 'approval') return { kind: 'graded', scale: { min: 0, max: 1 }, defaultGrade: 0, approvalThreshold: 1 };
  if (kind === 'grades') return { kind: 'graded' };
  return {};
}

/** The text with one line emptied (the line numbers of the others unchanged). */
function blankLine(text: string, line: number): string {
  const lines = text.split('\n');
  if (line >= 1 && line <= lines.length) lines[line - 1] = '';
  return lines.join('\n');
}

/** The engine's CSV of a form, by its shape, and the rows the conversion could not read. */
function engineCsv(
  file: string,
  text: string,
  request: ReadRequest,
): { text: string; kind: KindChoice; layout: FormLayout; problems: RowProblem[] } {
  const layout = inspectForm(text);
  const chosen = request.columns
    ? layout.columns.map((c) => ({ ...c, option: request.columns!.includes(c.index) }))
    : layout.columns;
  const picked = { ...layout, columns: chosen };
  const kind = request.kind ?? 'auto';
  if (layout.shape === 'ranks') {
    const out = convertRanks(file, text, picked);
    return { text: out.text, kind: 'ranked', layout, problems: out.problems };
  }
  if (layout.shape === 'list') {
    const out = convertList(file, text, picked, kind === 'ranked' || kind === 'approval' ? kind : 'auto');
    return { text: out.text, kind: out.kind ?? kind, layout, problems: out.problems };
  }
  // No column looks like an option (names where numbers were expected): every column is
  // read, so that the reader names the cells it cannot read instead of finding nothing.
  const ticked = chosen.filter((c) => c.option).map((c) => c.index);
  const keep = ticked.length > 0 ? ticked : chosen.map((c) => c.index);
  return { text: keepColumns(text, keep), kind, layout, problems: [] };
}

/**
 * Reads one class ballot file. Throws a ClassFileError (results file, empty, no ballots,
 * too many options…), the engine's BallotFileError (a problem of the whole file, or of its
 * header), or a BadRowsError listing the rows that cannot be read unless `leaveOut` is set.
 */
export function readClassFile(file: string, text: string, request: ReadRequest = {}): ClassFileReading {
  if (isEmpty(text)) throw new ClassFileError('files.import.empty', { file });
  const format = formatFromName(file) ?? sniffFormat(text);
  if (format !== 'csv') {
    const read = readBallotFile(file, text, readerOptions(request.kind ?? 'auto'));
    const seats = request.seats ?? read.seats;
    return finish(
      file,
      read.profile,
      request.kind ?? 'auto',
      { title: read.title ?? stem(file), extra: read.extra, ...(seats !== undefined ? { seats } : {}) },
      [],
      undefined,
      read.notes,
    );
  }
  const { rows } = rowsOf(text);
  if (looksLikeResults(rows[0]?.cells ?? [])) throw new ClassFileError('files.import.resultsFile', { file });
  const converted = engineCsv(file, text, request);
  const headerLine = rows[0]?.line ?? 1;
  let csv = converted.text;
  const problems = [...converted.problems];
  for (;;) {
    if (problems.length > MAX_BAD_ROWS) throw new BadRowsError(file, problems.slice(0, MAX_BAD_ROWS), true);
    try {
      const read = readBallotFile(file, csv, { ...readerOptions(converted.kind), format: 'csv' });
      if (problems.length > 0 && !request.leaveOut) throw new BadRowsError(file, problems, false);
      return finish(
        file,
        read.profile,
        converted.kind,
        { title: stem(file), ...(request.seats !== undefined ? { seats: request.seats } : {}) },
        problems,
        converted.layout.shape,
        read.notes,
      );
    } catch (error) {
      // A row's own problem (not the header's, not a limit of the whole file) is a bad row.
      if (!(error instanceof BallotFileError) || error.line <= headerLine || error.code.startsWith('io.file.'))
        throw error;
      problems.push({ line: error.line, key: error.code, params: error.params });
      csv = blankLine(csv, error.line);
    }
  }
}

function stem(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

function finish(
  file: string,
  profile: Parameters<typeof electionFromProfile>[0],
  kind: KindChoice,
  meta: Parameters<typeof electionFromProfile>[2],
  leftOut: RowProblem[],
  shape: FormShape | undefined,
  notes: readonly FileNote[] = [],
): ClassFileReading {
  if (profile.voters === 0)
    throw new ClassFileError('files.import.noBallots', { file, options: profile.candidates.join(', ') });
  const imported = electionFromProfile(profile, kind, meta);
  const ballots = imported.groups.reduce((n, g) => n + g.count, 0);
  // "No ballot" is refused just above: the notes left are about how the file was read.
  return {
    ...imported,
    file,
    ballots,
    leftOut: [...leftOut].sort((a, b) => a.line - b.line),
    notes,
    ...(shape ? { shape } : {}),
  };
}
