import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { arbitraryRankedElection } from '../testing/elections.ts';
import { restrictedFirstChoices } from '../testing/reference.ts';
import { irv } from './irv.ts';

const keys = (r: { steps: readonly { key: string }[] }) => r.steps.map((s) => s.key);
const paramsOf = (r: { steps: readonly { key: string; params: object }[] }, key: string) =>
  r.steps.filter((s) => s.key === key).map((s) => s.params as Record<string, unknown>);

describe('irv', () => {
  it('spec example: A and C leave together, B wins (not parallel-universe [A, B])', () => {
    // Round 1: B 2, A 1, C 1; q = 3. A and C are tied lowest and both go. Round 2: B 4.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['B', 'C', 'A'], count: 1 },
        { ranking: ['C', 'A', 'B'], count: 1 },
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['B']);
    expect(keys(r)).toEqual(['irv.round', 'irv.eliminated', 'irv.round', 'irv.majority', 'irv.winners']);
    const rounds = paramsOf(r, 'irv.round');
    expect(rounds[0]).toEqual({
      round: 1,
      votes: { B: 2, A: 1, C: 1 },
      quota: 3,
      continuing: 4,
      exhausted: 0,
      overvotes: 0,
    });
    expect(paramsOf(r, 'irv.eliminated')[0]).toEqual({ round: 1, eliminated: ['A', 'C'], count: 2, votes: 1 });
    expect(rounds[1].votes).toEqual({ B: 4 });
    expect(paramsOf(r, 'irv.majority')[0]).toEqual({ round: 2, winner: 'B', votes: 4, quota: 3 });
    expect(r.ranking).toEqual([['B'], ['A', 'C']]);
    expect(r.tie).toBeUndefined();
  });

  it('checks the majority before the first elimination', () => {
    // A 3 of 5 >= q = 3 in round 1, though C has 0 first choices.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 3 },
        { ranking: ['B', 'C', 'A'], count: 2 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['A']);
    expect(keys(r)).toEqual(['irv.round', 'irv.majority', 'irv.winners']);
    expect(r.ranking).toEqual([['A'], ['B'], ['C']]);
    expect(r.scores).toEqual({ A: 3, B: 2, C: 0 });
  });

  it('eliminates candidates with zero first choices and reports a full tie', () => {
    // A 1, B 1, C 0: C goes; then A 1, B 1 of 2 with q = 2: all tied, both win.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'C', 'B'], count: 1 },
        { ranking: ['B', 'C', 'A'], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    expect(paramsOf(r, 'irv.eliminated')[0]).toMatchObject({ eliminated: ['C'], votes: 0 });
    expect(paramsOf(r, 'irv.allTied')[0]).toEqual({ round: 2, winners: ['A', 'B'], count: 2, votes: 1 });
    expect(r.tie).toEqual({ tied: ['A', 'B'], places: 1 });
  });

  it('section 5: the quota counts only non-exhausted ballots', () => {
    // n = 6. Round 1: A 2, B 2, C 1, D 1, q = 4: C and D go. Round 2: [C] is exhausted,
    // [D, B] moves to B: A 2, B 3, c = 5, q = 3, so B wins now (with q = 4 over n it would not).
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A'], count: 2 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 1 },
        { ranking: ['D', 'B'], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['B']);
    const rounds = paramsOf(r, 'irv.round');
    // Traced, ballot by ballot: C's one ballot has no choice left, D's goes to B.
    expect(rounds[1]).toEqual({
      round: 2,
      votes: { B: 3, A: 2 },
      quota: 3,
      continuing: 5,
      exhausted: 1,
      overvotes: 0,
      transferred: { from: ['C', 'D'], to: { B: 1 }, exhausted: 1, overvoted: 0 },
    });
    expect(paramsOf(r, 'irv.exhausted')).toEqual([{ round: 2, count: 1 }]);
    expect(paramsOf(r, 'irv.majority')[0]).toEqual({ round: 2, winner: 'B', votes: 3, quota: 3 });
  });

  it('section 5: an overvote counts for nobody until its tie is broken by eliminations', () => {
    // n = 10. Round 1: A 3, B 3, C 2, overvote 1 ([B,C] first), empty 1; c = 9, q = 5: C goes.
    // Round 2: [C,B] -> B and [[B,C],A] -> B (C is out): B 3+2+1 = 6 >= 5.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 3 },
        { ranking: ['B', 'A'], count: 3 },
        { ranking: ['C', 'B'], count: 2 },
        { ranking: [['B', 'C'], 'A'], count: 1 },
        { ranking: [], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['B']);
    const rounds = paramsOf(r, 'irv.round');
    expect(rounds[0]).toEqual({
      round: 1,
      votes: { A: 3, B: 3, C: 2 },
      quota: 5,
      continuing: 9,
      exhausted: 1,
      overvotes: 1,
    });
    expect(paramsOf(r, 'irv.overvotes')).toEqual([{ round: 1, count: 1 }]);
    // B gained 3, but only C's 2 ballots were transferred: the third is the overvote C's exit freed.
    expect(rounds[1]).toEqual({
      round: 2,
      votes: { B: 6, A: 3 },
      quota: 5,
      continuing: 9,
      exhausted: 1,
      overvotes: 0,
      transferred: { from: ['C'], to: { B: 2 }, exhausted: 0, overvoted: 0 },
    });
  });

  it('ranks in reverse order of elimination, with scores from each last round', () => {
    // n = 13. R1: A 4, B 3, C 3, D 2, E 1 -> E. R2: A 4, C 4, B 3, D 2 -> D.
    // R3: B 5, A 4, C 4 -> A and C. R4: B 5 of c = 5 (8 exhausted), q = 3: B wins.
    const r = irv.count(fiveRounds());
    expect(r.winners).toEqual(['B']);
    expect(paramsOf(r, 'irv.eliminated').map((s) => s.eliminated)).toEqual([['E'], ['D'], ['A', 'C']]);
    expect(paramsOf(r, 'irv.round')[3]).toMatchObject({ votes: { B: 5 }, continuing: 5, exhausted: 8, quota: 3 });
    expect(r.ranking).toEqual([['B'], ['A', 'C'], ['D'], ['E']]);
    expect(r.scores).toEqual({ A: 4, B: 5, C: 4, D: 2, E: 1 });
  });

  it('official tie-break looks back to the most recent round where the tied differed', () => {
    // 3 A>B>C, 2 B>A>C, 1 C>B>A. R1: A 3, B 2, C 1, q = 4 -> C. R2: A 3, B 3: both win.
    // Looking back: round 1 had A 3, B 2, so A is chosen.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 3 },
        { ranking: ['B', 'A', 'C'], count: 2 },
        { ranking: ['C', 'B', 'A'], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    const tb = irv.officialTieBreak!(p, r, r.winners, 1);
    expect(tb.chosen).toEqual(['A']);
    expect(tb.stillTied).toEqual([]);
    expect(tb.steps.map((s) => s.key)).toEqual(['irv.tieBreakRound', 'irv.tieBreakChosen']);
    expect(tb.steps[0].params).toEqual({ round: 1, votes: { A: 3, B: 2 } });
  });

  it('official tie-break skips rounds where the tied were level, and settles sub-ties further back', () => {
    const p = fiveRounds();
    const r = irv.count(p);
    // A and C: 4 and 4 in rounds 3 and 2, 4 and 3 in round 1.
    const ac = irv.officialTieBreak!(p, r, ['A', 'C'], 1);
    expect(ac.chosen).toEqual(['A']);
    expect(ac.steps[0].params).toEqual({ round: 1, votes: { A: 4, C: 3 } });
    // A, B, C for 2 places: round 3 puts B (5) first, A and C (4) level; round 1 splits them.
    const abc = irv.officialTieBreak!(p, r, ['A', 'B', 'C'], 2);
    expect(abc.chosen).toEqual(['B', 'A']);
    expect(abc.steps.filter((s) => s.key === 'irv.tieBreakRound').map((s) => s.params.round)).toEqual([3, 1]);
  });

  it('official tie-break leaves candidates who never differed tied', () => {
    const p = rankedProfile(
      ['A', 'B'],
      [
        { ranking: ['A', 'B'], count: 1 },
        { ranking: ['B', 'A'], count: 1 },
      ],
    );
    const r = irv.count(p);
    expect(r.winners).toEqual(['A', 'B']);
    const tb = irv.officialTieBreak!(p, r, r.winners, 1);
    expect(tb.chosen).toEqual([]);
    expect(tb.stillTied).toEqual(['A', 'B']);
    expect(tb.steps.map((s) => s.key)).toEqual(['irv.tieBreakNever', 'irv.tieBreakStillTied']);
  });

  it('every ballot empty: everyone ties at 0', () => {
    const r = irv.count(rankedProfile(['A', 'B'], [{ ranking: [], count: 3 }]));
    expect(r.winners).toEqual(['A', 'B']);
    expect(paramsOf(r, 'irv.round')[0]).toMatchObject({ continuing: 0, quota: 1, exhausted: 3 });
  });

  it('agrees with a per-voter reference count on random incomplete elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection(), ({ candidates, ballots }) => {
        const r = irv.count(rankedProfile(candidates, ballots));
        expect(r.winners).toEqual(naiveIrv(candidates, ballots));
        expect(r.ranking!.flat().sort()).toEqual([...candidates].sort());
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the reference on random complete strict elections', () => {
    fc.assert(
      fc.property(arbitraryRankedElection({ complete: true }), ({ candidates, ballots }) => {
        expect(irv.count(rankedProfile(candidates, ballots)).winners).toEqual(naiveIrv(candidates, ballots));
      }),
      { numRuns: 300 },
    );
  });
});

function fiveRounds() {
  return rankedProfile(
    ['A', 'B', 'C', 'D', 'E'],
    [
      { ranking: ['A'], count: 4 },
      { ranking: ['B'], count: 3 },
      { ranking: ['C'], count: 3 },
      { ranking: ['D', 'B'], count: 2 },
      { ranking: ['E', 'C'], count: 1 },
    ],
  );
}

/** IRV by the book, ballot by ballot, with names and sets (docs/voting-rules.md §2.4 and §5). */
function naiveIrv(candidates: string[], ballots: RankedBallotInput[]): string[] {
  const voters = ballots.reduce((n, b) => n + b.count, 0);
  const S = new Set(candidates);
  for (;;) {
    const { votes: tally, exhausted } = restrictedFirstChoices(S, ballots);
    const q = Math.floor((voters - exhausted) / 2) + 1;
    for (const [c, t] of tally) if (t >= q) return [c];
    const min = Math.min(...tally.values());
    const L = [...S].filter((c) => tally.get(c) === min);
    if (L.length === S.size) return L.sort();
    for (const c of L) S.delete(c);
  }
}
