import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import fc from 'fast-check';
import { largestRemainder } from './largest-remainder.ts';

/** List votes written the way a scenario writes them. */
function lists(votes: Record<string, number>) {
  const names = Object.keys(votes);
  return rankedProfile(
    names,
    names.filter((n) => votes[n] > 0).map((n) => ({ ranking: [n], count: votes[n] })),
  );
}

describe('largest-remainder (Hare)', () => {
  it('counts a hand example: 7 seats, A 10000, B 8000, C 3000, D 2000', () => {
    // V = 23000, quota 23000/7 = 3285.71. votes × 7 = whole × 23000 + remainder:
    // A 70000 = 3 × 23000 + 1000; B 56000 = 2 × 23000 + 10000; C 21000 = 0 + 21000;
    // D 14000 = 0 + 14000. 5 whole seats; the 2 left go to C (21000) and D (14000).
    const r = largestRemainder.count(lists({ A: 10000, B: 8000, C: 3000, D: 2000 }), { seats: 7 });
    expect(r.seatsByList).toEqual({ A: 3, B: 2, C: 1, D: 1 });
    expect(r.elected).toEqual(['A', 'B', 'C', 'D']);
    expect(r.steps.map((s) => s.key)).toEqual([
      'largest-remainder.votes',
      'largest-remainder.quota',
      'largest-remainder.shares',
      'largest-remainder.remainderSeats',
      'largest-remainder.seats',
    ]);
    expect(r.steps[1].params).toEqual({ votes: 23000, seats: 7, quota: 3285.71 });
    expect(r.steps[2].params).toEqual({
      whole: { A: 3, B: 2, C: 0, D: 0 },
      remainders: { A: 142.86, B: 1428.57, C: 3000, D: 2000 },
    });
    expect(r.steps[3].params).toEqual({ lists: ['C', 'D'], count: 2 });
  });

  it('shows the Alabama paradox: one more seat, one seat fewer for C', () => {
    // Classic figures: A 6, B 6, C 2 (V = 14). 10 seats: 60/14 → A 4 r4, B 4 r4, C 1 r6:
    // C takes the last seat (A 4, B 4, C 2). 11 seats: 66/14 → A 4 r10, B 4 r10, C 1 r8:
    // A and B take the two seats left (A 5, B 5, C 1).
    expect(largestRemainder.count(lists({ A: 6, B: 6, C: 2 }), { seats: 10 }).seatsByList).toEqual({
      A: 4,
      B: 4,
      C: 2,
    });
    expect(largestRemainder.count(lists({ A: 6, B: 6, C: 2 }), { seats: 11 }).seatsByList).toEqual({
      A: 5,
      B: 5,
      C: 1,
    });
  });

  it('reports equal remainders with equal votes as a tie', () => {
    // 1 seat, A 3, B 3 (V 6, ×1): both 0 whole, remainder 3: tie for the one place.
    const t = largestRemainder.count(lists({ A: 3, B: 3 }), { seats: 1 });
    expect(t.tie).toEqual({ tied: ['A', 'B'], places: 1 });
    expect(t.seatsByList).toEqual({ A: 0, B: 0 });
    expect(t.winners).toEqual(['A', 'B']);
    // 3 seats, A 4, B 4, C 2, D 2 (V 12, ×3): A 12 = 1×12 + 0, B the same, C 6 = 0 + 6,
    // D the same: one seat left for C and D, equal remainders and votes.
    const u = largestRemainder.count(lists({ A: 4, B: 4, C: 2, D: 2 }), { seats: 3 });
    expect(u.seatsByList).toEqual({ A: 1, B: 1, C: 0, D: 0 });
    expect(u.tie).toEqual({ tied: ['C', 'D'], places: 1 });
    expect(u.winners).toEqual(['A', 'B', 'C', 'D']);
  });

  it('gives an equal remainder to the list with more votes', () => {
    // 2 seats, A 15, B 5 (V 20, ×2): A 30 = 1×20 + 10, B 10 = 0×20 + 10. One seat left,
    // equal remainders of 10: A has more votes → A 2, B 0.
    const r = largestRemainder.count(lists({ A: 15, B: 5 }), { seats: 2 });
    expect(r.seatsByList).toEqual({ A: 2, B: 0 });
    expect(r.tie).toBeUndefined();
    expect(r.steps.find((s) => s.key === 'largest-remainder.tieVotes')?.params).toEqual({
      tied: ['A', 'B'],
      chosen: ['A'],
    });
  });

  it('uses the votes of the lists over the threshold for the quota', () => {
    // Threshold 10%: C (5 of 100) out. V = 95, 3 seats: A 60×3 = 180 = 1×95 + 85,
    // B 35×3 = 105 = 1×95 + 10: the seat left goes to A (85). A 2, B 1.
    const r = largestRemainder.count(lists({ A: 60, B: 35, C: 5 }), { seats: 3, threshold: 0.1 });
    expect(r.seatsByList).toEqual({ A: 2, B: 1, C: 0 });
    expect(r.steps.find((s) => s.key === 'largest-remainder.quota')?.params).toEqual({
      votes: 95,
      seats: 3,
      quota: 31.67,
    });
  });

  it('meets the quota rule on random elections (each list within its exact share rounded down or up)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 15 }),
        (votes, seats) => {
          const total = votes.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const names = ['A', 'B', 'C', 'D', 'E'].slice(0, votes.length);
          const r = largestRemainder.count(lists(Object.fromEntries(names.map((n, i) => [n, votes[i]]))), { seats });
          const given = Object.values(r.seatsByList ?? {}).reduce((a, b) => a + b, 0);
          expect(given + (r.tie?.places ?? 0)).toBe(seats);
          names.forEach((n, i) => {
            const s = r.seatsByList?.[n] ?? 0;
            expect(s).toBeGreaterThanOrEqual(Math.floor((votes[i] * seats) / total));
            expect(s).toBeLessThanOrEqual(Math.ceil((votes[i] * seats) / total));
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
