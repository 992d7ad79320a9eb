import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { dhondt } from './dhondt.ts';
import { sainteLague } from './sainte-lague.ts';

/** List votes written the way a scenario writes them. */
function lists(votes: Record<string, number>) {
  const names = Object.keys(votes);
  return rankedProfile(
    names,
    names.filter((n) => votes[n] > 0).map((n) => ({ ranking: [n], count: votes[n] })),
  );
}

describe('sainte-lague', () => {
  it('counts a hand example: 7 seats, A 10000, B 8000, C 3000, D 2000', () => {
    // Divisors 1, 3, 5: A 10000, 3333.33, 2000; B 8000, 2666.67, 1600; C 3000, 1000; D 2000.
    // Largest: A 10000, B 8000, A 3333.33, C 3000, B 2666.67, then A 2000 and D 2000 tie
    // for the last two seats: both fit, so both get one. A 3, B 2, C 1, D 1 (D'Hondt gave
    // D nothing: Sainte-Laguë is kinder to small lists).
    const r = sainteLague.count(lists({ A: 10000, B: 8000, C: 3000, D: 2000 }), { seats: 7 });
    expect(r.seatsByList).toEqual({ A: 3, B: 2, C: 1, D: 1 });
    expect(r.winners).toEqual(['A', 'B', 'C', 'D']);
    expect(r.elected).toEqual(['A', 'B', 'C', 'D']);
    expect(r.steps.find((s) => s.key === 'sainte-lague.order')?.params).toEqual({
      order: ['A', 'B', 'A', 'C', 'B', 'A', 'D'],
      quotients: [10000, 8000, 3333.33, 3000, 2666.67, 2000, 2000],
    });
    expect(r.steps.find((s) => s.key === 'sainte-lague.quotients')?.params.divisors).toEqual([1, 3, 5, 7]);
    expect(dhondt.count(lists({ A: 10000, B: 8000, C: 3000, D: 2000 }), { seats: 7 }).seatsByList?.D).toBe(0);
  });

  it('settles the last seat by votes, then reports', () => {
    // 2 seats, A 9, B 3: A 9, then A 9/3 = 3 ties B 3/1: A has more votes.
    const r = sainteLague.count(lists({ A: 9, B: 3 }), { seats: 2 });
    expect(r.seatsByList).toEqual({ A: 2, B: 0 });
    expect(r.steps.find((s) => s.key === 'sainte-lague.tieVotes')?.params).toEqual({ tied: ['A', 'B'], chosen: ['A'] });
    const tie = sainteLague.count(lists({ A: 5, B: 5, C: 5 }), { seats: 4 });
    expect(tie.seatsByList).toEqual({ A: 1, B: 1, C: 1 });
    expect(tie.tie).toEqual({ tied: ['A', 'B', 'C'], places: 1 });
    expect(tie.winners).toEqual(['A', 'B', 'C']);
  });

  it('uses first choices of ranked ballots and a threshold on valid votes', () => {
    // First choices: A 50, B 30, C 15, D 5 (the second choices do not matter).
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'D'], count: 50 },
        { ranking: ['B', 'A'], count: 30 },
        { ranking: ['C'], count: 15 },
        { ranking: ['D', 'C'], count: 5 },
      ],
    );
    // Threshold 10%: D out. 5 seats among A 50, B 30, C 15: A 50, B 30, A 16.67, C 15, B 10
    // vs A 10 (50/5): tie at 10, B has fewer votes, so A: A 3, B 1, C 1.
    const r = sainteLague.count(p, { seats: 5, threshold: 0.1 });
    expect(r.seatsByList).toEqual({ A: 3, B: 1, C: 1, D: 0 });
    expect(r.steps.find((s) => s.key === 'sainte-lague.tieVotes')?.params).toEqual({ tied: ['A', 'B'], chosen: ['A'] });
  });
});
