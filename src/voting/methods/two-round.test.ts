import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { rankOf, restrictedFirstChoices } from '../testing/reference.ts';
import { twoRound } from './two-round.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('two-round', () => {
  it('spec example: A, C and D tie first; C and A win, D loses', () => {
    // C>B>A>D, D>C>A>B, A>C>B>D. A, C, D have 1 each: runoffs A–C, A–D, C–D.
    // A–C: 1 vs 2 (C). A–D: 2 vs 1 (A). C–D: 2 vs 1 (C). Winners: A, C.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['C', 'B', 'A', 'D'], count: 1 },
        { ranking: ['D', 'C', 'A', 'B'], count: 1 },
        { ranking: ['A', 'C', 'B', 'D'], count: 1 },
      ],
    );
    const r = twoRound.count(p);
    expect(r.winners).toEqual(['A', 'C']);
    expect(keys(r)).toEqual([
      'two-round.firstRound',
      'two-round.tiedFirst',
      'two-round.runoffs',
      'two-round.runoff',
      'two-round.runoff',
      'two-round.runoff',
      'two-round.winners',
    ]);
    expect(paramsOf(r, 'two-round.firstRound')[0].votes).toEqual({ A: 1, C: 1, D: 1, B: 0 });
    expect(paramsOf(r, 'two-round.runoffs')[0]).toEqual({
      pairs: [
        ['A', 'C'],
        ['A', 'D'],
        ['C', 'D'],
      ],
      count: 3,
    });
    expect(paramsOf(r, 'two-round.runoff')).toEqual([
      { a: 'A', b: 'C', forA: 1, forB: 2, winner: 'C', loser: 'A' },
      { a: 'A', b: 'D', forA: 2, forB: 1, winner: 'A', loser: 'D' },
      { a: 'C', b: 'D', forA: 2, forB: 1, winner: 'C', loser: 'D' },
    ]);
    expect(r.ranking).toEqual([['A', 'C'], ['D'], ['B']]);
    expect(r.scores).toEqual({ A: 1, B: 0, C: 1, D: 1 });
    // Official tie-break: A and C both had 1 first-round vote, so they stay tied.
    const tb = twoRound.officialTieBreak!(p, r, r.winners, 1);
    expect(tb.chosen).toEqual([]);
    expect(tb.stillTied).toEqual(['A', 'C']);
  });

  it('one leader meets every candidate with the second-highest distinct count', () => {
    // First round: A 3, B 2, C 2, D 1. Runoffs A–B and A–C.
    // A–B: A>B on 3 ballots, B>A on 2 + 2 + 1 = 5: B. A–C: 3 vs 5: C. The leader loses both.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 3 },
        { ranking: ['B', 'C', 'A', 'D'], count: 2 },
        { ranking: ['C', 'B', 'A', 'D'], count: 2 },
        { ranking: ['D', 'B', 'C', 'A'], count: 1 },
      ],
    );
    const r = twoRound.count(p);
    expect(r.winners).toEqual(['B', 'C']);
    expect(paramsOf(r, 'two-round.leaders')[0]).toEqual({
      first: 'A',
      firstVotes: 3,
      second: ['B', 'C'],
      count: 2,
      secondVotes: 2,
    });
    expect(paramsOf(r, 'two-round.runoff')).toEqual([
      { a: 'A', b: 'B', forA: 3, forB: 5, winner: 'B', loser: 'A' },
      { a: 'A', b: 'C', forA: 3, forB: 5, winner: 'C', loser: 'A' },
    ]);
    expect(r.ranking).toEqual([['B', 'C'], ['A'], ['D']]);
  });

  it('a tied runoff makes both winners; the official rule prefers the larger first-round count', () => {
    // 2 A>B>C, 1 B>A>C, 1 C>B>A. First round A 2, B 1, C 1: runoffs A–B and A–C.
    // A–B: 2 vs 2, both win. A–C: 3 vs 1, A. Winners A, B; official: A (2 > 1).
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 2 },
        { ranking: ['B', 'A', 'C'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = twoRound.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(paramsOf(r, 'two-round.runoffTie')).toEqual([{ a: 'A', b: 'B', forA: 2, forB: 2 }]);
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
    const tb = twoRound.officialTieBreak!(p, r, r.winners, 1);
    expect(tb.chosen).toEqual(['A']);
    expect(tb.stillTied).toEqual([]);
    expect(tb.steps.map((s) => s.key)).toEqual(['two-round.tieBreakVotes', 'two-round.tieBreakChosen']);
    expect(tb.steps[0].params).toEqual({ votes: { A: 2, B: 1 } });
  });

  it('official rule with several levels: chosen best first, the boundary group stays tied', () => {
    // First round: A 3, B 2, C 2, D 1 (the election of the second test). Tied A, B, C, D for 2 places:
    // A first, then B and C level for one place.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B', 'C', 'D'], count: 3 },
        { ranking: ['B', 'C', 'A', 'D'], count: 2 },
        { ranking: ['C', 'B', 'A', 'D'], count: 2 },
        { ranking: ['D', 'B', 'C', 'A'], count: 1 },
      ],
    );
    const tb = twoRound.officialTieBreak!(p, twoRound.count(p), ['A', 'B', 'C', 'D'], 2);
    expect(tb.chosen).toEqual(['A']);
    expect(tb.stillTied).toEqual(['B', 'C']);
  });

  it('section 5: runoffs count ranked above unranked; overvotes and empty ballots skip round one', () => {
    // [A] 2, [B] 2, [C, B] 1, [[A, C]] 1, [] 1. Round one: A 2, B 2, C 1: runoff A–B.
    // A–B: A over B on [A] 2 and [[A, C]] 1 (A is ranked, B is not) -> 3;
    // B over A on [B] 2 and [C, B] 1 -> 3. A tie: both win.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 2 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C', 'B'], count: 1 },
        { ranking: [['A', 'C']], count: 1 },
        { ranking: [], count: 1 },
      ],
    );
    const r = twoRound.count(p);
    expect(paramsOf(r, 'two-round.firstRound')[0]).toEqual({ votes: { A: 2, B: 2, C: 1 }, exhausted: 1, overvotes: 1 });
    expect(paramsOf(r, 'two-round.runoffTie')).toEqual([{ a: 'A', b: 'B', forA: 3, forB: 3 }]);
    expect(r.winners).toEqual(['A', 'B']);
  });

  it('a majority in round one wins its runoff', () => {
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 1 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    expect(twoRound.count(p).winners).toEqual(['A']);
  });

  it('a single candidate wins without a runoff', () => {
    const r = twoRound.count(rankedProfile(['A'], [{ ranking: ['A'], count: 2 }]));
    expect(r.winners).toEqual(['A']);
    expect(keys(r)).toEqual(['two-round.firstRound', 'two-round.alone', 'two-round.winners']);
  });

  it('agrees with a per-voter reference on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        expect(twoRound.count(rankedProfile(candidates, ballots)).winners).toEqual(naiveTwoRound(candidates, ballots));
      }),
      { numRuns: 300 },
    );
  });
});

/** Two-round by the book: level of each candidate per ballot, Infinity when unranked. */
function naiveTwoRound(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const first = restrictedFirstChoices(new Set(candidates), ballots).votes;
  const distinct = [...new Set(first.values())].sort((a, b) => b - a);
  const F = candidates.filter((c) => first.get(c) === distinct[0]);
  const pairs: [string, string][] = [];
  if (F.length === 1) {
    for (const t of candidates.filter((c) => first.get(c) === distinct[1])) pairs.push([F[0], t]);
    if (pairs.length === 0) return F;
  } else {
    for (const x of F) for (const y of F) if (x < y) pairs.push([x, y]);
  }
  const won = new Set<string>();
  for (const [x, y] of pairs) {
    let d = 0;
    for (const b of ballots) {
      const lx = rankOf(b, x);
      const ly = rankOf(b, y);
      d += (lx < ly ? 1 : lx > ly ? -1 : 0) * b.count;
    }
    if (d >= 0) won.add(x);
    if (d <= 0) won.add(y);
  }
  return [...won].sort();
}
