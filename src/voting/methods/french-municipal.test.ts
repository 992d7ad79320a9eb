import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { frenchMunicipal, majorityBonus } from './french-municipal.ts';

/** List votes written the way a scenario writes them. */
function lists(votes: Record<string, number>) {
  const names = Object.keys(votes);
  return rankedProfile(
    names,
    names.map((n) => ({ ranking: [n], count: votes[n] })),
  );
}

describe('french-municipal (Code électoral L262)', () => {
  it('reproduces the worked example of the spec: 19 seats, A 884, B 544 → A 16, B 3', () => {
    // A has 884 of 1428 votes cast: an absolute majority in round 1. Bonus: 19 > 4 seats,
    // so half rounded up = 10. The other 9 by D'Hondt, bonus not counted:
    // A 884, 442, 294.67, 221, 176.8, 147.33 (126.29 next); B 544, 272, 181.33 (136 next).
    // The 9 largest: 884 A, 544 B, 442 A, 294.67 A, 272 B, 221 A, 181.33 B, 176.8 A, 147.33 A.
    const r = frenchMunicipal.count(lists({ A: 884, B: 544 }), { seats: 19 });
    expect(r.seatsByList).toEqual({ A: 16, B: 3 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.steps.find((s) => s.key === 'french-municipal.bonus')?.params).toEqual({
      list: 'A',
      bonus: 10,
      seats: 19,
      round: 1,
      votes: 884,
      valid: 1428,
    });
    expect(r.steps.find((s) => s.key === 'french-municipal.split')?.params).toEqual({
      bonus: 10,
      proportional: { A: 6, B: 3 },
    });
    expect(r.steps.find((s) => s.key === 'french-municipal.order')?.params.order).toEqual([
      'A',
      'B',
      'A',
      'A',
      'B',
      'A',
      'B',
      'A',
      'A',
    ]);
    expect(r.steps.map((s) => s.key)).toEqual([
      'french-municipal.votes',
      'french-municipal.threshold',
      'french-municipal.bonus',
      'french-municipal.quotients',
      'french-municipal.order',
      'french-municipal.split',
      'french-municipal.seats',
    ]);
  });

  it('Grenoble 2020, second round: 59 seats → 46, 7, 3, 3 (official result)', () => {
    // Second round, 28 June 2020 (fr.wikipedia « Élections municipales de 2020 à Grenoble »;
    // seats as reported by Place Gre'net, 29 June 2020): Piolle 16,169, Carignon 7,133,
    // Chalas 3,803, Noblecourt 3,325; 30,430 votes cast; 59 seats.
    // Hand count: round 2, the leading list gets the bonus: 59 > 4, half rounded up = 30.
    // The other 29 by D'Hondt among the 4 lists (all over 5% = 1,521.5 votes):
    // Piolle's 16th average 16169/16 = 1010.56 and Carignon's 7th 7133/7 = 1019 are in,
    // and the best averages left out are Piolle 16169/17 = 951.12, Chalas 3803/4 = 950.75,
    // Noblecourt 3325/4 = 831.25, Carignon 7133/8 = 891.63: so 16 + 7 + 3 + 3 = 29.
    // Totals: Piolle 30 + 16 = 46, Carignon 7, Chalas 3, Noblecourt 3.
    const r = frenchMunicipal.count(lists({ Piolle: 16169, Carignon: 7133, Chalas: 3803, Noblecourt: 3325 }), {
      seats: 59,
      round: 2,
    });
    expect(r.seatsByList).toEqual({ Piolle: 46, Carignon: 7, Chalas: 3, Noblecourt: 3 });
    expect(r.steps.find((s) => s.key === 'french-municipal.split')?.params).toEqual({
      bonus: 30,
      proportional: { Piolle: 16, Carignon: 7, Chalas: 3, Noblecourt: 3 },
    });
    // The first round there (15 March 2020) gave no list an absolute majority: Piolle had
    // 16,766 of 35,917 votes cast (46.67%). The three small lists are merged into one here,
    // which does not change the majority test.
    const first = frenchMunicipal.count(
      lists({ Piolle: 16766, Carignon: 7114, Chalas: 4939, Noblecourt: 4782, Autres: 2316 }),
      {
        seats: 59,
      },
    );
    expect(first.winners).toEqual([]);
    expect(first.elected).toEqual([]);
    expect(first.tie).toBeUndefined();
    expect(Object.values(first.seatsByList ?? {}).every((s) => s === 0)).toBe(true);
    expect(first.steps.at(-1)).toEqual({
      key: 'french-municipal.secondRound',
      params: { leaders: ['Piolle'], votes: 16766, valid: 35917 },
    });
  });

  it('rounds the bonus up above 4 seats, down below 4, and gives 2 of 4', () => {
    expect([1, 2, 3, 4, 5, 6, 19, 59].map(majorityBonus)).toEqual([0, 1, 1, 2, 3, 3, 10, 30]);
  });

  it('needs an absolute majority in round 1 but only the most votes in round 2', () => {
    // A 450, B 350, C 200 of 1000. Round 1: 450 is not more than 500 → second round.
    const votes = { A: 450, B: 350, C: 200 };
    expect(frenchMunicipal.count(lists(votes), { seats: 10 }).winners).toEqual([]);
    // Round 2: bonus 5 to A; 5 by D'Hondt: 450 A, 350 B, 225 A, 200 C, 175 B (150 A next).
    const r = frenchMunicipal.count(lists(votes), { seats: 10, round: 2 });
    expect(r.seatsByList).toEqual({ A: 7, B: 2, C: 1 });
    // Exactly half is not an absolute majority.
    expect(frenchMunicipal.count(lists({ A: 500, B: 500 }), { seats: 10 }).winners).toEqual([]);
  });

  it('shares the other seats only among lists with at least 5% of the votes cast', () => {
    // A 600, B 351, C 49 (4.9%) of 1000, 10 seats: bonus 5 to A; C is out; 5 by D'Hondt
    // between A and B: 600 A, 351 B, 300 A, 200 A, 175.5 B (150 A next) → A 8, B 2.
    const r = frenchMunicipal.count(lists({ A: 600, B: 351, C: 49 }), { seats: 10 });
    expect(r.steps[1].params).toEqual({ percent: 5, eligible: ['A', 'B'], excluded: ['C'] });
    expect(r.seatsByList).toEqual({ A: 8, B: 2, C: 0 });
    // At exactly 5% a list is in: 5 of 100 votes, 40 seats: bonus 20; D'Hondt 20 seats
    // between A 95 and C 5: A takes 18 (95/18 > 5), then A's 95/19 = 5 ties C's 5 with
    // two seats left: one each. A 20 + 19 = 39, C 1.
    const edge = frenchMunicipal.count(lists({ A: 95, C: 5 }), { seats: 40 });
    expect(edge.seatsByList).toEqual({ A: 39, C: 1 });
    // The threshold option is not used: 5% is the law.
    expect(frenchMunicipal.count(lists({ A: 600, B: 351, C: 49 }), { seats: 10, threshold: 0.4 }).seatsByList).toEqual({
      A: 8,
      B: 2,
      C: 0,
    });
  });

  it('reports a tie for the bonus in round 2 and still shares the other seats', () => {
    // A 40, B 40, C 20, 5 seats, round 2: A and B tie for the most votes. The bonus (3)
    // is reported; the 2 proportional seats go to A and B (tied at 40, both fit).
    const r = frenchMunicipal.count(lists({ A: 40, B: 40, C: 20 }), { seats: 5, round: 2 });
    expect(r.seatsByList).toEqual({ A: 1, B: 1, C: 0 });
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.find((s) => s.key === 'french-municipal.bonusTie')?.params).toEqual({
      tied: ['A', 'B'],
      bonus: 3,
      votes: 40,
      round: 2,
    });
  });

  it('does not count overvotes and empty ballots as votes cast', () => {
    // A 6 of 11 valid votes is a majority even though 14 ballots were cast.
    const p = rankedProfile(
      ['A', 'B'],
      [
        { ranking: ['A'], count: 6 },
        { ranking: ['B'], count: 5 },
        { ranking: [['A', 'B']], count: 2 },
        { ranking: [], count: 1 },
      ],
    );
    const r = frenchMunicipal.count(p, { seats: 3 });
    // Bonus floor(3/2) = 1 to A; 2 seats by D'Hondt: A 6, B 5 → A 2, B 1.
    expect(r.seatsByList).toEqual({ A: 2, B: 1 });
  });

  it('rejects a round other than 1 or 2', () => {
    expect(() => frenchMunicipal.count(lists({ A: 1 }), { round: 3 as 1 })).toThrow(VotingError);
    try {
      frenchMunicipal.count(lists({ A: 1 }), { round: 3 as 1 });
    } catch (e) {
      expect((e as VotingError).code).toBe('error.municipalRound');
    }
  });
});
