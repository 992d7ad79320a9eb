import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../voting/ballots.ts';
import { getMethod } from '../voting/methods/index.ts';
import { applyTieBreak } from '../voting/tiebreak.ts';
import { DEFAULT_METHODS, optionId, type ClassElection } from './election.ts';
import { drawOne, handsMethods, leftOutByHands, majorityOf, nextShow, readShow, runoffOutcome } from './hands.ts';

const trip: ClassElection = {
  question: 'Où\u00a0?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: [...DEFAULT_METHODS.ranked],
};

describe('shows of hands: only what hands answer', () => {
  it('offers plurality and the runoffs by successive shows for ranked elections, approval for approval', () => {
    expect(handsMethods(trip)).toEqual(['plurality', 'two-round', 'irv']);
    expect(handsMethods({ kind: 'approval' })).toEqual(['approval']);
    expect(handsMethods({ kind: 'grades' })).toEqual([]);
    // The methods that need whole rankings are named, never counted from hands.
    expect(leftOutByHands(trip)).toEqual(['borda', 'copeland', 'schulze']);
    expect(leftOutByHands({ kind: 'approval', methods: ['approval'] })).toEqual([]);
  });

  it('asks a second show between the top two only when nobody has more than half of the hands', () => {
    expect(majorityOf([11, 5, 4])).toBe(0);
    expect(majorityOf([10, 6, 4])).toBeUndefined(); // 10 of 20 is not more than half
    expect(nextShow('two-round', [[7, 9, 4]])).toEqual([0, 1]);
    expect(nextShow('two-round', [[11, 5, 4]])).toBeUndefined();
    // One leader, a tie for second: every option tied at second goes on (the engine's variant).
    expect(nextShow('two-round', [[9, 5, 5]])).toEqual([0, 1, 2]);
    expect(nextShow('two-round', [[8, 8, 4]])).toEqual([0, 1]);
    expect(
      nextShow('two-round', [
        [7, 9, 4],
        [12, 8, null],
      ]),
    ).toBeUndefined();
    expect(nextShow('none', [[7, 9, 4]])).toBeUndefined();
  });

  it('runs instant runoff as successive shows, the fewest hands leaving each time', () => {
    expect(nextShow('irv', [[4, 3, 3, 2]])).toEqual([0, 1, 2]);
    expect(
      nextShow('irv', [
        [4, 3, 3, 2],
        [5, 3, 4, null],
      ]),
    ).toEqual([0, 2]);
    expect(
      nextShow('irv', [
        [4, 3, 3, 2],
        [5, 3, 4, null],
        [6, null, 6, null],
      ]),
    ).toBeUndefined();
    expect(nextShow('irv', [[5, 5, 5]])).toBeUndefined(); // all tied: nobody can leave
    const outcome = runoffOutcome({
      runoff: 'irv',
      shows: [
        [4, 3, 3, 2],
        [5, 3, 4, null],
        [7, null, 5, null],
      ],
    });
    expect(outcome.winners).toEqual([0]);
    expect(outcome.stages.map((s) => s.figures.length)).toEqual([4, 3, 2]);
    expect(runoffOutcome({ runoff: 'irv', shows: [[4, 3, 3, 2]] }).pending).toEqual([0, 1, 2]);
  });

  it('checks a show: whole numbers, someone voted, and for approval the number of people', () => {
    expect(readShow(trip, [7, 9, 4], [0, 1, 2]).show).toEqual([7, 9, 4]);
    expect(readShow(trip, [7, 9, 4], [0, 1]).show).toEqual([7, 9, null]);
    expect(readShow(trip, [1.5, 9, 4], [0, 1, 2]).problem).toEqual({
      key: 'classroom.tally.badOptionCount',
      params: { option: 'Mer' },
    });
    expect(readShow(trip, [0, null, 0], [0, 1, 2]).problem?.key).toBe('classroom.tally.nobody');
    const approval: ClassElection = { ...trip, kind: 'approval', methods: ['approval'] };
    expect(readShow(approval, [20, 25, 21], [0, 1, 2]).problem?.key).toBe('classroom.hands.badPeople');
    expect(readShow(approval, [20, 31, 21], [0, 1, 2], 30).problem).toEqual({
      key: 'classroom.hands.morethanPeople',
      params: { option: 'Montagne', n: 31, people: 30 },
    });
    expect(readShow(approval, [20, 25, 21], [0, 1, 2], 30).show).toEqual([20, 25, 21]);
  });

  it('reports a tie after the last show, and breaks it by lot only with a seed, as the engine draws', () => {
    const tied = runoffOutcome({
      runoff: 'two-round',
      shows: [
        [7, 9, 4],
        [10, 10, null],
      ],
    });
    expect(tied).toMatchObject({ winners: [0, 1], tie: true });
    const drawn = runoffOutcome(
      {
        runoff: 'two-round',
        shows: [
          [7, 9, 4],
          [10, 10, null],
        ],
      },
      'classe-5b',
    );
    expect(drawn.tie).toBe(false);
    expect(drawn.drawn).toEqual({ tied: [0, 1], seed: 'classe-5b' });
    expect(
      runoffOutcome(
        {
          runoff: 'two-round',
          shows: [
            [7, 9, 4],
            [10, 10, null],
          ],
        },
        'classe-5b',
      ).winners,
    ).toEqual(drawn.winners);
    // The same draw as the engine's `lot` policy with the same seed, on the same tied options.
    const names = [0, 1, 2].map(optionId);
    const profile = rankedProfile(names, [
      { ranking: ['o1'], count: 2 },
      { ranking: ['o2'], count: 2 },
      { ranking: ['o3'], count: 2 },
    ]);
    const plurality = getMethod('plurality');
    for (const seed of ['a', 'b', 'c', 'd', 'classe-5b', '42']) {
      const engine = applyTieBreak(plurality, profile, plurality.count(profile as never, { seats: 1 }), 'lot', seed);
      expect(optionId(drawOne([0, 1, 2], seed))).toBe(engine.tieBreak?.chosen[0]);
    }
    // Different seeds do not all draw the same option (the draw depends on the seed).
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((s) => drawOne([0, 1, 2], s))).size).toBeGreaterThan(1);
  });
});
