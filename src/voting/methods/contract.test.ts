/**
 * One contract run over every registered method: empty election, a single ballot, unanimity,
 * everyone tied, a candidate nobody ranks, identical ballots split into several groups,
 * candidates listed in another order, ballots in another order — each with the result the
 * spec implies for that method.
 */
import { describe, expect, it } from 'vitest';
import {
  gradedProfile,
  rankedProfile,
  type GradedBallotInput,
  type Profile,
  type RankedBallotInput,
} from '../ballots.ts';
import type { CountOptions, MethodId } from '../method.ts';
import { METHOD_IDS } from '../method.ts';
import { methods } from './index.ts';
import type { Result } from '../result.ts';

const CANDIDATES = ['A', 'B', 'C', 'D'];
const SCALE = { min: 0, max: 5 };

/** Grades that say the same as a ranking: 5, 2, 1, 0 down the order (only the favourite approved). */
function gradesOf(ranking: readonly string[]): Record<string, number> {
  const values = [5, 2, 1, 0];
  return Object.fromEntries(ranking.map((c, i) => [c, values[i]]));
}

function build(
  id: MethodId,
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
  gradedBallots?: readonly GradedBallotInput[],
): Profile {
  if (methods[id].info.ballot === 'graded') {
    const input = gradedBallots ?? ballots.map((b) => ({ grades: gradesOf(b.ranking as string[]), count: b.count }));
    return gradedProfile(candidates, input, { scale: SCALE });
  }
  return rankedProfile(candidates, ballots);
}

function count(id: MethodId, profile: Profile, options: CountOptions = {}): Result {
  const seats = methods[id].info.winners === 'multi' ? 2 : undefined;
  // french-municipal: the second round, where the list with the most votes takes the bonus.
  const round = id === 'french-municipal' ? 2 : undefined;
  return methods[id].count(profile as never, {
    seats,
    round,
    seed: id === 'random-ballot' || id === 'sortition' ? 'contract' : undefined,
    ...options,
  });
}

const isSingle = (id: MethodId) => methods[id].info.winners === 'single' && !methods[id].info.random;
const multi = METHOD_IDS.filter((id) => methods[id].info.winners === 'multi' && !methods[id].info.random);
const lists: MethodId[] = ['dhondt', 'sainte-lague', 'largest-remainder', 'french-municipal'];

describe.each(METHOD_IDS.filter(isSingle))('one-winner method %s', (id) => {
  it('declares its metadata in French and English', () => {
    const { info } = methods[id];
    expect(info.id).toBe(id);
    for (const text of [info.name.fr, info.name.en, info.description.fr, info.description.en])
      expect(text.length).toBeGreaterThan(2);
  });

  it('elects everyone when nobody has voted', () => {
    expect(count(id, build(id, CANDIDATES, [])).winners).toEqual(CANDIDATES);
  });

  it('elects the favourite of a single ballot', () => {
    const r = count(id, build(id, CANDIDATES, [{ ranking: ['C', 'A', 'D', 'B'], count: 1 }]));
    // Anti-plurality only looks at last places: everyone but the last one ties.
    expect(r.winners).toEqual(id === 'anti-plurality' ? ['A', 'C', 'D'] : ['C']);
  });

  it('elects the unanimous favourite', () => {
    const r = count(id, build(id, CANDIDATES, [{ ranking: ['B', 'D', 'A', 'C'], count: 7 }]));
    expect(r.winners).toEqual(id === 'anti-plurality' ? ['A', 'B', 'D'] : ['B']);
  });

  it('keeps a perfect tie as a tie', () => {
    // A Latin square: every candidate is in every place exactly once.
    const cyclic = ['A>B>C>D', 'B>C>D>A', 'C>D>A>B', 'D>A>B>C'].map((s) => ({ ranking: s.split('>'), count: 3 }));
    const reversed = cyclic.map((b) => ({ ranking: [...b.ranking].reverse(), count: 3 }));
    expect(count(id, build(id, CANDIDATES, [...cyclic, ...reversed])).winners).toEqual(CANDIDATES);
  });

  it('never elects a candidate nobody ranks or grades above zero', () => {
    const ballots = [
      { ranking: ['A', 'B', 'C', 'D'], count: 3 },
      { ranking: ['B', 'A', 'C', 'D'], count: 2 },
      { ranking: ['C', 'B', 'A', 'D'], count: 2 },
    ];
    expect(count(id, build(id, CANDIDATES, ballots)).winners).not.toContain('D');
  });
});

describe.each(METHOD_IDS)('method %s', (id) => {
  const ballots: RankedBallotInput[] = [
    { ranking: ['A', 'B', 'C', 'D'], count: 4 },
    { ranking: ['B', 'C', 'A', 'D'], count: 3 },
    { ranking: ['C', 'A', 'B', 'D'], count: 2 },
    { ranking: ['D', 'C', 'B', 'A'], count: 2 },
  ];
  const reference = count(id, build(id, CANDIDATES, ballots));
  const pick = (r: Result) => ({
    winners: r.winners,
    ranking: r.ranking,
    scores: r.scores,
    seatsByList: r.seatsByList,
    elected: r.elected,
  });

  it('counts identical ballots split into several groups the same', () => {
    const split = ballots.flatMap((b) => Array.from({ length: b.count }, () => ({ ranking: b.ranking, count: 1 })));
    expect(pick(count(id, build(id, CANDIDATES, split)))).toEqual(pick(reference));
  });

  it('does not depend on the order the ballots come in', () => {
    expect(pick(count(id, build(id, CANDIDATES, [...ballots].reverse())))).toEqual(pick(reference));
  });

  it('does not depend on the order the candidates are listed in', () => {
    const r = count(id, build(id, ['D', 'B', 'C', 'A'], ballots));
    expect(r.winners).toEqual(reference.winners);
    if (reference.seatsByList) expect(r.seatsByList).toEqual(reference.seatsByList);
  });

  it('returns winners among the candidates, sorted, with an explanation', () => {
    expect(reference.method).toBe(id);
    expect([...reference.winners].sort()).toEqual(reference.winners);
    for (const w of reference.winners) expect(CANDIDATES).toContain(w);
    expect(reference.steps.length).toBeGreaterThan(0);
  });
});

describe.each(multi)('several-seat method %s', (id) => {
  it('fills the seats from a clear election', () => {
    const ballots = [
      { ranking: ['A', 'B', 'C', 'D'], count: 60 },
      { ranking: ['B', 'A', 'C', 'D'], count: 50 },
      { ranking: ['C', 'D', 'A', 'B'], count: 10 },
    ];
    const r = count(id, build(id, CANDIDATES, ballots), { seats: 2 });
    if (lists.includes(id)) {
      const seats = Object.values(r.seatsByList ?? {}).reduce((a, b) => a + b, 0);
      expect(seats).toBe(2);
    } else {
      expect(r.winners).toEqual(['A', 'B']);
    }
  });

  it('reports a tie for the last seat instead of choosing', () => {
    const ballots = [
      { ranking: ['A', 'B', 'C', 'D'], count: 10 },
      { ranking: ['B', 'A', 'C', 'D'], count: 10 },
    ];
    const r = count(id, build(id, CANDIDATES, ballots), { seats: 1 });
    expect(r.winners).toEqual(['A', 'B']);
    expect(r.tie?.tied).toEqual(['A', 'B']);
  });
});
