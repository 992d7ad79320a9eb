/**
 * Big files load fast. The machine running the tests may be busy (several test files and
 * other jobs at once), so each figure is the best of a few runs, and the bounds are well
 * above what an idle machine takes (given in the comments).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBallotFile } from './index.ts';
import { fileError } from './test-helpers.ts';

function best(runs: number, read: () => void): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    read();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('big files', () => {
  it('reads Meath 2002 (4.3 MB, 25,101 distinct rankings) well under a second', () => {
    const text = readFileSync(new URL('../../../../shared/data/real-elections/meath-2002.json', import.meta.url), 'utf8');
    const ms = best(5, () => {
      const { profile } = readBallotFile('meath-2002.json', text);
      expect([profile.counts.length, profile.voters]).toEqual([25_101, 64_081]);
    });
    expect(ms).toBeLessThan(1000); // about 150 ms on an idle machine
  });

  it('reads a 5 MB CSV of 520,000 ballots', () => {
    const rows = ['Kelp forest;Coral reef;Sea grass;Sand bank;Rock pool'];
    for (let i = 0; rows.length <= 520_000; i++) rows.push([1 + (i % 5), 1 + ((i + 1) % 5), 1 + ((i + 2) % 5), '', i % 3 ? 4 : ''].join(';'));
    const text = rows.join('\r\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const ms = best(3, () => {
      const { profile } = readBallotFile('big.csv', text);
      // 15 kinds of rows, 8 distinct ballots once ranks close up (2,3,4 reads like 1,2,3).
      expect([profile.voters, profile.counts.length]).toEqual([520_000, 8]);
    });
    expect(ms).toBeLessThan(3000); // about 400 ms on an idle machine
  });

  it('reads a 5 MB JSON file of 60,000 ballot lines, and finds a bad value at its end', () => {
    const names = Array.from({ length: 10 }, (_, i) => `Candidate ${i}`);
    const ballots = Array.from({ length: 60_000 }, (_, i) => {
      const k = i % 10;
      return { ranking: names.slice(k).concat(names.slice(0, k)).slice(0, 3 + (i % 8)), count: 1 + (i % 13) };
    });
    const text = JSON.stringify({ candidates: names, ballots }, null, 1);
    expect(text.length).toBeGreaterThan(5_000_000);
    const ms = best(3, () => expect(readBallotFile('big.json', text).profile.counts.length).toBe(40));
    expect(ms).toBeLessThan(2000); // about 200 ms on an idle machine
    ballots[59_999].ranking[9] = 'Candidate 33';
    const bad = JSON.stringify({ candidates: names, ballots }, null, 1);
    const error = fileError(() => readBallotFile('big.json', bad));
    const lines = bad.split('\n');
    const line = lines.findIndex((l) => l.includes('Candidate 33'));
    const column = lines[line].indexOf('"Candidate 33"') + 1;
    expect([error.code, error.line, error.column, error.jsonPath]).toEqual(['io.json.unknownCandidate', line + 1, column, 'ballots[59999].ranking[9]']);
  });
});
