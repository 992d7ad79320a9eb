import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { VotingError } from '../errors.ts';
import type { Step } from '../result.ts';
import { mulDivFloor, stv } from './stv.ts';

const stages = (steps: readonly Step[]) =>
  steps.filter((s) => s.key === 'stv.stage').map((s) => s.params as Record<string, unknown>);
const keys = (steps: readonly Step[]) => steps.map((s) => s.key);

describe('stv (Scottish WIGM)', () => {
  it('transfers a surplus at a truncated value and keeps the rounding loss apart', () => {
    // Hand count, 2 seats, 12 ballots: quota = floor(12/3)+1 = 5.
    // Stage 1: A 9, C 2, D 1, B 0. A elected; surplus 4 of 9.
    // Stage 2: value 100000 × 400000 / 900000 = 44444.4 → 44444 units (0.44444).
    //   B gets 6 × 0.44444 = 2.66664, C gets 2 + 3 × 0.44444 = 3.33332, lost 0.00004.
    // Stage 3: D (1) excluded, its ballot has no next choice: non-transferable 1.
    // Stage 4: B (2.66664) excluded: non-transferable 1 + 2.66664. C alone for 1 seat → elected.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'B'], count: 6 },
        { ranking: ['A', 'C'], count: 3 },
        { ranking: ['C'], count: 2 },
        { ranking: ['D'], count: 1 },
      ],
    );
    const r = stv.count(p, { seats: 2 });
    expect(r.winners).toEqual(['A', 'C']);
    expect(r.elected).toEqual(['A', 'C']);
    expect(r.seats).toBe(2);
    expect(r.scores).toEqual({ A: 9, B: 0, C: 2, D: 1 });
    expect(r.steps[0]).toEqual({ key: 'stv.quota', params: { valid: 12, empty: 0, seats: 2, quota: 5 } });
    expect(r.steps.find((s) => s.key === 'stv.surplus')?.params).toEqual({
      names: ['A'],
      surplus: { A: 4 },
      transferValue: { A: 0.44444 },
    });
    const st = stages(r.steps);
    expect(st.map((s) => s.kind)).toEqual(['first', 'surplus', 'exclusion', 'exclusion']);
    expect(st[1]).toMatchObject({
      stage: 2,
      from: ['A'],
      votes: { A: 5, B: 2.66664, C: 3.33332, D: 1 },
      transfers: { A: -4, B: 2.66664, C: 1.33332 },
      surplus: { A: 4 },
      transferValue: { A: 0.44444 },
      nonTransferable: 0,
      lost: 0.00004,
      quota: 5,
    });
    expect(st[2]).toMatchObject({ from: ['D'], nonTransferableTotal: 1, votes: { D: 0 } });
    expect(st[3]).toMatchObject({ from: ['B'], nonTransferableTotal: 3.66664, lostTotal: 0.00004 });
    expect(keys(r.steps)).toEqual([
      'stv.quota',
      'stv.stage',
      'stv.elected',
      'stv.surplus',
      'stv.stage',
      'stv.excluded',
      'stv.stage',
      'stv.excluded',
      'stv.stage',
      'stv.lastSeats',
      'stv.result',
    ]);
  });

  it('breaks a tie for exclusion by the most recent earlier stage where they differed', () => {
    // 1 seat, 14 ballots, quota 8. Stage 1: A 5, B 4, C 3, D 2. D excluded: 1 ballot to C,
    // 1 non-transferable. Stage 2: A 5, B 4, C 4: B and C tie; at stage 1 C had fewer → C out.
    // Stage 3: B 4 + 3 = 7, A 5: A excluded. Stage 4: B is the only one left → elected.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A'], count: 5 },
        { ranking: ['B'], count: 4 },
        { ranking: ['C', 'B'], count: 3 },
        { ranking: ['D', 'C'], count: 1 },
        { ranking: ['D'], count: 1 },
      ],
    );
    const r = stv.count(p);
    expect(r.winners).toEqual(['B']);
    expect(r.seats).toBe(1);
    const look = r.steps.find((s) => s.key === 'stv.tieLookBack');
    expect(look?.params).toEqual({ tied: ['B', 'C'], kept: ['C'], stage: 1, purpose: 'exclusion' });
    expect(r.steps.filter((s) => s.key === 'stv.excluded').map((s) => s.params.names)).toEqual([['D'], ['C'], ['A']]);
    expect(stages(r.steps)[2].votes).toMatchObject({ A: 5, B: 7, C: 0 });
  });

  it('excludes candidates tied at every stage together under tieBreak none, and draws under lot', () => {
    // 7 ballots, 1 seat, quota 4: A 3, B 2, C 2 and nothing earlier separates B and C.
    // none: both excluded together, their ballots pass to each other? No: both are gone,
    // so B>C and C>B become non-transferable and A (3) is elected alone.
    // lot: one of B, C is excluded and its 2 ballots give the other 4 = quota.
    const ballots: RankedBallotInput[] = [
      { ranking: ['A'], count: 3 },
      { ranking: ['B', 'C'], count: 2 },
      { ranking: ['C', 'B'], count: 2 },
    ];
    const p = rankedProfile(['A', 'B', 'C'], ballots);
    const none = stv.count(p);
    expect(none.winners).toEqual(['A']);
    expect(none.tie).toBeUndefined();
    expect(none.seed).toBeUndefined();
    expect(none.steps.find((s) => s.key === 'stv.excludedTogether')?.params).toEqual({ names: ['B', 'C'] });
    expect(none.steps.find((s) => s.key === 'stv.tieLookBack')).toBeUndefined();
    expect(none.steps.find((s) => s.key === 'stv.tieNeverSeparated')?.params).toEqual({
      tied: ['B', 'C'],
      purpose: 'exclusion',
    });

    const seen = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const lot = stv.count(p, { tieBreak: 'lot', seed });
      expect(lot.seed).toBe(seed);
      const draw = lot.steps.find((s) => s.key === 'stv.lot');
      expect(draw?.params).toMatchObject({ tied: ['B', 'C'], seed, purpose: 'exclusion' });
      // The one not drawn for exclusion wins with 4 votes; the same seed gives the same draw.
      expect(lot.winners).toEqual([draw?.params.chosen === 'B' ? 'C' : 'B']);
      expect(stv.count(p, { tieBreak: 'lot', seed }).winners).toEqual(lot.winners);
      seen.add(lot.winners[0]);
    }
    expect(seen).toEqual(new Set(['B', 'C']));
  });

  it('reports a tie when excluding every tied candidate would leave too few', () => {
    // 3 seats, 12 ballots, quota 4. Stage 1: A 5 elected; its surplus 1 is non-transferable.
    // Stage 2: D 3, B 2, C 2 for 2 seats. B and C never differ; excluding both would leave
    // only D, so D is elected and B, C are tied for the last seat.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A'], count: 5 },
        { ranking: ['D'], count: 3 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 2 },
      ],
    );
    const r = stv.count(p, { seats: 3 });
    expect(r.elected).toEqual(['A', 'D']);
    expect(r.tie).toEqual({ tied: ['B', 'C'], places: 1 });
    expect(r.winners).toEqual(['A', 'B', 'C', 'D']);
    expect(r.steps.at(-2)).toEqual({ key: 'stv.tie', params: { tied: ['B', 'C'], places: 1 } });
    expect(stages(r.steps)[1]).toMatchObject({ nonTransferable: 1, votes: { A: 4 } });

    // Everyone tied from the start: all three share the 2 seats.
    const all = stv.count(
      rankedProfile(
        ['A', 'B', 'C'],
        ['A', 'B', 'C'].map((c) => ({ ranking: [c], count: 2 })),
      ),
      { seats: 2 },
    );
    expect(all.elected).toEqual([]);
    expect(all.tie).toEqual({ tied: ['A', 'B', 'C'], places: 2 });
    expect(all.winners).toEqual(['A', 'B', 'C']);
  });

  it('transfers equal surpluses together when nothing separates them', () => {
    // 3 seats, 10 ballots, quota 3. A 4 and B 4 are elected with equal surpluses (1 of 4):
    // both are transferred in stage 2 at value 0.25: C 1 + 1, D 1 + 1. Then C and D tie
    // (also equal at stage 1) for the last seat and are reported.
    const p = rankedProfile(
      ['A', 'B', 'C', 'D'],
      [
        { ranking: ['A', 'C'], count: 4 },
        { ranking: ['B', 'D'], count: 4 },
        { ranking: ['C'], count: 1 },
        { ranking: ['D'], count: 1 },
      ],
    );
    const r = stv.count(p, { seats: 3 });
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.tie).toEqual({ tied: ['C', 'D'], places: 1 });
    expect(r.steps.find((s) => s.key === 'stv.surplusTogether')?.params).toEqual({ names: ['A', 'B'] });
    expect(stages(r.steps)[1]).toMatchObject({
      from: ['A', 'B'],
      transferValue: { A: 0.25, B: 0.25 },
      votes: { A: 3, B: 3, C: 2, D: 2 },
    });
  });

  it('treats an equal rank among continuing candidates as non-transferable (docs/voting-rules.md §5)', () => {
    // 15 ballots, 1 seat, quota 8. Stage 1: X 6, B 4, A 3, C 2. C excluded (non-transferable).
    // Then A excluded: its ballots rank B and C equal, but C is out, so they go to B (7).
    // X (6) is excluded and B, alone, is elected.
    const p = rankedProfile(
      ['A', 'B', 'C', 'X'],
      [
        { ranking: ['X'], count: 6 },
        { ranking: ['B'], count: 4 },
        { ranking: ['A', ['B', 'C']], count: 3 },
        { ranking: ['C'], count: 2 },
      ],
    );
    expect(stv.count(p).winners).toEqual(['B']);
    // With C still in the count when A goes (C 5), the same 3 ballots are non-transferable.
    const q = rankedProfile(
      ['A', 'B', 'C', 'X'],
      [
        { ranking: ['X'], count: 6 },
        { ranking: ['B'], count: 4 },
        { ranking: ['A', ['B', 'C']], count: 3 },
        { ranking: ['C'], count: 5 },
      ],
    );
    const r = stv.count(q);
    expect(stages(r.steps)[1]).toMatchObject({ from: ['A'], nonTransferable: 3, transfers: { A: -3 } });
    expect(r.winners).toEqual(['X']);
  });

  it('leaves empty ballots out of the quota; a shared first rank is counted but non-transferable', () => {
    // 7 non-empty ballots (2 empty ones are not counted): quota floor(7/2)+1 = 4.
    const p = rankedProfile(
      ['A', 'B', 'C'],
      [
        { ranking: ['A'], count: 3 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 1 },
        { ranking: [['B', 'C']], count: 1 },
        { ranking: [], count: 2 },
      ],
    );
    const r = stv.count(p);
    expect(r.steps[0].params).toEqual({ valid: 7, empty: 2, seats: 1, quota: 4 });
    expect(stages(r.steps)[0]).toMatchObject({ nonTransferableTotal: 1, votes: { A: 3, B: 2, C: 1 } });
    expect(r.winners).toEqual(['A']);
  });

  it('elects everyone when there are as many seats as candidates, and refuses more seats', () => {
    const p = rankedProfile(['A', 'B', 'C'], [{ ranking: ['B', 'A'], count: 3 }]);
    const r = stv.count(p, { seats: 3 });
    expect(r.winners).toEqual(['A', 'B', 'C']);
    expect(r.elected).toEqual(['B', 'A', 'C']);
    // Quota floor(3/4)+1 = 1: B reaches it at stage 1; A and C are then the only ones left for 2 seats.
    expect(r.steps.find((s) => s.key === 'stv.elected')?.params).toEqual({
      elected: ['B'],
      votes: [3],
      stage: 1,
      count: 1,
    });
    expect(r.steps.find((s) => s.key === 'stv.lastSeats')?.params).toMatchObject({
      elected: ['A', 'C'],
      stage: 1,
      count: 2,
    });
    // One seat per candidate at most (docs/voting-rules.md §10).
    expect(() => stv.count(p, { seats: 4 })).toThrow(
      expect.objectContaining({
        code: 'error.seatsAboveCandidates',
        params: { method: 'stv', seats: 4, candidates: 3 },
      }),
    );
  });

  it('rejects a number of seats that is not a whole number of at least 1', () => {
    const p = rankedProfile(['A', 'B'], [{ ranking: ['A'], count: 1 }]);
    for (const seats of [0, -1, 1.5, Number.NaN]) {
      expect(() => stv.count(p, { seats })).toThrow(VotingError);
      try {
        stv.count(p, { seats });
      } catch (e) {
        expect((e as VotingError).code).toBe('error.seats');
      }
    }
  });

  it('mulDivFloor is exact, also beyond 2^53', () => {
    expect(mulDivFloor(100000, 400000, 900000)).toBe(44444);
    expect(mulDivFloor(3, 3, 9)).toBe(1);
    expect(mulDivFloor(99999, 6_400_000_000, 6_400_000_001)).toBe(99998);
    expect(mulDivFloor(100000, 9e12, 9e12 + 1)).toBe(99999);
  });
});

// ---------------------------------------------------------------------------------------
// A reference count written differently: one object per voter, BigInt values, a fresh
// search of every ballot for its next continuing preference. Same rule and same tie policy
// ('none'), so it must give the same elected list and the same tie.
// ---------------------------------------------------------------------------------------
function referenceStv(cands: string[], ballots: RankedBallotInput[], seats: number) {
  const U = 100000n;
  type Voter = { ranks: string[][]; at: string | null; value: bigint };
  const voters: Voter[] = [];
  for (const b of ballots) {
    if (b.ranking.length === 0) continue;
    for (let i = 0; i < b.count; i++)
      voters.push({ ranks: b.ranking.map((e) => (typeof e === 'string' ? [e] : [...e])), at: null, value: U });
  }
  const quota = BigInt(Math.floor(voters.length / (seats + 1)) + 1) * U;
  const status = new Map(cands.map((c) => [c, 'c']));
  const tally = () => {
    const t = new Map(cands.map((c) => [c, 0n]));
    for (const v of voters) if (v.at) t.set(v.at, t.get(v.at)! + v.value);
    for (const c of cands) if (status.get(c) === 'e') t.set(c, kept.get(c) ?? t.get(c)!);
    return t;
  };
  const kept = new Map<string, bigint>();
  const moveOn = (v: Voter) => {
    v.at = null;
    for (const rank of v.ranks) {
      const live = rank.filter((c) => status.get(c) === 'c');
      if (live.length === 1) v.at = live[0];
      if (live.length > 0) break;
    }
    if (v.at === null) v.ranks = [];
  };
  voters.forEach(moveOn);
  const hist: Map<string, bigint>[] = [tally()];
  const elected: string[] = [];
  const pending: string[] = [];
  const cont = () => cands.filter((c) => status.get(c) === 'c');
  const back = (tied: string[], high: boolean) => {
    let k = tied;
    for (let s = hist.length - 2; s >= 0 && k.length > 1; s--) {
      const vals = k.map((c) => hist[s].get(c)!);
      const best = vals.reduce((a, b) => (high ? (b > a ? b : a) : b < a ? b : a));
      k = k.filter((c) => hist[s].get(c) === best);
    }
    return k;
  };
  const electAll = (list: string[], t: Map<string, bigint>) => {
    const sorted = [...list].sort((a, b) => {
      if (t.get(a) !== t.get(b)) return t.get(b)! > t.get(a)! ? 1 : -1;
      for (let s = hist.length - 2; s >= 0; s--)
        if (hist[s].get(a) !== hist[s].get(b)) return hist[s].get(b)! > hist[s].get(a)! ? 1 : -1;
      return a < b ? -1 : 1;
    });
    for (const c of sorted) {
      status.set(c, 'e');
      kept.set(c, t.get(c)!);
      elected.push(c);
      if (t.get(c)! > quota) pending.push(c);
    }
  };
  for (;;) {
    let t = hist[hist.length - 1];
    electAll(
      cont().filter((c) => t.get(c)! >= quota),
      t,
    );
    if (elected.length >= seats) return { elected, tie: undefined };
    if (cont().length <= seats - elected.length) {
      electAll(cont(), t);
      return { elected, tie: undefined };
    }
    if (pending.length > 0) {
      const top = pending.map((c) => t.get(c)!).reduce((a, b) => (b > a ? b : a));
      const group = back(
        pending.filter((c) => t.get(c) === top),
        true,
      );
      for (const c of group) {
        pending.splice(pending.indexOf(c), 1);
        const total = t.get(c)!;
        const surplus = total - quota;
        kept.set(c, quota);
        for (const v of voters) {
          if (v.at !== c) continue;
          v.value = (v.value * surplus) / total;
          moveOn(v);
        }
      }
    } else {
      const live = cont();
      const low = live.map((c) => t.get(c)!).reduce((a, b) => (b < a ? b : a));
      const tied = back(
        live.filter((c) => t.get(c) === low),
        false,
      );
      if (tied.length > 1 && live.length - tied.length < seats - elected.length) {
        electAll(
          live.filter((c) => !tied.includes(c)),
          t,
        );
        return { elected, tie: { tied: [...tied].sort(), places: seats - elected.length } };
      }
      for (const c of tied) status.set(c, 'x');
      for (const v of voters) if (v.at !== null && tied.includes(v.at)) moveOn(v);
    }
    t = tally();
    hist.push(t);
  }
}

describe('stv against a per-voter reference count', () => {
  it('agrees on random small elections (incomplete ballots and equal ranks included)', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    const ballot = (m: number) =>
      fc
        .tuple(
          fc.shuffledSubarray(names.slice(0, m)),
          fc.array(fc.boolean(), { maxLength: 6 }),
          fc.integer({ min: 1, max: 3 }),
        )
        .map(([order, joins, count]) => {
          // joins[i] puts order[i+1] in the same rank as order[i] (an equal rank).
          const ranking: (string | string[])[] = [];
          order.forEach((c, i) => {
            if (i > 0 && joins[i - 1]) {
              const last = ranking[ranking.length - 1];
              ranking[ranking.length - 1] = typeof last === 'string' ? [last, c] : [...last, c];
            } else ranking.push(c);
          });
          return { ranking, count };
        });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((m) =>
            fc.tuple(
              fc.constant(m),
              fc.array(ballot(m), { minLength: 1, maxLength: 16 }),
              fc.integer({ min: 1, max: 4 }),
            ),
          ),
        ([m, ballots, asked]) => {
          const seats = Math.min(asked, m); // one seat per candidate at most
          const cands = names.slice(0, m);
          const r = stv.count(rankedProfile(cands, ballots), { seats });
          const ref = referenceStv(cands, ballots, seats);
          expect(r.elected).toEqual(ref.elected);
          expect(r.tie).toEqual(ref.tie);
        },
      ),
      { numRuns: 800 },
    );
  });
});
