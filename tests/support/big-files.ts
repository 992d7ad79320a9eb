/**
 * Big generated ballot files, the same for the tests (src/voting/io/big-files.test.ts checks
 * what is read from them) and the bench (scripts/bench/engine.ts times the reading).
 */

/** The candidates of the big CSV file. */
export const BIG_CSV_CANDIDATES = ['Kelp forest', 'Coral reef', 'Sea grass', 'Sand bank', 'Rock pool'];

/**
 * A CSV file of 520,000 ballots (over 5 MB, CRLF lines): 15 kinds of rows, 8 distinct ballots
 * once ranks close up (2,3,4 reads like 1,2,3).
 */
export function bigCsv(): string {
  const rows = [BIG_CSV_CANDIDATES.join(';')];
  for (let i = 0; rows.length <= 520_000; i++)
    rows.push([1 + (i % 5), 1 + ((i + 1) % 5), 1 + ((i + 2) % 5), '', i % 3 ? 4 : ''].join(';'));
  return rows.join('\r\n');
}

/** The ballots of the big JSON file: 60,000 lines over 10 candidates, 40 distinct rankings. */
export function bigJsonElection(): { candidates: string[]; ballots: { ranking: string[]; count: number }[] } {
  const candidates = Array.from({ length: 10 }, (_, i) => `Candidate ${i}`);
  const ballots = Array.from({ length: 60_000 }, (_, i) => {
    const k = i % 10;
    return {
      ranking: candidates
        .slice(k)
        .concat(candidates.slice(0, k))
        .slice(0, 3 + (i % 8)),
      count: 1 + (i % 13),
    };
  });
  return { candidates, ballots };
}

/** The big JSON file's text (over 5 MB: one ballot line after another, indented by one space). */
export function bigJson(election = bigJsonElection()): string {
  return JSON.stringify(election, null, 1);
}

/** The candidates of the generated ranked CSV files (10: 10! complete rankings to choose from). */
export const RANKED_CSV_CANDIDATES = Array.from({ length: 10 }, (_, i) => `Candidate ${String.fromCharCode(65 + i)}`);

/**
 * Row `i` of a generated ranked CSV: the complete ranking number `g` (a permutation of the
 * candidates, by its Lehmer code) of the `groups` distinct rankings, spread through the file.
 */
export function rankedCsvRow(i: number, groups: number): string {
  let g = (i * 7919) % groups;
  const left = RANKED_CSV_CANDIDATES.map((_, c) => c);
  const ranks = new Array<number>(left.length);
  for (let rank = 1; left.length > 0; rank++) {
    const k = g % left.length;
    g = Math.floor(g / left.length);
    ranks[left.splice(k, 1)[0]] = rank;
  }
  return ranks.join(',');
}

/** The distinct rankings rankedCsvRow() makes in `rows` rows (each of the first `groups` rows is new). */
export function rankedCsvGroups(rows: number, groups: number): number {
  return Math.min(rows, groups);
}

/**
 * A generated ranked CSV of at least `bytes` bytes, in pieces of about a megabyte (to write to
 * a file or feed a reader without ever holding the whole text): the header, then rows of
 * rankedCsvRow(). Returns the pieces and the number of ballot rows through `onPiece`.
 */
export function generateRankedCsv(bytes: number, groups: number, onPiece: (text: string) => void): number {
  let piece = `${RANKED_CSV_CANDIDATES.join(',')}\n`;
  let written = 0;
  let rows = 0;
  while (written + piece.length < bytes) {
    piece += `${rankedCsvRow(rows++, groups)}\n`;
    if (piece.length >= 1 << 20) {
      onPiece(piece);
      written += piece.length;
      piece = '';
    }
  }
  onPiece(piece);
  return rows;
}
