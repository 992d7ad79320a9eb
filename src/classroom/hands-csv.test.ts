import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { countClass, type ClassElection } from './election.ts';
import { resultsCsv } from './files.ts';
import { handsElection } from './hands.ts';
import { fromOptionCounts } from './tally.ts';

const ranked: ClassElection = {
  question: 'Où\u00a0?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: ['plurality', 'two-round', 'irv'],
};

function rows(csv: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
}

describe('the results file of a show of hands', () => {
  it('has the runoff’s line: the second show’s winner and hands, beside the first show’s plurality', () => {
    const { groups } = fromOptionCounts(ranked, [7, 9, 4]);
    const counted = countClass(handsElection(ranked), groups!, {
      hands: {
        runoff: 'two-round',
        shows: [
          [7, 9, 4],
          [12, 8, null],
        ],
      },
    });
    const table = rows(resultsCsv(ranked, counted, 'fr'), ';');
    expect(table.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['plurality', 'Montagne'],
      ['two-round', 'Mer'],
    ]);
    // The option columns: the second show's hands, blank for the option no longer in it.
    expect(table[2].slice(4)).toEqual(['12', '8', '']);
    expect(table[2][1]).toMatch(/deux tours/i);
  });

  it('says a tie in the last show, and has no runoff line without a runoff', () => {
    const { groups } = fromOptionCounts(ranked, [7, 9, 4]);
    const tied = countClass(handsElection(ranked), groups!, {
      hands: {
        runoff: 'two-round',
        shows: [
          [7, 9, 4],
          [10, 10, null],
        ],
      },
    });
    const line = rows(resultsCsv(ranked, tied, 'en'), ',')[2];
    expect(line[0]).toBe('two-round');
    expect(line[2]).toBe('Mer ; Montagne');
    expect(line[3]).toBe('yes');
    const single = countClass(handsElection(ranked), groups!, { hands: { runoff: 'none', shows: [[7, 9, 4]] } });
    expect(
      rows(resultsCsv(ranked, single, 'en'), ',')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['plurality']);
  });
});
