/**
 * Big files are read whole and right: the real Meath 2002 file, a 5 MB CSV and a 5 MB JSON
 * file (with a bad value at its very end, placed on its line and column). How fast they are
 * read is measured by the bench (npm run bench: scripts/bench/engine.ts, "ballot files"),
 * never here: the machines running the tests are shared.
 */
import { bigCsv, bigJson, bigJsonElection } from '../../../tests/support/big-files.ts';
import { realElectionText } from '../../../tests/support/real-elections.ts';
import { describe, expect, it } from 'vitest';
import { readBallotFile } from './index.ts';
import { fileError } from './test-helpers.ts';

describe('big files', () => {
  it('reads Meath 2002 (4.3 MB, 25,101 distinct rankings)', () => {
    const text = realElectionText('meath-2002');
    expect(text.length).toBeGreaterThan(4_000_000);
    const { profile } = readBallotFile('meath-2002.json', text);
    expect([profile.candidates.length, profile.counts.length, profile.voters]).toEqual([14, 25_101, 64_081]);
  });

  it('reads a 5 MB CSV of 520,000 ballots', () => {
    const text = bigCsv();
    expect(text.length).toBeGreaterThan(5_000_000);
    const { profile } = readBallotFile('big.csv', text);
    // 15 kinds of rows, 8 distinct ballots once ranks close up (2,3,4 reads like 1,2,3).
    expect([profile.voters, profile.counts.length]).toEqual([520_000, 8]);
  });

  it('reads a 5 MB JSON file of 60,000 ballot lines, and finds a bad value at its end', () => {
    const election = bigJsonElection();
    const text = bigJson(election);
    expect(text.length).toBeGreaterThan(5_000_000);
    const { profile } = readBallotFile('big.json', text);
    expect([profile.counts.length, profile.voters]).toEqual([40, election.ballots.reduce((n, b) => n + b.count, 0)]);
    election.ballots[59_999].ranking[9] = 'Candidate 33';
    const bad = bigJson(election);
    const error = fileError(() => readBallotFile('big.json', bad));
    const lines = bad.split('\n');
    const line = lines.findIndex((l) => l.includes('Candidate 33'));
    expect(line).toBeGreaterThan(lines.length - 20);
    const column = lines[line].indexOf('"Candidate 33"') + 1;
    expect([error.code, error.line, error.column, error.jsonPath]).toEqual([
      'io.json.unknownCandidate',
      line + 1,
      column,
      'ballots[59999].ranking[9]',
    ]);
  });
});
