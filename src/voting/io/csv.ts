/**
 * CSV ballots, as a teacher types them in a spreadsheet: a header row of candidate names,
 * then one row per ballot. A cell holds a rank (1 = first, blank = unranked, equal numbers
 * = equal rank; only the order matters, so 1,3 reads like 1,2) or a grade (an integer).
 * An optional column headed `count`, `nombre` or `effectif` (any case) says how many voters
 * cast that row. Parsing is papaparse's; the separator (`,` `;` tab `|`) is guessed by
 * guessDelimiter(); a BOM and Excel's `sep=;` first line are accepted. Without
 * `options.kind`, decideKind() says whether the cells are ranks or grades.
 */
import Papa from 'papaparse';
import { UNRANKED, gradedProfile, type GradedBallotInput, type Profile } from '../ballots.ts';
import { RankedBuilder } from './build.ts';
import { BallotFileError, atLine, clip, limitAtLine, writeError } from './errors.ts';
import { GRADE_LIMIT, MAX_VOTERS, withinGradeLimit } from '../limits.ts';
import { VotingError } from '../errors.ts';
import { parseInteger, stripBom } from './text.ts';
import { checkFileNames } from './names.ts';
import type { ElectionFile, FileNote, ReadOptions } from './types.ts';

const COUNT_HEADER = /^(count|nombre|effectif)$/i;

interface Header {
  readonly cells: readonly string[];
  readonly line: number;
  readonly names: readonly string[];
  /** The column of each candidate. */
  readonly columns: readonly number[];
  /** Columns without a name: they must stay blank (spreadsheets often add some). */
  readonly unnamed: readonly number[];
  readonly countColumn: number;
}

/** A distinct row: its candidate cells (trimmed), its first line and the voters who cast it. */
interface Distinct {
  readonly cells: readonly string[];
  readonly line: number;
  count: number;
}

type Fail = (line: number, key: string, params?: Record<string, string | number>) => BallotFileError;

/**
 * The separator, from the first ten rows: each of tab, `;`, `,` and `|` is tried with
 * papaparse. One that breaks quoting or leaves the header a single cell is out. Then a
 * separator that leaves no stray `"` in a cell (a quoted name cut in two) wins, then the one
 * giving the most rows with as many cells as the header; ties go in that order (names hold
 * commas more often than semicolons or tabs).
 */
function guessDelimiter(body: string): string {
  let best = ',';
  let bestScore = 0;
  for (const delimiter of ['\t', ';', ',', '|']) {
    const { data, errors } = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy', preview: 10 });
    if (data.length === 0 || data[0].length < 2 || errors.some((e) => e.type === 'Quotes')) continue;
    const stray = data.some((row) => row.some((cell) => cell.includes('"')));
    const score = (stray ? 1 : 100) + data.filter((row) => row.length === data[0].length).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** A header cell: trimmed, and the apostrophe our writer puts before =, +, - and @ removed. */
function headerName(cell: string): string {
  const name = cell.trim();
  return /^'[=+\-@']/.test(name) ? name.slice(1) : name;
}

function readHeader(cells: readonly string[], line: number, fail: Fail): Header {
  const columns: number[] = [];
  const names: string[] = [];
  const taken = new Set<string>();
  const unnamed: number[] = [];
  let countColumn = -1;
  cells.forEach((cell, j) => {
    const name = headerName(cell);
    if (COUNT_HEADER.test(name)) {
      if (countColumn >= 0)
        throw fail(line, 'io.csv.twoCountColumns', { first: clip(cells[countColumn].trim()), second: clip(name) });
      countColumn = j;
    } else if (name === '') {
      unnamed.push(j);
    } else {
      if (taken.has(name)) throw fail(line, 'io.csv.duplicateCandidate', { candidate: clip(name) });
      taken.add(name);
      columns.push(j);
      names.push(name);
    }
  });
  if (names.length === 0) throw fail(line, 'io.csv.noCandidates');
  if (names.every((name) => parseInteger(name) !== undefined)) throw fail(line, 'io.csv.noHeader');
  if (names.length > UNRANKED - 1) throw fail(line, 'io.csv.tooManyCandidates', { limit: UNRANKED - 1 });
  return { cells, line, names, columns, unnamed, countColumn };
}

/** The checks that do not depend on ranks or grades; returns the row's count. */
function checkRow(header: Header, cells: readonly string[], line: number, fail: Fail): number {
  for (const j of header.unnamed)
    if ((cells[j] ?? '').trim() !== '') throw fail(header.line, 'io.csv.emptyHeader', { index: j + 1 });
  for (let j = header.cells.length; j < cells.length; j++) {
    const value = cells[j].trim();
    if (value !== '') throw fail(line, 'io.csv.extraCell', { value: clip(value), index: j + 1 });
  }
  if (header.countColumn < 0) return 1;
  const cell = (cells[header.countColumn] ?? '').trim();
  const count = parseInteger(cell);
  if (count === undefined || count < 1)
    throw fail(line, 'io.csv.badCount', { value: clip(cell), header: clip(header.cells[header.countColumn].trim()) });
  return count;
}

export function readCsv(file: string, text: string, options: ReadOptions = {}): ElectionFile {
  let body = stripBom(text).replace(/\r\n?/g, '\n');
  let delimiter = '';
  const hint = /^sep=([^\n])[ \t]*\n/i.exec(body);
  if (hint) {
    delimiter = hint[1];
    body = `\n${body.slice(hint[0].length)}`; // keep the line numbers
  }
  const fail: Fail = (line, key, params = {}) => new BallotFileError(key, file, line, params);

  // Pass 1, streaming: header, row checks, counts, and identical rows merged as they come,
  // so that a big file of repeated ballots never holds more than its distinct rows.
  const state: { header?: Header; error?: unknown; voters: number } = { voters: 0 };
  const distinct = new Map<string, Distinct>();
  let line = 1;
  let scanned = 0;
  let start = 0; // without skipping, papaparse's cursor after a row is where the next one starts
  Papa.parse<string[]>(body, {
    delimiter: delimiter || guessDelimiter(body),
    skipEmptyLines: false,
    step(result, parser) {
      for (; scanned < start; scanned++) if (body.charCodeAt(scanned) === 10) line++;
      start = result.meta.cursor;
      const cells = result.data;
      if (!cells.some((cell) => cell.trim() !== '')) return; // blank lines and rows of blank cells
      try {
        if (result.errors.some((e) => e.type === 'Quotes')) throw fail(line, 'io.csv.quote');
        if (!state.header) {
          state.header = readHeader(cells, line, fail);
          checkFileNames(file, state.header.names, () => line);
          return;
        }
        const count = checkRow(state.header, cells, line, fail);
        state.voters += count;
        if (state.voters > MAX_VOTERS)
          throw fail(line, 'io.file.votersLimit', { value: state.voters, limit: MAX_VOTERS });
        const values = state.header.columns.map((j) => (cells[j] ?? '').trim());
        const key = values.join('\u0000');
        const seen = distinct.get(key);
        if (seen) seen.count += count;
        else distinct.set(key, { cells: values, line, count });
      } catch (error) {
        state.error = error;
        parser.abort();
      }
    },
  });
  const { header } = state;
  if (!header) throw state.error ?? fail(1, 'io.file.empty');

  // Pass 2, on distinct rows in order of first appearance: every row before an error of
  // pass 1 is read, so the error reported is the first one in the file.
  const rows = [...distinct.values()];
  const decided = options.kind ?? decideKind(rows, header.names.length, options);
  if (decided === 'fromZero') throw fail(rows[0].line, 'io.csv.ranksFromZero', { max: header.names.length - 1 });
  const kind = decided;
  const reader = kind === 'ranked' ? rankedRow : gradedRow(options.scale, options.defaultGrade);
  const names = header.names;
  const vectors = rows.map((row) =>
    row.cells.map((cell, c) => {
      const value = reader(cell);
      if (typeof value === 'string')
        throw fail(row.line, value, { value: clip(cell), candidate: clip(names[c]), ...scaleParams(options, value) });
      return value;
    }),
  );
  if (state.error) throw state.error;

  let profile: Profile;
  if (kind === 'ranked') {
    const builder = new RankedBuilder(names);
    vectors.forEach((ranks, g) => {
      for (const level of [...new Set(ranks.filter((r) => r !== null))].sort((a, b) => a - b)) {
        ranks.forEach((r, c) => r === level && builder.add(c));
        builder.endTier();
      }
      atLine(file, rows[g].line, () => builder.endBallot(rows[g].count));
    });
    profile = builder.build();
  } else {
    const dflt = options.defaultGrade;
    let low = dflt !== undefined && Number.isSafeInteger(dflt) ? dflt : Infinity;
    let high = dflt !== undefined && Number.isSafeInteger(dflt) ? dflt : -Infinity;
    for (const vector of vectors) {
      for (const grade of vector) {
        if (grade === null) continue;
        if (grade < low) low = grade;
        if (grade > high) high = grade;
      }
    }
    const min = Math.min(0, low === Infinity ? 0 : low);
    const scale = options.scale ?? { min, max: Math.max(high, min + 1) };
    const ballots = vectors.map((grades, g) => ({ grades: gradesOf(grades, names), count: rows[g].count }));
    try {
      profile = gradedProfile(names, ballots, {
        scale,
        approvalThreshold: options.approvalThreshold,
        defaultGrade: dflt,
      });
    } catch (error) {
      // A limit passed at a ballot: reported at the line of that row.
      const at = error instanceof VotingError ? /^ballots\[(\d+)\]/.exec(error.path ?? '') : null;
      throw at ? limitAtLine(error, file, rows[Number(at[1])].line) : error;
    }
  }
  const notes: FileNote[] = [];
  if (options.kind === undefined)
    notes.push({ key: kind === 'ranked' ? 'io.note.readAsRanks' : 'io.note.readAsGrades', params: { file } });
  if (rows.length === 0)
    notes.push({ key: 'io.note.noBallots', params: { file, line: header.line, candidates: names.length } });
  return { format: 'csv', profile, notes };
}

function scaleParams(options: ReadOptions, key: string): Record<string, number> {
  if (key === 'io.csv.gradeLimit') return { min: -GRADE_LIMIT, max: GRADE_LIMIT };
  return options.scale ? { min: options.scale.min, max: options.scale.max } : {};
}

/** A rank, null for a blank cell, or the key of the problem. */
function rankedRow(cell: string): number | null | string {
  if (cell === '') return null;
  const value = parseInteger(cell);
  if (value === undefined) return 'io.csv.notARank';
  return value < 1 ? 'io.csv.rankBelowOne' : value;
}

function gradedRow(scale: ReadOptions['scale'], dflt: number | undefined): (cell: string) => number | null | string {
  return (cell) => {
    if (cell === '') return dflt === undefined ? 'io.csv.missingGrade' : null; // the builder applies the default
    const value = parseInteger(cell);
    if (value === undefined) return 'io.csv.notAGrade';
    if (scale && (value < scale.min || value > scale.max)) return 'io.csv.gradeOffScale';
    if (!withinGradeLimit(value)) return 'io.csv.gradeLimit'; // before a scale is made from it
    return value;
  };
}

/**
 * Without `options.kind`: grades when a default grade or a scale is given; otherwise ranks
 * when some cell is blank (a graded ballot grades everyone); otherwise ranks when every row
 * holds whole numbers from 1 to the number of candidates and contains a 1; else grades.
 * One case is refused rather than guessed ('fromZero'): with three candidates or more, every
 * row numbering the candidates 0, 1, … m−1 in some order. Those are ranks counted from 0 far
 * more often than grades, and reading them as grades would put the first last.
 */
function decideKind(rows: readonly Distinct[], m: number, options: ReadOptions): 'ranked' | 'graded' | 'fromZero' {
  if (options.defaultGrade !== undefined || options.scale !== undefined) return 'graded';
  let rankLike = true;
  let fromZero = m >= 3 && rows.length > 0;
  for (const { cells } of rows) {
    let hasOne = false;
    const seen = new Set<number>();
    for (const cell of cells) {
      if (cell === '') return 'ranked';
      const value = parseInteger(cell);
      if (value === undefined) {
        fromZero = false;
        continue; // reported later, whatever the kind
      }
      if (value < 1 || value > m) rankLike = false;
      if (value === 1) hasOne = true;
      if (value < 0 || value >= m || seen.has(value)) fromZero = false;
      seen.add(value);
    }
    if (!hasOne) rankLike = false;
  }
  return rankLike ? 'ranked' : fromZero ? 'fromZero' : 'graded';
}

function gradesOf(grades: readonly (number | null)[], names: readonly string[]): GradedBallotInput['grades'] {
  // fromEntries, not assignment: a candidate called "__proto__" must stay a plain key.
  return Object.fromEntries(names.flatMap((name, c) => (grades[c] === null ? [] : [[name, grades[c]]])));
}

export interface CsvWriteOptions {
  /** `,` by default; `;` for a French spreadsheet. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Start with a byte-order mark, so that Excel reads the accents right. */
  readonly bom?: boolean;
}

/**
 * One row per ballot group, with a `count` column. Ranks are the tier levels (1 = first,
 * blank = unranked); grades are written as they are. A name starting with =, +, - or @ gets
 * an apostrophe in front so a spreadsheet does not run it as a formula (the reader removes it).
 */
export function writeCsv(profile: Profile, options: CsvWriteOptions = {}): string {
  const m = profile.candidates.length;
  if (m === 0) throw writeError('io.write.noCandidates', { format: 'CSV' });
  const header = profile.candidates.map((name) => {
    if (name !== name.trim()) throw writeError('io.write.badName', { name, format: 'CSV' });
    if (COUNT_HEADER.test(name)) throw writeError('io.write.reservedName', { name });
    return /^[=+\-@']/.test(name) ? `'${name}` : name;
  });
  if (profile.candidates.every((name) => parseInteger(name.trim()) !== undefined))
    throw writeError('io.write.numericNames', {});
  header.push('count');
  const rows: (string | number)[][] = [header];
  if (profile.kind === 'ranked') {
    profile.tiers.forEach((tiers, g) => {
      const row: (string | number)[] = new Array<string | number>(m).fill('');
      tiers.forEach((tier, level) => tier.forEach((c) => (row[c] = level + 1)));
      row.push(profile.counts[g]);
      rows.push(row);
    });
  } else {
    profile.counts.forEach((count, g) => rows.push([...profile.grades.subarray(g * m, (g + 1) * m), count]));
  }
  // Quoting any name with a separator in it keeps papaparse's separator guess right.
  const quotes = (value: unknown) => typeof value === 'string' && /[,;\t|]/.test(value);
  const text = Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\n', quotes });
  return `${options.bom ? '\uFEFF' : ''}${text}\n`;
}
