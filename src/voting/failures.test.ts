/**
 * Every witness of failures.ts is replayed: the election is counted and the criterion is
 * seen to break, with a sole winner; and no method claims a criterion it has a witness against.
 */
import { describe, expect, it } from 'vitest';
import { rankedProfile } from './ballots.ts';
import { FAILURES, type Failure } from './failures.ts';
import { countProfile, type MethodId } from './method.ts';
import { methods } from './methods/index.ts';
import { condorcetLoserIndex, condorcetWinnerIndex, pairwiseMatrix } from './pairwise.ts';
import { orders } from './testing/elections.ts';

type Group = { ranking: string[]; count: number };

/** `3 ABC, 2 BCA`: complete strict ballots, one letter per candidate. */
const strict = (text: string): Group[] => orders(text).map((b) => ({ ranking: b.ranking.map(String), count: b.count }));

const winners = (id: MethodId, candidates: string[], ballots: Group[]) =>
  countProfile(methods[id], rankedProfile(candidates, ballots)).winners;
const total = (ballots: readonly Group[]) => ballots.reduce((s, b) => s + b.count, 0);

/** `to` is `from` with `x` moved up and every other candidate in the same order. */
function isRaise(from: string, to: string, x: string): boolean {
  return (
    to.indexOf(x) < from.indexOf(x) &&
    to.replace(x, '') === from.replace(x, '') &&
    [...to].sort().join('') === [...from].sort().join('')
  );
}

function sole(list: readonly string[]): string {
  expect(list, 'a sole winner').toHaveLength(1);
  return list[0];
}

function replay(id: MethodId, f: Failure): void {
  const candidates = f.candidates.split(' ');
  const ballots = strict(f.ballots);
  for (const b of ballots) expect([...b.ranking].sort(), 'complete strict ballots').toEqual([...candidates].sort());
  const winner = sole(winners(id, candidates, ballots));
  const matrix = pairwiseMatrix(rankedProfile(candidates, ballots));
  switch (f.criterion) {
    case 'majority': {
      const favourite = candidates.find((c) => 2 * total(ballots.filter((b) => b.ranking[0] === c)) > total(ballots));
      expect(favourite, 'a majority favourite').toBeDefined();
      expect(winner).not.toBe(favourite);
      break;
    }
    case 'condorcet': {
      const cw = condorcetWinnerIndex(matrix);
      expect(cw, 'a Condorcet winner').toBeDefined();
      expect(winner).not.toBe(candidates[cw!]);
      break;
    }
    case 'condorcet-loser': {
      const cl = condorcetLoserIndex(matrix);
      expect(cl, 'a Condorcet loser').toBeDefined();
      expect(winner).toBe(candidates[cl!]);
      break;
    }
    case 'monotonicity': {
      const { candidate, count, from, to } = f.raise;
      expect(winner).toBe(candidate);
      expect(isRaise(from, to, candidate), `${to} raises ${candidate} in ${from}`).toBe(true);
      const group = ballots.find((b) => b.ranking.join('') === from);
      expect(group?.count ?? 0).toBeGreaterThanOrEqual(count);
      const after = [
        ...ballots.map((b) => (b === group ? { ...b, count: b.count - count } : b)),
        { ranking: [...to], count },
      ].filter((b) => b.count > 0);
      expect(winners(id, candidates, after)).not.toContain(candidate);
      break;
    }
    case 'participation': {
      const [added] = strict(f.added);
      const after = sole(winners(id, candidates, [...ballots, added]));
      expect(added.ranking.indexOf(winner), 'the new voters preferred the winner before').toBeLessThan(
        added.ranking.indexOf(after),
      );
      break;
    }
  }
}

describe.each(Object.entries(FAILURES) as [MethodId, readonly Failure[]][])('%s', (id, failures) => {
  it.each(failures.map((f) => [f.criterion, f] as const))('fails %s, as its witness shows', (_criterion, f) => {
    expect(methods[id].info.criteria).not.toContain(f.criterion);
    replay(id, f);
  });
});
