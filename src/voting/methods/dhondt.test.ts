import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradedProfile, rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import { formatTemplate, LANGS } from '../../i18n/format.ts';
import { seatsMessages } from '../../i18n/messages/seats.ts';
import type { Result } from '../result.ts';
import { dhondt } from './dhondt.ts';
import { sainteLague } from './sainte-lague.ts';
import { largestRemainder } from './largest-remainder.ts';
import { frenchMunicipal } from './french-municipal.ts';
import { blocPlurality } from './bloc-plurality.ts';
import { blocApproval } from './bloc-approval.ts';
import { stv } from './stv.ts';
import { parseShare } from './apportionment.ts';

/** List votes written the way a scenario writes them. */
function lists(votes: Record<string, number>) {
  const names = Object.keys(votes);
  return rankedProfile(
    names,
    names.filter((n) => votes[n] > 0).map((n) => ({ ranking: [n], count: votes[n] })),
  );
}

describe('dhondt', () => {
  it('counts a hand example: 7 seats, A 10000, B 8000, C 3000, D 2000', () => {
    // Quotients: A 10000, 5000, 3333.33, 2500; B 8000, 4000, 2666.67; C 3000, 1500; D 2000.
    // The 7 largest: A 10000, B 8000, A 5000, B 4000, A 3333.33, C 3000, B 2666.67.
    // The next one, A 2500, is left out. A 3, B 3, C 1, D 0.
    const r = dhondt.count(lists({ A: 10000, B: 8000, C: 3000, D: 2000 }), { seats: 7 });
    expect(r.seatsByList).toEqual({ A: 3, B: 3, C: 1, D: 0 });
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.elected).toEqual(['A', 'B', 'C']);
    expect(r.seats).toBe(7);
    expect(r.scores).toEqual({ A: 10000, B: 8000, C: 3000, D: 2000 });
    expect(r.tie).toBeUndefined();
    const order = r.steps.find((s) => s.key === 'dhondt.order');
    expect(order?.params.order).toEqual(['A', 'B', 'A', 'B', 'A', 'C', 'B']);
    expect(order?.params.quotients).toEqual([10000, 8000, 5000, 4000, 3333.33, 3000, 2666.67]);
    const table = r.steps.find((s) => s.key === 'dhondt.quotients');
    expect(table?.params).toEqual({
      divisors: [1, 2, 3, 4],
      table: {
        A: [10000, 5000, 3333.33, 2500],
        B: [8000, 4000, 2666.67, 2000],
        C: [3000, 1500, 1000, 750],
        D: [2000, 1000, 666.67, 500],
      },
    });
    expect(r.steps.map((s) => s.key)).toEqual(['dhondt.votes', 'dhondt.quotients', 'dhondt.order', 'dhondt.seats']);
  });

  it('gives a tied last seat to the list with more votes', () => {
    // 2 seats, A 6, B 3: A takes seat 1; then A 6/2 = 3 ties B 3/1 = 3 and A has more votes.
    const r = dhondt.count(lists({ A: 6, B: 3 }), { seats: 2 });
    expect(r.seatsByList).toEqual({ A: 2, B: 0 });
    expect(r.winners).toEqual(['A']);
    expect(r.steps.find((s) => s.key === 'dhondt.tieVotes')?.params).toEqual({ tied: ['A', 'B'], chosen: ['A'] });
  });

  it('reports a tie that votes cannot break, and lets tied lists share seats when they fit', () => {
    // 3 seats, A 4, B 4: seats 1-2 go to both (tied at 4, two seats left); seat 3: 2 vs 2.
    const r = dhondt.count(lists({ A: 4, B: 4 }), { seats: 3 });
    expect(r.seatsByList).toEqual({ A: 1, B: 1 });
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.at(-1)).toEqual({ key: 'dhondt.tie', params: { tied: ['A', 'B'], places: 1 } });
    const one = dhondt.count(lists({ A: 4, B: 4, C: 1 }), { seats: 1 });
    expect(one.seatsByList).toEqual({ A: 0, B: 0, C: 0 });
    expect(one.tie).toEqual({ tied: ['A', 'B'], places: 1 });
    expect(one.winners).toEqual(['A', 'B']);
  });

  it('applies a threshold exactly (a list at exactly the share is in)', () => {
    // 100 valid votes; 7% is 7 votes: B (7) is in, C (6) is out.
    const r = dhondt.count(lists({ A: 87, B: 7, C: 6 }), { seats: 20, threshold: 0.07 });
    expect(r.steps[1]).toEqual({
      key: 'dhondt.threshold',
      params: { percent: 7, eligible: ['A', 'B'], excluded: ['C'] },
    });
    // A 87, B 7 for 20 seats: B's 7 beats A's 87/k once 87/k < 7, i.e. k >= 13: A 18, B 2?
    // A's quotients 87/12 = 7.25 > 7 > 87/13 = 6.69 so B's first seat comes after A's 12th;
    // B's 2nd (3.5) comes after A's 24th, so with 20 seats: A 19, B 1.
    expect(r.seatsByList).toEqual({ A: 19, B: 1, C: 0 });
  });

  it('does not count overvotes and empty ballots as valid votes', () => {
    const p = rankedProfile(
      ['A', 'B'],
      [
        { ranking: ['A', 'B'], count: 19 },
        { ranking: ['B'], count: 1 },
        { ranking: [['A', 'B']], count: 5 },
        { ranking: [], count: 3 },
      ],
    );
    // Valid votes 20 (not 28); B has exactly 5% and stays in. A takes seats 1-18
    // (19/18 > 1); then A's 19/19 = 1 ties B's 1/1 with two seats left: one each.
    const r = dhondt.count(p, { seats: 20, threshold: 0.05 });
    expect(r.steps[0].params).toEqual({ votes: { A: 19, B: 1 }, valid: 20, overvotes: 5, empty: 3, seats: 20 });
    expect(r.steps[1].params).toMatchObject({ eligible: ['A', 'B'] });
    expect(r.seatsByList).toEqual({ A: 19, B: 1 });
  });

  it('gives nothing when there is no valid vote or no list reaches the threshold', () => {
    const none = dhondt.count(rankedProfile(['A', 'B'], [{ ranking: [], count: 4 }]), { seats: 2 });
    expect(none.winners).toEqual([]);
    expect(none.seatsByList).toEqual({ A: 0, B: 0 });
    expect(none.steps.map((s) => s.key)).toEqual(['dhondt.votes', 'dhondt.noSeats']);
    const high = dhondt.count(lists({ A: 5, B: 5, C: 5 }), { seats: 2, threshold: 0.5 });
    expect(high.winners).toEqual([]);
  });

  it('rejects bad seats and thresholds', () => {
    const p = lists({ A: 3, B: 2 });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(VotingError);
        return (e as VotingError).code;
      }
      return 'no error';
    };
    expect(code(() => dhondt.count(p, { seats: 0 }))).toBe('error.seats');
    expect(code(() => dhondt.count(p, { seats: 2.5 }))).toBe('error.seats');
    expect(code(() => dhondt.count(p, { threshold: -0.1 }))).toBe('error.listThreshold');
    expect(code(() => dhondt.count(p, { threshold: 1.5 }))).toBe('error.listThreshold');
    expect(code(() => dhondt.count(p, { threshold: Number.NaN }))).toBe('error.listThreshold');
  });

  it('reads shares exactly from their decimal digits', () => {
    expect(parseShare(0.05)).toEqual({ num: 5n, den: 100n });
    expect(parseShare(0.3)).toEqual({ num: 3n, den: 10n });
    expect(parseShare(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(parseShare(1)).toEqual({ num: 1n, den: 1n });
  });
});

/**
 * Reference: list every quotient votes/d for d in the divisor sequence (seats of them per
 * list), sort by exact value then by votes, and read the boundary. Written with BigInt
 * cross-multiplication and one global sort instead of seat-by-seat picking.
 */
function referenceAverages(votes: number[], seats: number, divisor: (j: number) => number) {
  const entries: { list: number; num: bigint; den: bigint }[] = [];
  votes.forEach((v, list) => {
    for (let j = 0; j < seats; j++) entries.push({ list, num: BigInt(v), den: BigInt(divisor(j)) });
  });
  const cmp = (a: (typeof entries)[0], b: (typeof entries)[0]) => {
    const x = a.num * b.den;
    const y = b.num * a.den;
    if (x !== y) return x > y ? -1 : 1;
    return votes[b.list] - votes[a.list];
  };
  entries.sort(cmp);
  const boundary = entries[seats - 1];
  const sure = entries.filter((e) => cmp(e, boundary) < 0);
  const group = entries.filter((e) => cmp(e, boundary) === 0);
  const won = votes.map(() => 0);
  for (const e of sure) won[e.list]++;
  const places = seats - sure.length;
  if (group.length === places) {
    for (const e of group) won[e.list]++;
    return { won, tie: undefined };
  }
  return { won, tie: { tied: group.map((e) => e.list).sort((a, b) => a - b), places } };
}

const NAMES = ['A', 'B', 'C', 'D', 'E'];
const elections = fc.tuple(
  fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 5 }),
  fc.integer({ min: 1, max: 12 }),
);

describe('highest averages against a reference', () => {
  for (const [method, divisor] of [
    [dhondt, (j: number) => j + 1],
    [sainteLague, (j: number) => 2 * j + 1],
  ] as const) {
    it(`${method.info.id} agrees on random list votes`, () => {
      fc.assert(
        fc.property(elections, ([votes, seats]) => {
          fc.pre(votes.some((v) => v > 0));
          const names = NAMES.slice(0, votes.length);
          const r = method.count(lists(Object.fromEntries(names.map((n, i) => [n, votes[i]]))), { seats });
          const ref = referenceAverages(votes, seats, divisor);
          expect(r.seatsByList).toEqual(Object.fromEntries(names.map((n, i) => [n, ref.won[i]])));
          expect(r.tie).toEqual(
            ref.tie ? { tied: ref.tie.tied.map((i) => names[i]), places: ref.tie.places } : undefined,
          );
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('explanations of the several-seat methods', () => {
  it('use only keys of the seats table, in both languages, with every parameter filled', () => {
    expect(Object.keys(seatsMessages.en).sort()).toEqual(Object.keys(seatsMessages.fr).sort());
    const listProfile = lists({ A: 884, B: 544, C: 40 });
    const ranked = rankedProfile(['A', 'B', 'C'], [
      { ranking: ['A', 'B'], count: 4 },
      { ranking: ['B', 'C'], count: 4 },
      { ranking: ['C'], count: 1 },
      { ranking: [['A', 'C']], count: 1 },
    ] as RankedBallotInput[]);
    const graded = gradedProfile(
      ['A', 'B', 'C'],
      [
        { grades: { A: 5, B: 3, C: 0 }, count: 2 },
        { grades: { A: 1, B: 3, C: 3 }, count: 2 },
      ],
      { scale: { min: 0, max: 5 } },
    );
    const results: Result[] = [
      stv.count(ranked, { seats: 2 }),
      stv.count(ranked, { seats: 2, tieBreak: 'lot', seed: 's' }),
      dhondt.count(listProfile, { seats: 5, threshold: 0.05 }),
      sainteLague.count(lists({ A: 4, B: 4 }), { seats: 3 }),
      largestRemainder.count(listProfile, { seats: 5 }),
      largestRemainder.count(lists({ A: 3, B: 3 }), { seats: 1 }),
      frenchMunicipal.count(listProfile, { seats: 19 }),
      frenchMunicipal.count(lists({ A: 40, B: 40, C: 20 }), { seats: 5, round: 2 }),
      frenchMunicipal.count(lists({ A: 40, B: 35, C: 25 }), { seats: 5 }),
      dhondt.count(lists({ A: 6, B: 3 }), { seats: 2 }),
      blocPlurality.count(ranked, { seats: 2 }),
      blocApproval.count(graded, { seats: 1 }),
    ];
    const used = new Set<string>();
    for (const r of results) {
      for (const s of r.steps) {
        used.add(s.key);
        for (const lang of LANGS) {
          const template = (seatsMessages[lang] as Record<string, string>)[s.key];
          expect(template, `${lang} ${s.key}`).toBeTypeOf('string');
          const text = formatTemplate(template, s.params, lang);
          expect(text, `${lang} ${s.key}`).not.toMatch(/[{}]/);
          for (const name of template.match(/\{(\w+)/g) ?? [])
            expect(s.params, `${s.key} ${name}`).toHaveProperty(name.slice(1));
        }
      }
    }
    expect(used.size).toBeGreaterThan(30);
  });
});
