/**
 * A recount is told from a new vote by the ballots themselves (scenario/recount.ts): the first
 * count of an electorate is a vote; a later count on the same rows (another rule, a duel of two
 * of the options) is a recount of it; after the player's ballot or a persuasion changed a row,
 * the next count is a new vote again ("changed"), and the one after it recounts that one.
 */
import { describe, expect, it } from 'vitest';
import { playThrough } from './runner.ts';
import type { ScenarioData } from './schema.ts';
import { compiledMenu, loadMenuChapter } from './source/testing/menu-chapter.ts';
import { compareBallots } from './recount.ts';

const body = [
  'electorate pool',
  '  lili: soup > salad > cake',
  '  3 krill: salad > cake > soup',
  'electorate other',
  '  lili: soup > salad > cake',
  '  3 krill: salad > cake > soup',
  'election first electorate=pool method=plurality: Le vote.',
  'election again electorate=pool method=borda: Les mêmes bulletins, une autre règle.',
  'election duel electorate=pool candidates=soup,cake method=plurality: Un duel.',
  // Another electorate with the very same rows: the same ballots, whatever its name.
  'election twin electorate=other method=irv: Les mêmes lignes, ailleurs.',
  'ballot mine voter=nacre electorate=pool kind=ranked speaker=lili: Classe les plats.',
  'election after electorate=pool method=plurality: Avec ton bulletin.',
  'election after2 electorate=pool method=irv: Encore.',
  '~ persuade lili in pool cake > soup > salad',
  'election persuaded electorate=pool method=plurality: Lili a changé d’avis.',
];

const scenario = (): ScenarioData => compiledMenu(loadMenuChapter('recounts', body));

describe('recounts told from new votes by the rows', () => {
  const { runner, refused } = playThrough(scenario(), [{ ballot: { ranking: ['cake', 'soup', 'salad'] } }]);

  it('plays through', () => expect(refused).toBeUndefined());

  it('casts the first vote on an electorate', () => {
    expect(runner.election('first')?.ballotsFrom).toBeUndefined();
  });

  it('recounts the same rows under another rule, in a duel of two options, and in another electorate with the same rows', () => {
    expect(runner.election('again')?.ballotsFrom).toEqual({ kind: 'recount', election: 'first' });
    expect(runner.election('duel')?.ballotsFrom).toEqual({ kind: 'recount', election: 'again' });
    expect(runner.election('twin')?.ballotsFrom).toEqual({ kind: 'recount', election: 'again' });
  });

  it('casts again once the player’s ballot changed the rows, then recounts that vote', () => {
    expect(runner.election('after')?.ballotsFrom).toEqual({ kind: 'changed', election: 'again' });
    expect(runner.election('after')?.counted.voters).toBe(5);
    expect(runner.election('after2')?.ballotsFrom).toEqual({ kind: 'recount', election: 'after' });
  });

  it('casts again after a persuasion changed a row', () => {
    expect(runner.election('persuaded')?.ballotsFrom).toEqual({ kind: 'changed', election: 'after2' });
  });
});

describe('compareBallots', () => {
  const row = (voter: string, count: number, ranking: string[][]) => ({
    voter,
    count,
    sincere: { kind: 'ranked' as const, ranking },
    cast: { kind: 'ranked' as const, ranking },
  });
  const five = {
    candidates: ['a', 'b', 'c'],
    voters: 5,
    counts: [],
    ballots: { ranked: [row('x', 2, [['a'], ['b'], ['c']]), row('y', 3, [['c'], ['b']])] },
  };

  it('reads a duel’s ballots as the earlier ones restricted to its two options', () => {
    const duel = {
      ...five,
      candidates: ['a', 'b'],
      ballots: { ranked: [row('y', 3, [['b']]), row('x', 2, [['a'], ['b']])] },
    };
    expect(compareBallots(five, duel)).toBe('same');
  });

  it('tells a changed count of a row apart', () => {
    const more = { ...five, ballots: { ranked: [row('x', 3, [['a'], ['b'], ['c']]), row('y', 3, [['c'], ['b']])] } };
    expect(compareBallots(five, more)).toBe('different');
  });

  it('does not call a count with an option the earlier one lacked, or another kind of ballot, a recount', () => {
    expect(compareBallots({ ...five, candidates: ['a', 'b'] }, five)).toBe('incomparable');
    const graded = {
      ...five,
      ballots: {
        graded: [
          {
            voter: 'x',
            count: 2,
            sincere: { kind: 'graded' as const, grades: { a: 1 } },
            cast: { kind: 'graded' as const, grades: { a: 1 } },
          },
        ],
      },
    };
    expect(compareBallots(five, graded)).toBe('incomparable');
  });
});
