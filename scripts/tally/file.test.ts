/**
 * How `tally FILE` reads its file (scripts/tally/file.ts): CSV, PrefLib and BLT streamed a
 * megabyte at a time, with the same encodings and messages as a whole file; JSON read whole;
 * limits by size before reading. Memory is checked by the characters held at once, never by time.
 */
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRankedCsv } from '../../tests/support/big-files.ts';
import { describeError } from '../../src/i18n/index.ts';
import { FileDecodeError } from '../../src/voting/io/index.ts';
import { CHUNK_BYTES, FileTooLarge, readTallyFile } from './file.ts';

const dir = mkdtempSync(join(tmpdir(), 'tally-file-'));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A generated ranked CSV of `bytes` bytes written piece by piece; `edit` may change a piece. */
function bigCsv(
  name: string,
  bytes: number,
  edit: (piece: string) => string = (p) => p,
): { path: string; rows: number } {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  const rows = generateRankedCsv(bytes, 30, (piece) => writeSync(fd, edit(piece)));
  closeSync(fd);
  return { path, rows };
}

// Big files on a machine shared by several runs: vitest's time-out only, nothing measured.
describe('tally streams big CSV files', { timeout: 120_000 }, () => {
  it('reads 20 MB in chunks, holding about a megabyte of text at once', () => {
    const { path, rows } = bigCsv('big.csv', 20_000_000);
    const read = readTallyFile(path, 'en');
    expect(read.streamed).toBe(true);
    expect([read.election.profile.voters, read.election.profile.counts.length]).toEqual([rows, 30]);
    // A decoded chunk plus a block waiting to be parsed: a bound of the chunk size, not of the file.
    expect(read.maxHeldChars).toBeLessThanOrEqual(2 * CHUNK_BYTES + 200);
    expect(read.maxHeldChars * 8).toBeLessThan(20_000_000);
  });

  it('names line N of an error near the end of a big file, in French and English', () => {
    let before = 0;
    const { path } = bigCsv('late-error.csv', 12_000_000, (piece) => {
      const lines = piece.split('\n');
      const index = 500_000 - 1 - before;
      if (index >= 0 && index < lines.length - 1) lines[index] = `${lines[index]},7`; // a cell past the header
      before += lines.length - 1;
      return lines.join('\n');
    });
    const error = (() => {
      try {
        readTallyFile(path, 'fr');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'io.csv.extraCell', line: 500_000 });
    expect(describeError(error, 'en')).toBe(
      'late-error.csv, line 500000: cell "7" is outside the header\'s columns (column 11).',
    );
    expect(describeError(error, 'fr')).toMatch(/^late-error\.csv, ligne 500000\s:/);
  });

  it('reads a Windows-1252 file whose first byte beyond ASCII comes after the first megabyte again from the start', () => {
    // BLT names come last: here after 1.6 MB of ballots, read first as UTF-8.
    const text = `3 1\n${'1 1 2 0\n'.repeat(200_000)}0\n"Zoé"\n"Noël"\n"Ana"\n"Élection"\n`;
    const read = readTallyFile(file('late.blt', Buffer.from(text, 'latin1')), 'en');
    expect([read.encoding, read.streamed, read.election.title, read.election.profile.candidates]).toEqual([
      'windows-1252',
      true,
      'Élection',
      ['Zoé', 'Noël', 'Ana'],
    ]);
    expect(read.election.profile.voters).toBe(200_000);
    // The same in UTF-8 is read as UTF-8.
    expect(readTallyFile(file('late-utf8.blt', text), 'en').encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a byte-order mark, whatever the chunk cuts', () => {
    const text = `\ufeffKrill;Crabe\n${'1;2\n'.repeat(600_000)}2;1\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const read = readTallyFile(file('wide.csv', bytes), 'en');
    expect([read.encoding, read.election.profile.candidates, read.election.profile.voters]).toEqual([
      'utf-16le',
      ['Krill', 'Crabe'],
      600_001,
    ]);
  });

  it('refuses a workbook and a binary file as a whole file is refused', () => {
    expect(() => readTallyFile(file('book.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2])), 'en')).toThrow(
      expect.objectContaining({ code: 'files.decode.workbook' }),
    );
    const binary = new Uint8Array(3 * CHUNK_BYTES).fill(0x41);
    binary[2 * CHUNK_BYTES + 5] = 0;
    expect(() => readTallyFile(file('nul.csv', binary), 'en')).toThrow(FileDecodeError);
  });

  it('refuses a file above the streamed limit by its size, before reading it; JSON keeps its own limit', () => {
    const path = file('votes.soi', '# NUMBER ALTERNATIVES: 2\n1: 1,2\n'.padEnd(5000, '\n'));
    const limits = { whole: 1000, streamed: 4000 };
    expect(() => readTallyFile(path, 'en', {}, limits)).toThrow(FileTooLarge);
    expect(() => readTallyFile(path, 'en', {}, limits)).toThrow('votes.soi: the file is too large to read');
    expect(readTallyFile(path, 'en', {}, { whole: 1000, streamed: 6000 }).streamed).toBe(true);
    const json = file('votes.json', `{"candidates": ["A", "B"], "ballots": []}${' '.repeat(2000)}`);
    expect(() => readTallyFile(json, 'en', {}, { whole: 1000, streamed: 6000 })).toThrow(
      /votes\.json: the file is too large to read \(0 MB; at most 0 MB\)/,
    );
    expect(readTallyFile(json, 'en').streamed).toBe(false);
  });
});
