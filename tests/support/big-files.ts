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
