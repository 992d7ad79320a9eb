import { describe, expect, it } from 'vitest';
import { ballotsCsv, ballotsJson, ClassFileError } from './files.ts';
import { countClass, type BallotGroup, type ClassElection } from './election.ts';
import { readClassFile } from './import-file.ts';
import { mergeReadings } from './merge.ts';

const election: ClassElection = {
  question: 'Sortie',
  options: ['La mer', 'La montagne', 'La ville'],
  kind: 'ranked',
  methods: ['plurality', 'borda'],
};
const device = (groups: BallotGroup[]) => groups;
const r = (...ids: string[]) => ({ kind: 'ranked' as const, ranking: ids.map((id) => [id]) });

describe('merging ballot files', () => {
  it("adds the ballots of two devices' exports (JSON and CSV, options in another order) and keeps each file's count", () => {
    const a = device([
      { ballot: r('o1', 'o2', 'o3'), count: 4 },
      { ballot: r('o2', 'o1', 'o3'), count: 1 },
    ]);
    const b = device([{ ballot: r('o1', 'o2', 'o3'), count: 2 }]);
    const reversed: ClassElection = { ...election, options: ['La ville', 'La montagne', 'La mer'] };
    const merged = mergeReadings([
      readClassFile('tablette-1.json', ballotsJson(election, a)),
      readClassFile('tablette-2.csv', ballotsCsv(reversed, b)),
    ]);
    expect(merged.files).toEqual([
      { file: 'tablette-1.json', ballots: 5 },
      { file: 'tablette-2.csv', ballots: 2 },
    ]);
    expect(merged.reading.ballots).toBe(7);
    expect(merged.reading.election.options).toEqual(election.options);
    // tablette-2's "La ville > La montagne > La mer" is o1 > o2 > o3 of its own file, La ville first.
    const counted = countClass(merged.reading.election, merged.reading.groups);
    const plurality = counted.entry.counted.counts.find((k) => k.method === 'plurality');
    expect(plurality?.result?.scores).toEqual({ o1: 4, o2: 1, o3: 2 });
  });

  it('refuses files whose options differ, naming both and the options', () => {
    const one = readClassFile('a.csv', 'La mer,La ville\n1,2\n');
    const two = readClassFile('b.csv', 'La mer,La plage\n1,2\n');
    try {
      mergeReadings([one, two]);
      throw new Error('merged');
    } catch (error) {
      expect(error).toBeInstanceOf(ClassFileError);
      expect((error as ClassFileError).key).toBe('files.merge.optionsDiffer');
      expect((error as ClassFileError).params).toMatchObject({
        file: 'b.csv',
        first: 'a.csv',
        options: 'La mer, La plage',
        expected: 'La mer, La ville',
      });
    }
  });

  it('refuses rankings merged with approvals', () => {
    const one = readClassFile('a.csv', 'A,B\n1,2\n');
    const two = readClassFile('b.csv', 'A,B\n1,0\n', { kind: 'approval' });
    expect(() => mergeReadings([one, two])).toThrow(ClassFileError);
  });
});
