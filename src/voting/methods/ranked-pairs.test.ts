import { realElection } from '../../../tests/support/real-elections.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedProfile, type RankedBallotInput } from '../ballots.ts';
import { UNSORTED_NAMES, arbitraryRankedElection, orders } from '../testing/elections.ts';
import { referenceMargins } from '../testing/reference.ts';
import { rankedProfileFromOrders } from '../compact.ts';
import { condorcetMessages } from '../../i18n/messages/condorcet.ts';
import { VotingError } from '../errors.ts';
import { createRng } from '../rng.ts';
import { WORK_BUDGET, parallelUniverseWinners, rankedPairs } from './ranked-pairs.ts';
import { expectTemplates } from '../testing/templates.ts';

const count = (candidates: string[], ballots: RankedBallotInput[]) =>
  rankedPairs.count(rankedProfile(candidates, ballots));

// Random small elections (names deliberately not in alphabetical order), complete or not.
const electionArb = (maxM: number, complete: boolean) =>
  arbitraryRankedElection({
    names: UNSORTED_NAMES,
    minCandidates: 2,
    maxCandidates: maxM,
    maxBallots: 7,
    maxCount: 3,
    complete,
  });

type Margins = Record<string, Record<string, number>>;
interface Edge {
  x: string;
  y: string;
  w: number;
}

function defeatGroups(candidates: string[], M: Margins): Edge[][] {
  const edges: Edge[] = [];
  for (const x of candidates) for (const y of candidates) if (M[x][y] > 0) edges.push({ x, y, w: M[x][y] });
  const weights = [...new Set(edges.map((e) => e.w))].sort((a, b) => b - a);
  return weights.map((w) => edges.filter((e) => e.w === w));
}

/** Locks a sequence of defeats; returns the candidates nothing locked points into. */
function runOrder(candidates: string[], sequence: Edge[]): string[] {
  const out = new Map<string, string[]>(candidates.map((c) => [c, []]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    const todo = [from];
    while (todo.length) {
      const v = todo.pop()!;
      if (v === to) return true;
      for (const u of out.get(v)!) {
        if (!seen.has(u)) {
          seen.add(u);
          todo.push(u);
        }
      }
    }
    return false;
  };
  const entered = new Set<string>();
  for (const e of sequence) {
    if (reaches(e.y, e.x)) continue;
    out.get(e.x)!.push(e.y);
    entered.add(e.y);
  }
  return candidates.filter((c) => !entered.has(c));
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Reference 1: every tie-breaking order, one by one (undefined when there are too many). */
function referenceAllOrders(candidates: string[], M: Margins): string[] | undefined {
  const cw = candidates.filter((x) => candidates.every((y) => y === x || M[x][y] > 0));
  if (cw.length) return cw;
  const groups = defeatGroups(candidates, M);
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  if (groups.reduce((p, g) => p * fact(g.length), 1) > 5040) return undefined;
  let sequences: Edge[][] = [[]];
  for (const g of groups) sequences = sequences.flatMap((s) => permutations(g).map((p) => [...s, ...p]));
  const union = new Set<string>();
  for (const s of sequences) for (const c of runOrder(candidates, s)) union.add(c);
  return [...union].sort();
}

/** Reference 2: the spec's memoised search over (group, unused defeats, locked set), no pruning. */
function referenceMemo(candidates: string[], M: Margins): string[] {
  const cw = candidates.filter((x) => candidates.every((y) => y === x || M[x][y] > 0));
  if (cw.length) return cw;
  const groups = defeatGroups(candidates, M);
  const union = new Set<string>();
  const seen = new Set<string>();
  const visit = (g: number, unused: Edge[], locked: Edge[]) => {
    const key = `${g}|${unused.map((e) => e.x + e.y).join()}|${locked
      .map((e) => e.x + e.y)
      .sort()
      .join()}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (unused.length === 0) {
      if (g + 1 >= groups.length) for (const c of runOrder(candidates, locked)) union.add(c);
      else visit(g + 1, groups[g + 1], locked);
      return;
    }
    for (const e of unused) {
      const rest = unused.filter((f) => f !== e);
      visit(g, rest, reachesIn(locked, e.y, e.x) ? locked : [...locked, e]);
    }
  };
  visit(0, groups[0] ?? [], []);
  return [...union].sort();
}

function reachesIn(locked: Edge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length) {
    const v = todo.pop()!;
    if (v === to) return true;
    for (const e of locked) {
      if (e.x === v && !seen.has(e.y)) {
        seen.add(e.y);
        todo.push(e.y);
      }
    }
  }
  return false;
}

describe('ranked-pairs', () => {
  it('spec example: a cycle with equal margins elects all three', () => {
    // 3 voters A>B>C, B>C>A, C>A>B: A→B, B→C, C→A all with margin 1.
    // Canonical order A→B, B→C locked, C→A skipped (A→B→C): A wins that order; the other
    // orders make B and C win.
    const r = count(['A', 'B', 'C'], orders('1 ABC, 1 BCA, 1 CAB'));
    expect(r.winners).toEqual(['A', 'B', 'C']);
    const keys = r.steps.map((s) => s.key);
    expect(keys).toEqual([
      'ranked-pairs.matrix',
      'ranked-pairs.defeats',
      'ranked-pairs.ties',
      'ranked-pairs.lock',
      'ranked-pairs.lock',
      'ranked-pairs.skip',
      'ranked-pairs.orderWinners',
      'ranked-pairs.otherOrders',
      'ranked-pairs.winners',
    ]);
    expect(r.steps[5].params).toEqual({ winner: 'C', loser: 'A', margin: 1, path: ['A', 'B', 'C'] });
    expect(r.steps[6].params).toEqual({ winners: ['A'], count: 1 });
    expect(r.steps[7].params).toEqual({ extra: ['B', 'C'], count: 2 });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('distinct margins: one order, no tie note', () => {
    // 9 voters 4×A>B>C, 3×B>C>A, 2×C>A>B: B→C 5, A→B 3, C→A 1.
    // Lock B→C, lock A→B, skip C→A (A→B→C): A wins.
    const r = count(['A', 'B', 'C'], orders('4 ABC, 3 BCA, 2 CAB'));
    expect(r.winners).toEqual(['A']);
    expect(r.steps[1].params).toEqual({
      defeats: [
        { winner: 'B', loser: 'C', margin: 5 },
        { winner: 'A', loser: 'B', margin: 3 },
        { winner: 'C', loser: 'A', margin: 1 },
      ],
      count: 3,
    });
    expect(r.steps.map((s) => s.key)).not.toContain('ranked-pairs.ties');
    expectTemplates(condorcetMessages, r.steps);
  });

  it('a Condorcet winner is the only winner, at once', () => {
    const r = count(['A', 'B', 'C'], orders('2 BAC, 1 ACB'));
    expect(r.winners).toEqual(['B']);
    expect(r.steps.map((s) => s.key)).toEqual([
      'ranked-pairs.matrix',
      'ranked-pairs.condorcet',
      'ranked-pairs.winners',
    ]);
    expectTemplates(condorcetMessages, r.steps);
  });

  it('candidates joined only by zero margins win the same order together', () => {
    // 4 voters A>B>C, B>A>C, C>B>A, A>C>B: M(A,B) = 0, M(B,C) = 0, the only defeat is A→C (2).
    // Nothing points into A or B.
    const r = count(['A', 'B', 'C'], orders('1 ABC, 1 BAC, 1 CBA, 1 ACB'));
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.steps.find((s) => s.key === 'ranked-pairs.orderWinners')?.params).toEqual({
      winners: ['A', 'B'],
      count: 2,
    });
  });

  it('tie groups whose order does not matter say so', () => {
    // 5 voters A>D>C>B, D>C>B>A, 2×B>A>D>C, C>B>A>D.
    // Weight 3: B→A (4:1), A→D (4:1), D→C (4:1): a chain, locked in any order.
    // Weight 1: A→C (3:2) and B→D (3:2) are already implied; C→B (3:2) would close the
    // cycle B→A→D→C→B, so it is skipped in every order. B wins every order.
    const r = count(['A', 'B', 'C', 'D'], orders('1 ADCB, 1 DCBA, 2 BADC, 1 CBAD'));
    expect(r.winners).toEqual(['B']);
    expect(r.steps.find((t) => t.key === 'ranked-pairs.ties')?.params.count).toBe(2);
    expect(r.steps.find((t) => t.key === 'ranked-pairs.skip')?.params).toEqual({
      winner: 'C',
      loser: 'B',
      margin: 1,
      path: ['B', 'A', 'C'],
    });
    expect(r.steps.at(-2)).toEqual({ key: 'ranked-pairs.sameInAllOrders', params: {} });
    expectTemplates(condorcetMessages, r.steps);
  });

  it('incomplete ballots use the section 5 margins', () => {
    // [A,B], [B,C], [C,A]: ballot 3 ranks A over unranked B, so A–B 2:1; likewise B–C 2:1
    // and C–A 2:1: a cycle with margins 1, all three win.
    const r = count(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B'], count: 1 },
        { ranking: ['B', 'C'], count: 1 },
        { ranking: ['C', 'A'], count: 1 },
      ],
    );
    expect(r.winners).toEqual(['A', 'B', 'C']);
    // A shared rank takes a side out: with [[A,B],C] instead of [A,B], A–B is 1:1, B–C 2:1
    // and C–A 2:1. Defeats B→C and C→A (weight 1) are both locked in either order: B wins.
    const t = count(
      ['A', 'B', 'C'],
      [
        { ranking: [['A', 'B'], 'C'], count: 1 },
        { ranking: ['B', 'C'], count: 1 },
        { ranking: ['C', 'A'], count: 1 },
      ],
    );
    expect(t.winners).toEqual(['B']);
  });

  it('stops with a clear error when the search passes its budget', () => {
    // The spec cycle with a budget of 0: the search for B cannot even start.
    const groups = [
      [
        { id: 0, x: 0, y: 1, weight: 1 },
        { id: 1, x: 1, y: 2, weight: 1 },
        { id: 2, x: 2, y: 0, weight: 1 },
      ],
    ];
    const call = () => parallelUniverseWinners(3, groups, Uint8Array.of(1, 1, 1), [0], 0);
    expect(call).toThrow(VotingError);
    const error = (() => {
      try {
        call();
      } catch (e) {
        return e as VotingError;
      }
    })();
    expect(error?.code).toBe('ranked-pairs.tooManyOrders');
    expectTemplates(condorcetMessages, [{ key: error!.code, params: error!.params }]);
    expect(parallelUniverseWinners(3, groups, Uint8Array.of(1, 1, 1), [0])).toEqual([0, 1, 2]);
  });

  it('agrees with trying every tie-breaking order (up to 5 candidates, complete and incomplete)', () => {
    for (const complete of [true, false]) {
      fc.assert(
        fc.property(electionArb(5, complete), ({ candidates, ballots }) => {
          const M = referenceMargins(candidates, ballots);
          const expected = referenceAllOrders(candidates, M);
          if (!expected) return;
          const r = count(candidates, ballots);
          expect(r.winners).toEqual(expected);
          const shown = r.steps.find((s) => s.key === 'ranked-pairs.orderWinners');
          if (shown) for (const c of shown.params.winners as string[]) expect(expected).toContain(c);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('agrees with the plain memoised search of the spec on 6 candidates', () => {
    fc.assert(
      fc.property(electionArb(6, false), electionArb(6, true), (a, b) => {
        for (const { candidates, ballots } of [a, b]) {
          expect(count(candidates, ballots).winners).toEqual(
            referenceMemo(candidates, referenceMargins(candidates, ballots)),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts large elections: 100,000 random ballots over 12 candidates, and San Francisco 2011 with and without its winner', () => {
    // How long these take is measured by the bench (scripts/bench/engine.ts, sections b and c),
    // not here. The work is bounded all the same: a search past WORK_BUDGET throws.
    const rng = createRng('rp-12');
    const m = 12;
    const rows = new Uint8Array(100_000 * m);
    const row = Array.from({ length: m }, (_, i) => i);
    for (let v = 0; v < 100_000; v++) {
      for (let i = m - 1; i > 0; i--) {
        const j = rng.below(i + 1);
        [row[i], row[j]] = [row[j], row[i]];
      }
      rows.set(row, v * m);
    }
    const candidates = Array.from({ length: m }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const big = rankedProfileFromOrders(candidates, rows);
    expect(big.voters).toBe(100_000);
    expect(rankedPairs.count(big).winners).toEqual(['C04']);

    const sf = realElection('san-francisco-2011-mayor');
    const profile = rankedProfile(sf.candidates, sf.ballots);
    expect(rankedPairs.count(profile).winners).toEqual(['Ed Lee']);
    // Without Ed Lee, the 24 others.
    const others = sf.candidates.filter((c: string) => c !== 'Ed Lee');
    const restricted = rankedProfile(
      others,
      sf.ballots.map((b: RankedBallotInput) => ({
        ranking: b.ranking
          .map((e) => (typeof e === 'string' ? e : e.filter((c) => c !== 'Ed Lee')))
          .filter((e) => e !== 'Ed Lee' && e.length > 0),
        count: b.count,
      })),
    );
    expect(restricted.candidates).toHaveLength(24);
    expect(rankedPairs.count(restricted).winners).toEqual(['John Avalos']);
  });
});

describe('ranked-pairs work bound (docs/voting-rules.md §10)', () => {
  it('gives up on a 300-candidate election full of equal margins within its budget of elementary steps', () => {
    // 20 random ballots over 300 candidates: margins of 1 to 5, tens of thousands of ties.
    // The budget used to count closure updates (each m × ⌈m/32⌉ words here): this ran 47 s.
    const rng = createRng('rp-300');
    const m = 300;
    const candidates = Array.from({ length: m }, (_, i) => `C${i}`);
    const ballots = Array.from({ length: 20 }, () => {
      const order = [...candidates];
      for (let i = m - 1; i > 0; i--) {
        const j = rng.below(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      return { ranking: order, count: 1 + rng.below(5) };
    });
    let error: unknown;
    try {
      rankedPairs.count(rankedProfile(candidates, ballots));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'ranked-pairs.tooManyOrders', params: { limit: WORK_BUDGET, candidates: m } });
  });
});
