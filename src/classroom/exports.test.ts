/** The CSV files the classroom writes open as columns in the teacher's spreadsheet. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countClass, type BallotGroup, type ClassElection } from './election.ts';
import { ballotsCsv, resultsCsv } from './files.ts';
import { readClassFile } from './import-file.ts';

const election: ClassElection = {
  question: 'Sortie',
  options: ['La mer', 'Montagne, lac', 'Noël'],
  kind: 'ranked',
  methods: ['plurality', 'borda'],
};
const groups: BallotGroup[] = [
  { ballot: { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] }, count: 4 },
  { ballot: { kind: 'ranked', ranking: [['o3'], ['o1'], ['o2']] }, count: 3 },
];

/** Rows as a spreadsheet with this separator reads them (the BOM removed, as Excel does). */
function columns(csv: string, delimiter: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data;
}

describe('CSV exports', () => {
  it('ballots: ";" in French and "," in English, with the BOM, each option in its column', () => {
    const fr = columns(ballotsCsv(election, groups, 'fr'), ';');
    expect(fr[0]).toEqual(['La mer', 'Montagne, lac', 'Noël', 'count']);
    expect(fr.slice(1)).toEqual([
      ['1', '2', '3', '4'],
      ['2', '3', '1', '3'],
    ]);
    const en = columns(ballotsCsv(election, groups, 'en'), ',');
    expect(en).toEqual(fr);
  });

  it('ballots written in French read back as the same election', () => {
    const back = readClassFile('classe.csv', ballotsCsv(election, groups, 'fr'));
    expect(back.election.options).toEqual(election.options);
    expect(back.ballots).toBe(7);
  });

  it('results: ";" in French, "," in English, with the BOM, a method per row', () => {
    const counted = countClass(election, groups);
    const fr = columns(resultsCsv(election, counted, 'fr'), ';');
    expect(fr[0]).toEqual(['méthode', 'nom', 'élu(s)', 'égalité', 'La mer', 'Montagne, lac', 'Noël']);
    expect(fr.find((row) => row[0] === 'plurality')?.slice(2)).toEqual(['La mer', '', '4', '0', '3']);
    const en = columns(resultsCsv(election, counted, 'en'), ',');
    expect(en.map((row) => row.length)).toEqual(fr.map((row) => row.length));
  });
});
