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
import { UNRANKED, gradedProfile, type Profile } from '../ballots.ts';
import { RankedBuilder } from './build.ts';
import { BallotFileError, atLine, clip, limitAtLine } from './errors.ts';
import { MAX_VOTERS, cellsFit, cellsLimitError } from '../limits.ts';
import { VotingError } from '../errors.ts';
import { parseInteger } from './text.ts';
import { checkFileNames } from './names.ts';
import { COUNT_HEADER } from './csv-write.ts';
import {
  cellsOf,
  decideKind,
  rowKey,
  gradedRow,
  gradesOf,
  rankedRow,
  scaleParams,
  type Distinct,
} from './csv-cells.ts';
import { readLines, type LineReader } from './lines.ts';
import { MAX_GROUPS, type ElectionFile, type FileNote, type ReadOptions } from './types.ts';

export { writeCsv } from './csv-write.ts';

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

/** Lines are parsed in blocks of about this many characters (one papaparse call each). */
const BLOCK_CHARS = 1 << 20;
/**
 * A quote left open this long is not a name holding line breaks: the block is parsed
 * anyway (papaparse then says where the quote opens), so that a stray `"` cannot make the
 * reader hold the rest of the file.
 */
const OPEN_QUOTE_CHARS = 8 << 20;

/**
 * CSV fed line by line. Lines are gathered into blocks that end between two rows (an even
 * number of `"` so far: no quoted name is cut) and each block is parsed with papaparse; the
 * separator is guessed on the first block (ten rows at least). Pass 1 (header, row checks,
 * counts, identical rows merged as they come) runs block by block, so a big file of
 * repeated ballots never holds more than its distinct rows; pass 2 runs at the end.
 */
export class CsvLines implements LineReader {
  private block: string[] = [];
  private blockChars = 0;
  private blockStart = 1;
  private quoteOpen = false;
  private delimiter = '';
  private first = true;
  private header?: Header;
  private error?: unknown;
  private voters = 0;
  private readonly distinct = new Map<string, Distinct>();
  private readonly fail: Fail;
  /** The most characters held in a block waiting to be parsed. */
  maxBuffered = 0;

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions = {},
    private readonly maxGroups = MAX_GROUPS,
  ) {
    this.fail = (line, key, params = {}) => new BallotFileError(key, file, line, params);
  }

  get buffered(): number {
    return this.blockChars;
  }

  get finished(): boolean {
    return this.error !== undefined;
  }

  line(text: string, number: number): void {
    if (this.error !== undefined) return; // the rest of the file cannot change the first error
    if (this.block.length === 0) this.blockStart = number;
    this.block.push(text);
    this.blockChars += text.length + 1;
    if (this.blockChars > this.maxBuffered) this.maxBuffered = this.blockChars;
    let quotes = 0;
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 === 1) this.quoteOpen = !this.quoteOpen;
    if (this.blockChars < BLOCK_CHARS || (this.first && this.block.length <= 10)) return;
    if (!this.quoteOpen || this.blockChars >= OPEN_QUOTE_CHARS) this.flush();
  }

  private flush(): void {
    if (this.block.length === 0) return;
    if (this.first) {
      // Excel's first line `sep=;` names the separator; the line is kept blank for the numbering.
      const hint = this.block.length > 1 ? /^sep=(.)[ \t]*$/i.exec(this.block[0]) : null;
      if (hint) {
        this.delimiter = hint[1];
        this.block[0] = '';
      }
    }
    const body = this.block.join('\n');
    let line = this.blockStart;
    this.block = [];
    this.blockChars = 0;
    this.quoteOpen = false;
    if (this.first) {
      this.first = false;
      if (this.delimiter === '') this.delimiter = guessDelimiter(body);
    }
    const { fail, file, distinct } = this;
    let scanned = 0;
    let start = 0; // without skipping, papaparse's cursor after a row is where the next one starts
    Papa.parse<string[]>(body, {
      delimiter: this.delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        for (; scanned < start; scanned++) if (body.charCodeAt(scanned) === 10) line++;
        start = result.meta.cursor;
        const cells = result.data;
        if (!cells.some((cell) => cell.trim() !== '')) return; // blank lines and rows of blank cells
        try {
          if (result.errors.some((e) => e.type === 'Quotes')) throw fail(line, 'io.csv.quote');
          if (!this.header) {
            const header = readHeader(cells, line, fail);
            checkFileNames(file, header.names, () => line);
            this.header = header;
            return;
          }
          const { header } = this;
          const count = checkRow(header, cells, line, fail);
          this.voters += count;
          if (this.voters > MAX_VOTERS)
            throw fail(line, 'io.file.votersLimit', { value: this.voters, limit: MAX_VOTERS });
          const values = header.columns.map((j) => (cells[j] ?? '').trim());
          const key = rowKey(values);
          const seen = distinct.get(key);
          if (seen) {
            seen.count += count;
            return;
          }
          // Bounds on what is kept, checked on rows as written (two rows may still read alike).
          if (distinct.size >= this.maxGroups)
            throw fail(line, 'io.file.groupsLimit', { groups: distinct.size + 1, limit: this.maxGroups });
          const m = header.names.length;
          if (!cellsFit(distinct.size + 1, m)) throw limitAtLine(cellsLimitError(distinct.size + 1, m), file, line);
          distinct.set(key, { key, line, count });
        } catch (error) {
          this.error = error;
          parser.abort();
        }
      },
    });
  }

  end(): ElectionFile {
    this.flush();
    const { header, fail, file, options } = this;
    if (!header) throw this.error ?? fail(1, 'io.file.empty');
    const rows = [...this.distinct.values()];
    this.distinct.clear(); // the rows are all that is needed now
    return secondPass(file, header, rows, this.error, options);
  }
}

export function readCsv(file: string, text: string, options: ReadOptions = {}): ElectionFile {
  return readLines(new CsvLines(file, options), text);
}

/**
 * Pass 2, on distinct rows in order of first appearance: every row before an error of pass 1
 * is read, so the error reported is the first one in the file.
 */
function secondPass(
  file: string,
  header: Header,
  rows: readonly Distinct[],
  firstError: unknown,
  options: ReadOptions,
): ElectionFile {
  const fail: Fail = (line, key, params = {}) => new BallotFileError(key, file, line, params);
  const decided = options.kind ?? decideKind(rows, header.names.length, options);
  if (decided === 'fromZero') throw fail(rows[0].line, 'io.csv.ranksFromZero', { max: header.names.length - 1 });
  const kind = decided;
  const reader = kind === 'ranked' ? rankedRow : gradedRow(options.scale, options.defaultGrade);
  const names = header.names;
  const vectorOf = (row: Distinct) =>
    cellsOf(row).map((cell, c) => {
      const value = reader(cell);
      if (typeof value === 'string')
        throw fail(row.line, value, { value: clip(cell), candidate: clip(names[c]), ...scaleParams(options, value) });
      return value;
    });

  let profile: Profile;
  if (kind === 'ranked') {
    // Row by row into the builder: only the distinct rows and the groups are held.
    const builder = new RankedBuilder(names);
    for (const row of rows) {
      const ranks = vectorOf(row);
      for (const level of [...new Set(ranks.filter((r) => r !== null))].sort((a, b) => a - b)) {
        ranks.forEach((r, c) => r === level && builder.add(c));
        builder.endTier();
      }
      atLine(file, row.line, () => builder.endBallot(row.count));
    }
    if (firstError !== undefined) throw firstError;
    profile = builder.build();
  } else {
    const vectors = rows.map(vectorOf);
    if (firstError !== undefined) throw firstError;
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
