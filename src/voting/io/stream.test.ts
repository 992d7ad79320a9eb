/**
 * Files read line by line, fed in chunks as `tally` feeds them (scripts/tally/file.ts): the
 * same election as the whole text gives, wherever the chunks are cut; the text held at once
 * bounded by the chunk and block sizes, not by the file's size; an error on line N of a big
 * file still named at line N; the bound on distinct ballots. Bounds are sizes, never times.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRankedCsv, RANKED_CSV_CANDIDATES } from '../../../tests/support/big-files.ts';
import { describeError } from '../../i18n/index.ts';
import { ballotLineReader, LineSplitter, readBallotFile, type BallotFormat, type ElectionFile } from './index.ts';
import { CsvLines } from './csv.ts';
import { PrefLibLines } from './preflib.ts';
import { BltLines } from './blt.ts';
import type { LineReader } from './lines.ts';
import { fileError, shape } from './test-helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** Feeds `text` cut at `cuts` (offsets) through a reader, as a stream would. */
function fedInPieces(reader: LineReader, text: string, cuts: readonly number[]): ElectionFile {
  const splitter = new LineSplitter(reader);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.push(text.slice(at, cut));
    at = cut;
  }
  splitter.push(text.slice(at));
  return splitter.end();
}

const outcome = (read: () => ElectionFile) => {
  try {
    const { profile, ...rest } = read();
    return { ...rest, profile: shape(profile) };
  } catch (error) {
    return { error: describeError(error, 'en') };
  }
};

describe('a file fed in pieces reads as the whole text', () => {
  const files: [string, BallotFormat, string][] = [
    ['lagoon.csv', 'csv', fixture('lagoon.csv')],
    ['lagoon-fr.csv', 'csv', fixture('lagoon-fr.csv')],
    ['grades.csv', 'csv', fixture('grades.csv')],
    ['lagoon.toi', 'toi', fixture('lagoon.toi')],
    ['lagoon.blt', 'blt', fixture('lagoon.blt')],
    // CRLF line ends, a quoted name over two lines, Excel's sep= line, a bad row at the end
    ['class.csv', 'csv', 'sep=;\r\n"Kelp\r\nforest";Reef;count\r\n1;2;3\r\n2;1;1\r\n1;;2\r\n'],
    ['bad.csv', 'csv', 'A,B\r\n1,2\r\n2,1\r\n1,x\r\n'],
    ['late.soi', 'soi', '# NUMBER ALTERNATIVES: 2\r\n3: 1,2\r\n# ALTERNATIVE NAME 1: A\r\n'],
    ['bad.blt', 'blt', '2 1\r\n3 1 2 0\r\n1 3 0\r\n0\r\n"A"\r\n"B"\r\n'],
  ];

  it.each(files)('%s', (name, format, text) => {
    const whole = outcome(() => readBallotFile(name, text));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }), (cuts) => {
        const reader = ballotLineReader(name, format) as LineReader;
        expect(outcome(() => fedInPieces(reader, text, cuts))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a big CSV streamed through the reader', { timeout: 120_000 }, () => {
  // 12 MB of ranked ballots (about 570,000 rows), fed in pieces of 64 KB as decoded chunks come.
  const BYTES = 12_000_000;
  const PIECE = 1 << 16;

  /** `edit` may change the generator's pieces (whole lines) before they are cut into 64 KB ones. */
  function stream(groups: number, edit?: (piece: string) => string) {
    const reader = new CsvLines('big.csv', { kind: 'ranked' });
    const splitter = new LineSplitter(reader);
    let pieces = 0;
    let maxHeld = 0;
    const rows = generateRankedCsv(BYTES, groups, (generated) => {
      const text = edit ? edit(generated) : generated;
      for (let at = 0; at < text.length; at += PIECE) {
        splitter.push(text.slice(at, at + PIECE));
        pieces++;
        maxHeld = Math.max(maxHeld, splitter.maxHeld + reader.buffered);
      }
    });
    return { rows, pieces, maxHeld, reader, end: () => splitter.end() };
  }

  it('groups identical ballots as they come, holding at most a block of text whatever the size', () => {
    const { rows, pieces, maxHeld, reader, end } = stream(20);
    const { profile } = end();
    expect(pieces).toBeGreaterThan(150);
    expect(profile.candidates).toEqual(RANKED_CSV_CANDIDATES);
    expect([profile.voters, profile.counts.length]).toEqual([rows, 20]);
    expect(Array.from(profile.counts).reduce((a, b) => a + b, 0)).toBe(rows);
    // A block is parsed once it passes 1 MiB (plus the line that passed it): never the file.
    expect(reader.maxBuffered).toBeLessThanOrEqual((1 << 20) + 100);
    expect(maxHeld).toBeLessThanOrEqual((1 << 20) + 100);
    expect(maxHeld * 10).toBeLessThan(BYTES);
  });

  it('names line N of a bad cell far into the file', () => {
    // Line 400,002 (row 400,001 after the header) gets a cell that is not a rank.
    let before = 0; // lines in the pieces before this one
    const { reader, end } = stream(50, (piece) => {
      const lines = piece.split('\n');
      const index = 400_002 - 1 - before;
      if (index >= 0 && index < lines.length - 1) lines[index] = lines[index].replace(/^\d+/, 'x');
      before += lines.length - 1;
      return lines.join('\n');
    });
    expect(reader.finished).toBe(false); // a bad rank is found in the second pass, on distinct rows
    const error = fileError(end);
    expect({ key: error.code, line: error.line }).toEqual({ key: 'io.csv.notARank', line: 400_002 });
    expect(describeError(error, 'en')).toMatch(/^big\.csv, line 400002: "x" is not a rank/);
  });

  it('stops at the first error of the rows (a count that is not a number) and names its line', () => {
    const reader = new CsvLines('count.csv');
    const splitter = new LineSplitter(reader);
    splitter.push('A,B,count\n');
    for (let i = 0; i < 300_000; i++) splitter.push('1,2,3\n');
    splitter.push('2,1,many\n');
    for (let i = 0; i < 200_000 && !reader.finished; i++) splitter.push('1,2,3\n');
    expect(reader.finished).toBe(true);
    expect(reader.buffered).toBe(0);
    const error = fileError(() => splitter.end());
    expect({ key: error.code, line: error.line }).toEqual({ key: 'io.csv.badCount', line: 300_002 });
  });
});

describe('PrefLib and BLT orders go into the builder as they come', () => {
  it('names the line of a bad order after 300,000 good ones', () => {
    const reader = new PrefLibLines('big.soi');
    const splitter = new LineSplitter(reader);
    splitter.push('# NUMBER ALTERNATIVES: 3\n');
    for (let i = 0; i < 300_000; i++) splitter.push(`${1 + (i % 7)}: ${1 + (i % 3)},${1 + ((i + 1) % 3)}\n`);
    expect(() => splitter.push('2: 1,4\n')).toThrow(
      expect.objectContaining({ code: 'io.preflib.badAlternative', line: 300_002 }),
    );
  });

  it('reads 300,000 BLT ballot lines into their few groups', () => {
    const reader = new BltLines('big.blt');
    const splitter = new LineSplitter(reader);
    splitter.push('3 1\n');
    for (let i = 0; i < 300_000; i++) splitter.push(`2 ${1 + (i % 3)} ${1 + ((i + 1) % 3)} 0\n`);
    splitter.push('0\n"A"\n"B"\n"C"\n"Big"\n');
    const { profile, title } = splitter.end();
    expect([title, profile.candidates, profile.voters, profile.counts.length]).toEqual([
      'Big',
      ['A', 'B', 'C'],
      600_000,
      3,
    ]);
  });

  it('refuses a header line that would change the candidates after the first order', () => {
    const error = fileError(() =>
      readBallotFile('late.soi', '# NUMBER ALTERNATIVES: 2\n3: 1,2\n# ALTERNATIVE NAME 1: A\n'),
    );
    expect({ key: error.code, line: error.line }).toEqual({ key: 'io.preflib.headerAfterOrders', line: 3 });
    expect(describeError(error, 'fr')).toBe(
      'late.soi, ligne 3\u00a0: la ligne d’en-tête «\u00a0ALTERNATIVE NAME 1\u00a0» vient après les premiers ordres\u00a0; placez-la avec l’en-tête, avant les ordres.',
    );
    // Other metadata may come anywhere, as before.
    expect(readBallotFile('late.soi', '# NUMBER ALTERNATIVES: 2\n3: 1,2\n# TITLE: Late\n').title).toBe('Late');
  });
});

describe('the bound on distinct ballots', () => {
  it.each([
    [
      'CSV rows',
      () => new CsvLines('g.csv', {}, 5),
      'A,B,C\n',
      (i: number) => `${1 + (i % 3)},${1 + ((i + 1) % 3)},${i + 1}\n`,
    ],
    [
      'PrefLib orders',
      () => new PrefLibLines('g.toi', 'toi', 5),
      '# NUMBER ALTERNATIVES: 9\n',
      (i: number) => `1: ${1 + i}\n`,
    ],
    ['BLT ballots', () => new BltLines('g.blt', 5), '9 1\n', (i: number) => `1 ${1 + i} 0\n`],
  ])('%s: refused at the line of the first group past it, with the limit', (_, make, head, row) => {
    const reader = make();
    const splitter = new LineSplitter(reader);
    splitter.push(head);
    // Repeats of the first five groups are no new group: only the sixth is refused.
    for (let i = 0; i < 20; i++) splitter.push(row(i % 5));
    const error = fileError(() => {
      splitter.push(row(5));
      splitter.push(row(5));
      splitter.end();
    });
    expect({ key: error.code, line: error.line, params: error.params }).toMatchObject({
      key: 'io.file.groupsLimit',
      line: 22,
      params: { groups: 6, limit: 5 },
    });
    expect(describeError(error, 'en')).toMatch(
      /line 22: too many different ballots \(6 here\); a file holds at most 5\./,
    );
  });
});
