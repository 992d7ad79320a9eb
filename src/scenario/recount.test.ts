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
import { playedInTurn, shippedChapter } from './testing/shipped.ts';

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

describe('a vote counted before the chapter (`recount` on the election)', () => {
  it('opens as a recount even as the run’s first count, and only where the chapter says so', () => {
    const yesterday = [
      'electorate pool',
      '  lili: soup > salad > cake',
      '  3 krill: salad > cake > soup',
      'election replay electorate=pool method=plurality recount: Le vote d’hier, recompté.',
      'election fresh electorate=pool candidates=soup,salad method=plurality: Un duel.',
    ];
    const { runner } = playThrough(compiledMenu(loadMenuChapter('yesterday', yesterday)), []);
    expect(runner.election('replay')?.ballotsFrom).toEqual({ kind: 'recount' });
    expect(runner.election('fresh')?.ballotsFrom).toEqual({ kind: 'recount', election: 'replay' });
    const plain = yesterday.map((l) => l.replace(' recount:', ':'));
    const again = playThrough(compiledMenu(loadMenuChapter('yesterday', plain)), []);
    expect(again.runner.election('replay')?.ballotsFrom).toBeUndefined();
  });

  it('chapter 2 recounts chapter 1’s trial; chapter 9 still casts Burlington’s ballots, then recounts its duels', () => {
    const two = playedInTurn(shippedChapter('chapter-2-two-rounds'));
    expect(two.election('shelter-replay')?.ballotsFrom).toEqual({ kind: 'recount' });
    // The speaker's vote is the chapter's first vote of the cove, the player's pebble in it: cast.
    expect(two.election('speaker')?.counted.voters).toBeGreaterThan(0);
    expect(two.election('speaker')?.ballotsFrom).toBeUndefined();
    const nine = playedInTurn(shippedChapter('chapter-9-real-election'));
    expect(nine.election('burlington')?.counted.voters).toBeGreaterThan(8000);
    expect(nine.election('burlington')?.ballotsFrom).toBeUndefined();
    expect(nine.election('duel-mk')?.ballotsFrom).toEqual({ kind: 'recount', election: 'burlington' });
  });
});

describe('a new vote on the same preferences (`recast` on the election)', () => {
  it('is cast again though its rows match an earlier count, and only where the chapter says so', () => {
    const sunset = [
      'electorate pool',
      '  lili: soup > salad > cake',
      '  3 krill: salad > cake > soup',
      'election trial electorate=pool method=plurality: Le vote d’essai.',
      'election real electorate=pool candidates=soup,salad method=plurality recast: Le vrai vote, sans le gâteau.',
      'election slate electorate=pool candidates=soup,salad method=borda: L’ardoise : les mêmes préférences.',
    ];
    const { runner } = playThrough(compiledMenu(loadMenuChapter('sunset', sunset)), []);
    expect(runner.election('real')?.ballotsFrom).toBeUndefined();
    expect(runner.election('slate')?.ballotsFrom).toEqual({ kind: 'recount', election: 'real' });
    const plain = sunset.map((l) => l.replace(' recast:', ':'));
    const again = playThrough(compiledMenu(loadMenuChapter('sunset', plain)), []);
    expect(again.runner.election('real')?.ballotsFrom).toEqual({ kind: 'recount', election: 'trial' });
  });

  it('chapter 1’s real vote at sunset is cast, whichever project withdrew; the duel and Homère’s slate recount', () => {
    const one = playedInTurn(shippedChapter('chapter-1-first-vote'));
    const finals = ['final-two', 'final-wreck', 'final-three'].filter((id) => one.election(id));
    expect(finals).toHaveLength(1);
    expect(one.election(finals[0])?.ballotsFrom).toBeUndefined();
    expect(one.election('duel')?.ballotsFrom).toEqual({ kind: 'recount', election: 'trial' });
    expect(one.election('trial-slate')?.ballotsFrom?.kind).toBe('recount');
    // Every branch's real vote says so, whichever project the player's talks made withdraw.
    const real = shippedChapter('chapter-1-first-vote').steps.filter(
      (step) => step.type === 'election' && step.id.startsWith('final-'),
    );
    expect(real.map((step) => step.type === 'election' && step.recast)).toEqual([true, true, true]);
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
