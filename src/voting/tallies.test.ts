import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile } from './ballots.ts';
import { LastPlaceTracker, lastPlaces } from './methods/elimination.ts';
import { FirstChoiceTracker, bordaDoubled, firstChoices, restrictedBorda } from './tallies.ts';
import { arbitraryRankedElection } from './testing/elections.ts';

/**
 * The incremental tallies used by the elimination methods must give, after every removal,
 * exactly what the plain one-pass tallies give for the same active set; these tests remove
 * random sets of candidates from random incomplete elections with shared ranks.
 */
function electionArb() {
  return arbitraryRankedElection({ maxCandidates: 8, minBallots: 0, maxBallots: 14, maxCount: 9 }).chain(
    ({ candidates, ballots }) => {
      const m = candidates.length;
      return fc.tuple(
        fc.constant(rankedProfile(candidates, ballots)),
        // The elimination order: a permutation cut into batches (several leave at once).
        fc.shuffledSubarray([...candidates.keys()], { minLength: m, maxLength: m }),
        fc.array(fc.boolean(), { minLength: m, maxLength: m }),
      );
    },
  );
}

/** Calls `visit` with the active mask before each batch of removals (never emptying it). */
function eliminate(
  m: number,
  order: number[],
  cuts: boolean[],
  visit: (active: Uint8Array, leaving: number[]) => void,
): void {
  const active = new Uint8Array(m).fill(1);
  let batch: number[] = [];
  for (let i = 0; i < order.length - 1; i++) {
    batch.push(order[i]);
    if (cuts[i] || i === order.length - 2) {
      visit(active.slice(), batch);
      for (const c of batch) active[c] = 0;
      batch = [];
    }
  }
  visit(active.slice(), []);
}

describe('incremental tallies', () => {
  it('FirstChoiceTracker equals firstChoices after every removal', () => {
    fc.assert(
      fc.property(electionArb(), ([profile, order, cuts]) => {
        const tracker = new FirstChoiceTracker(profile);
        eliminate(profile.candidates.length, order, cuts, (active, leaving) => {
          tracker.sync(active);
          const plain = firstChoices(profile, active);
          expect(Array.from(tracker.votes)).toEqual(Array.from(plain.votes));
          expect([tracker.exhausted, tracker.overvotes]).toEqual([plain.exhausted, plain.overvotes]);
          if (leaving.length > 0) tracker.remove(leaving);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('LastPlaceTracker equals lastPlaces after every removal', () => {
    fc.assert(
      fc.property(electionArb(), ([profile, order, cuts]) => {
        const tracker = new LastPlaceTracker(profile);
        eliminate(profile.candidates.length, order, cuts, (active) => {
          tracker.sync(active);
          const plain = lastPlaces(profile, active);
          const fast = tracker.count();
          expect(Array.from(fast.votes)).toEqual(Array.from(plain.votes));
          expect(fast.none).toBe(plain.none);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('restrictedBorda equals bordaDoubled on every active set of an elimination', () => {
    fc.assert(
      fc.property(electionArb(), ([profile, order, cuts]) => {
        const borda = restrictedBorda(profile);
        eliminate(profile.candidates.length, order, cuts, (active) => {
          expect(Array.from(borda(active))).toEqual(Array.from(bordaDoubled(profile, active)));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('follows a hand-counted IRV-style elimination with an overvote and exhaustion', () => {
    // 3 × A>B, 2 × [B=C]>A, 1 × C. All in: A 3, C 1, overvote 2.
    // C leaves: the overvote now counts for B (2), C's ballot is exhausted (1).
    // B leaves: the two former overvotes pass to A (5); A's 3 ballots stay.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B'], count: 3 },
        { ranking: [['B', 'C'], 'A'], count: 2 },
        { ranking: ['C'], count: 1 },
      ],
    );
    const t = new FirstChoiceTracker(p);
    expect([Array.from(t.votes), t.overvotes, t.exhausted]).toEqual([[3, 0, 1], 2, 0]);
    t.remove([2]);
    expect([Array.from(t.votes), t.overvotes, t.exhausted]).toEqual([[3, 2, 0], 0, 1]);
    t.remove([1]);
    expect([Array.from(t.votes), t.overvotes, t.exhausted]).toEqual([[5, 0, 0], 0, 1]);
  });
});
