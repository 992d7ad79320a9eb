import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { restrictedFirstChoices } from '../testing/reference.ts';
import { coombs } from './coombs.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('coombs', () => {
  it('spec example: A and B share the most last places and leave together; C wins', () => {
    // A>C>B, C>B>A. q = 2. Round 1: first A 1, C 1; last B 1, A 1 -> A and B go. Round 2: C 2.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = coombs.count(p);
    expect(r.winners).toEqual(['C']);
    expect(keys(r)).toEqual([
      'coombs.round',
      'coombs.lastPlaces',
      'coombs.eliminated',
      'coombs.round',
      'coombs.lastPlaces',
      'coombs.majority',
      'coombs.winners',
    ]);
    expect(paramsOf(r, 'coombs.round')[0]).toEqual({
      round: 1,
      votes: { A: 1, C: 1, B: 0 },
      quota: 2,
      continuing: 2,
      exhausted: 0,
      overvotes: 0,
    });
    expect(paramsOf(r, 'coombs.lastPlaces')[0]).toEqual({ round: 1, lastVotes: { C: 0, A: 1, B: 1 }, noLast: 0 });
    expect(paramsOf(r, 'coombs.eliminated')[0]).toEqual({ round: 1, eliminated: ['A', 'B'], count: 2, lastVotes: 1 });
    expect(paramsOf(r, 'coombs.majority')[0]).toEqual({ round: 2, winner: 'C', votes: 2, quota: 2 });
    expect(r.ranking).toEqual([['C'], ['A', 'B']]);
  });

  it('a first-choice majority wins before any elimination', () => {
    // A 3 of 5 first; A is also last on 2 ballots, but the majority check comes first.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
      ],
    );
    const r = coombs.count(p);
    expect(r.winners).toEqual(['A']);
    expect(keys(r)).toEqual(['coombs.round', 'coombs.lastPlaces', 'coombs.majority', 'coombs.winners']);
  });

  it('differs from IRV: the candidate most often last goes first', () => {
    // 4 A>B>C, 3 C>B>A, 2 B>C>A. n = 9, q = 5. Round 1: A 4, C 3, B 2; last: A 5, C 4.
    // A goes (IRV would drop B). Round 2: B vs C: C 3, B 4 + 2 = 6 >= 5: B wins.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 4 },
        { ranking: ['C', 'B', 'A'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
      ],
    );
    const r = coombs.count(p);
    expect(r.winners).toEqual(['B']);
    expect(paramsOf(r, 'coombs.lastPlaces')[0].lastVotes).toEqual({ B: 0, C: 4, A: 5 });
    expect(paramsOf(r, 'coombs.eliminated')[0]).toMatchObject({ eliminated: ['A'], lastVotes: 5 });
    expect(paramsOf(r, 'coombs.majority')[0]).toEqual({ round: 2, winner: 'B', votes: 6, quota: 5 });
    // Ranking: B, then C (still in at the end), then A. Scores: last places in each one's
    // last round; round 2 last places among B, C: C 4 + 2 = 6, B 3.
    expect(r.ranking).toEqual([['B'], ['C'], ['A']]);
    expect(r.scores).toEqual({ A: 5, B: 3, C: 6 });
  });

  it('section 5: a truncated ballot gives a last place only when one continuing candidate is unranked', () => {
    // [A, B] 2 (C last), [B] 2 (A and C unranked: no last place), [C, A, B] 1 (B last).
    // Round 1: first A 2, B 2, C 1; c = 5, q = 3. Last: C 2, B 1, A 0; 2 ballots give none. C goes.
    // Round 2: A 2 + 1 = 3 >= 3: A wins.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B'], count: 2 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C', 'A', 'B'], count: 1 },
      ],
    );
    const r = coombs.count(p);
    expect(r.winners).toEqual(['A']);
    expect(paramsOf(r, 'coombs.lastPlaces')[0]).toEqual({ round: 1, lastVotes: { A: 0, B: 1, C: 2 }, noLast: 2 });
    expect(paramsOf(r, 'coombs.noLast')[0]).toEqual({ round: 1, count: 2 });
    expect(paramsOf(r, 'coombs.eliminated')[0]).toMatchObject({ eliminated: ['C'], lastVotes: 2 });
    expect(paramsOf(r, 'coombs.majority')[0]).toEqual({ round: 2, winner: 'A', votes: 3, quota: 3 });
  });

  it('silent case: several continuing candidates sharing the lowest rank give no last place', () => {
    // 2 A>B>C>D (D last), 2 B>A>D>C (C last), 2 C>D>A>B (B last), 1 D>[A,B,C] (no last place).
    // n = 7, q = 4; first A 2, B 2, C 2, D 1. Last: B 2, C 2, D 2, A 0 -> B, C, D go; A wins.
    // (Giving each shared member a last place would remove only B and C.)
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 2 },
        { ranking: ['B', 'A', 'D', 'C'], count: 2 },
        { ranking: ['C', 'D', 'A', 'B'], count: 2 },
        { ranking: ['D', ['A', 'B', 'C']], count: 1 },
      ],
    );
    const r = coombs.count(p);
    expect(paramsOf(r, 'coombs.lastPlaces')[0]).toEqual({ round: 1, lastVotes: { A: 0, B: 2, C: 2, D: 2 }, noLast: 1 });
    expect(paramsOf(r, 'coombs.eliminated')[0]).toMatchObject({ eliminated: ['B', 'C', 'D'] });
    expect(r.winners).toEqual(['A']);
  });

  it('the quota counts non-exhausted ballots, as in IRV', () => {
    // [A, B, C] 2, [B, A, C] 1, [C] 2, [B, C, A] 1. n = 6, q = 4. Last: C 3, A 1 (+ [C]: two unranked, none).
    // C goes. Round 2: [C] 2 exhausted, c = 4, q = 3; A 2, B 2: no majority.
    // Last among A, B: [A,B,C] -> B 2, [B,A,C] -> A 1, [B,C,A] -> A 1; [C] -> none. A 2 = B 2: all tied.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 2 },
        { ranking: ['B', 'A', 'C'], count: 1 },
        { ranking: ['C'], count: 2 },
        { ranking: ['B', 'C', 'A'], count: 1 },
      ],
    );
    const r = coombs.count(p);
    expect(paramsOf(r, 'coombs.round')[1]).toMatchObject({
      votes: { A: 2, B: 2 },
      continuing: 4,
      exhausted: 2,
      quota: 3,
    });
    expect(paramsOf(r, 'coombs.allTied')[0]).toEqual({ round: 2, winners: ['A', 'B'], count: 2, lastVotes: 2 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        const r = coombs.count(rankedProfile(candidates, ballots));
        expect(r.winners).toEqual(naiveCoombs(candidates, ballots));
        expect(r.ranking!.flat().sort()).toEqual([...candidates].sort());
      }),
      { numRuns: 400 },
    );
  });
});

/** Coombs by the book, one voter at a time (sections 2 and 5, and the silent-case reading). */
function naiveCoombs(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const voters: string[][][] = [];
  for (const b of ballots) {
    const tiers = b.ranking.map((e) => (typeof e === 'string' ? [e] : [...e]));
    for (let i = 0; i < b.count; i++) voters.push(tiers);
  }
  const S = new Set(candidates);
  for (;;) {
    const { votes: first, exhausted } = restrictedFirstChoices(S, ballots);
    const last = new Map([...S].map((c) => [c, 0]));
    for (const v of voters) {
      const live = v.map((t) => t.filter((c) => S.has(c))).filter((t) => t.length > 0);
      const unranked = [...S].filter((c) => !live.some((t) => t.includes(c)));
      if (unranked.length === 1) last.set(unranked[0], last.get(unranked[0])! + 1);
      else if (unranked.length === 0 && live[live.length - 1].length === 1) {
        const c = live[live.length - 1][0];
        last.set(c, last.get(c)! + 1);
      }
    }
    const q = Math.floor((voters.length - exhausted) / 2) + 1;
    for (const [c, t] of first) if (t >= q) return [c];
    const max = Math.max(...last.values());
    const L = [...S].filter((c) => last.get(c) === max);
    if (L.length === S.size) return L.sort();
    for (const c of L) S.delete(c);
  }
}
