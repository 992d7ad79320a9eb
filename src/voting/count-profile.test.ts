/** The one dispatcher: any method on any profile, the ballot kind checked at run time. */
import { describe, expect, it } from 'vitest';
import { VotingError } from './errors.ts';
import { countProfile, officialTieBreakOf } from './method.ts';
import { methods } from './methods/index.ts';
import { graded, ranked } from './testing/elections.ts';

describe('countProfile', () => {
  const rankedVotes = ranked('A B C', '3: A>B>C', '2: B>C>A');
  const gradedVotes = graded('A B C', '2: 5 1 0', '3: 0 4 2');

  it('counts a ranked method on ranked ballots and a graded method on graded ballots', () => {
    expect(countProfile(methods.plurality, rankedVotes).winners).toEqual(['A']);
    expect(countProfile(methods.score, gradedVotes).winners).toEqual(['B']);
  });

  it('refuses the wrong kind with the kind the method needs, never a wrong count', () => {
    for (const [method, profile, expected] of [
      [methods.irv, gradedVotes, 'ranked'],
      [methods['majority-judgment'], rankedVotes, 'graded'],
    ] as const) {
      const error = (() => {
        try {
          countProfile(method, profile);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(VotingError);
      expect((error as VotingError).code).toBe('error.wrongBallotKind');
      expect((error as VotingError).params).toEqual({ method: method.info.id, expected });
    }
  });

  it('lets sortition, which ignores the ballots, draw from either kind', () => {
    for (const profile of [rankedVotes, gradedVotes])
      expect(countProfile(methods.sortition, profile, { seats: 2, seed: 'x' }).winners).toHaveLength(2);
  });

  it('applies an official tie rule on the kind of ballot the method counts', () => {
    const tie = graded('A B', '1: 5 0', '1: 0 5');
    const result = countProfile(methods.star, tie);
    expect(officialTieBreakOf(methods.star, tie, result, ['A', 'B'], 1)?.steps.length).toBeGreaterThan(0);
    expect(() => officialTieBreakOf(methods.star, ranked('A B', '1: A>B', '1: B>A'), result, ['A', 'B'], 1)).toThrow(
      VotingError,
    );
  });
});
