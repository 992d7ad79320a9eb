import { describe, expect, it } from 'vitest';
import { UNRANKED, gradedProfile, rankedFromGraded, rankedProfile } from './ballots.ts';
import { rankedProfileFromOrders } from './compact.ts';
import { VotingError } from './errors.ts';

describe('rankedProfile', () => {
  it('merges identical ballots and keeps ranks, ties and truncation', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', ['B', 'C']], count: 2 },
        { ranking: ['A', ['C', 'B']], count: 3 },
        { ranking: ['C'], count: 1 },
      ],
    );
    expect(p.voters).toBe(6);
    expect(Array.from(p.counts)).toEqual([5, 1]);
    expect(Array.from(p.ranks)).toEqual([0, 1, 1, UNRANKED, UNRANKED, 0]);
    expect(p.complete).toBe(false);
  });

  it('marks complete strict ballots as complete', () => {
    const p = rankedProfile(['A', 'B'], [{ ranking: ['B', 'A'], count: 1 }]);
    expect(p.complete).toBe(true);
  });

  it('names the path of an unknown candidate', () => {
    expect(() =>
      rankedProfile(
        ['A', 'B'],
        [
          { ranking: ['A'], count: 1 },
          { ranking: ['B', 'Z'], count: 1 },
        ],
      ),
    ).toThrow(/ballots\[1\]\.ranking\[1\]: unknown candidate "Z"/);
  });

  it('refuses a candidate ranked twice and a bad count', () => {
    expect(() => rankedProfile(['A', 'B'], [{ ranking: ['A', ['B', 'A']], count: 1 }])).toThrow(VotingError);
    expect(() => rankedProfile(['A'], [{ ranking: ['A'], count: 0 }])).toThrow(/ballots\[0\]\.count/);
    expect(() => rankedProfile(['A', 'A'], [])).toThrow(/candidates\[1\]/);
  });

  it('loads complete orders from one typed array', () => {
    const p = rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([0, 1, 2, 2, 1, 0, 0, 1, 2]));
    expect(p.voters).toBe(3);
    expect(Array.from(p.counts)).toEqual([2, 1]);
    expect(p.tiers[1]).toEqual([[2], [1], [0]]);
  });

  it('refuses a row with an index out of range, even one that would read as an earlier valid row', () => {
    // For 3 candidates, [0, 3, 2] and the valid [1, 0, 2] compute the same number in base 3.
    expect(() => rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([1, 0, 2, 0, 3, 2]))).toThrow(/orders\[1\]/);
    expect(() => rankedProfileFromOrders(['A', 'B', 'C'], Uint8Array.from([0, 1, 2, 0, 3, 0]))).toThrow(/orders\[1\]/);
    // A repeated index in a row is refused too (8 candidates: the hashed path).
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    expect(() =>
      rankedProfileFromOrders(names, Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 2, 3, 4, 5, 6, 7])),
    ).toThrow(/orders\[1\]/);
    expect(() =>
      rankedProfileFromOrders(names, Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0])),
    ).toThrow(/orders\[/);
  });
});

describe('gradedProfile', () => {
  it('applies the default grade and the default approval threshold', () => {
    const p = gradedProfile(['X', 'Y'], [{ grades: { X: 4 }, count: 2 }], {
      scale: { min: 0, max: 5 },
      defaultGrade: 0,
    });
    expect(Array.from(p.grades)).toEqual([4, 0]);
    expect(p.approvalThreshold).toBe(3);
  });

  it('refuses an ungraded candidate without a default grade, and grades off the scale', () => {
    expect(() => gradedProfile(['X', 'Y'], [{ grades: { X: 4 }, count: 1 }], { scale: { min: 0, max: 5 } })).toThrow(
      /ballots\[0\]\.grades/,
    );
    expect(() => gradedProfile(['X'], [{ grades: { X: 6 }, count: 1 }], { scale: { min: 0, max: 5 } })).toThrow(
      /ballots\[0\]\.grades\.X/,
    );
  });

  it('reads grades as rankings with equal grades sharing a rank', () => {
    const g = gradedProfile(['X', 'Y', 'Z'], [{ grades: { X: 4, Y: 4, Z: 1 }, count: 2 }], {
      scale: { min: 0, max: 5 },
    });
    const r = rankedFromGraded(g);
    expect(r.tiers[0]).toEqual([[0, 1], [2]]);
    expect(r.voters).toBe(2);
  });
});
