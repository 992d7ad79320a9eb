/**
 * Schulze, beat-path method with margins (docs/voting-rules.md §2.9, schulze). The defeat graph has an
 * edge x→y of strength M(x,y) when M(x,y) > 0 (zero and negative margins are no edge).
 * p(x,y) = the strength of the strongest path from x to y (a path is as strong as its
 * weakest edge), 0 without a path, computed by Floyd–Warshall. Winners: every x with
 * p(x,y) >= p(y,x) for all y ≠ x — all the "potential winners", never tie-broken.
 *
 * Not this: Schulze's final tie-break by a random ballot, nor the "winning votes" strength
 * (with complete strict ballots it gives the same winners; with incomplete ballots this one
 * stays on margins).
 *
 * Ranking: candidates in tiers by the number of rivals y with p(x,y) >= p(y,x) (the winners
 * are exactly the ones with all m−1); that number is also the chart score.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { defineMethod } from '../method.ts';
import { matrixParam, pairwiseMatrix } from '../pairwise.ts';
import { names, scoreRecord, step, tiersFromScores, type Step } from '../result.ts';
import { matrixStep, SMITH_MONOTONIC_CRITERIA } from './condorcet-common.ts';

/** p(x,y) for every pair: widest paths on the positive margins (Floyd–Warshall). */
export function strongestPaths(m: number, margin: Float64Array): Float64Array {
  const strength = new Float64Array(m * m);
  for (let x = 0; x < m; x++) {
    for (let y = 0; y < m; y++) if (x !== y && margin[x * m + y] > 0) strength[x * m + y] = margin[x * m + y];
  }
  for (let k = 0; k < m; k++) {
    for (let i = 0; i < m; i++) {
      const viaK = strength[i * m + k];
      if (i === k || viaK === 0) continue;
      for (let j = 0; j < m; j++) {
        if (j === i || j === k) continue;
        const through = Math.min(viaK, strength[k * m + j]);
        if (through > strength[i * m + j]) strength[i * m + j] = through;
      }
    }
  }
  return strength;
}

/**
 * One strongest path from `from` to `to`, as names: the shortest path (breadth first) using
 * only defeats at least as strong as p(from,to), which exists by definition of p.
 */
function pathNames(
  candidates: readonly string[],
  margin: Float64Array,
  from: number,
  to: number,
  strength: number,
): string[] {
  const m = candidates.length;
  const previous = new Int32Array(m).fill(-1);
  previous[from] = from;
  const queue = [from];
  for (let head = 0; head < queue.length && previous[to] < 0; head++) {
    const x = queue[head];
    for (let y = 0; y < m; y++) {
      if (previous[y] < 0 && margin[x * m + y] >= strength && margin[x * m + y] > 0) {
        previous[y] = x;
        queue.push(y);
      }
    }
  }
  const out: string[] = [];
  for (let at = to; ; at = previous[at]) {
    out.unshift(candidates[at]);
    if (at === from) return out;
  }
}

export const schulze = defineMethod({
  info: {
    id: 'schulze',
    name: { fr: 'Schulze', en: 'Schulze' },
    description: {
      fr: 'On cherche pour chaque paire la plus solide chaîne de victoires en duel de l’un vers l’autre ; gagne qui n’est battu par aucune chaîne plus solide.',
      en: 'For each pair we look for the strongest chain of duel wins from one to the other; the winner is whoever no stronger chain beats.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    // Work cubic in the candidates (docs/voting-rules.md §10): about a second at 500.
    maxCandidates: 500,
    criteria: [...SMITH_MONOTONIC_CRITERIA, 'clone-independence'],
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const p = strongestPaths(m, matrix.margin);
    const atLeast = new Float64Array(m);
    const verdicts: Step[] = [];
    for (let x = 0; x < m; x++) {
      let strongestRival = -1;
      for (let y = 0; y < m; y++) {
        if (y === x) continue;
        if (p[x * m + y] >= p[y * m + x]) atLeast[x]++;
        // The rival with the strongest path over x (first by list order among equals).
        else if (strongestRival < 0 || p[y * m + x] > p[strongestRival * m + x]) strongestRival = y;
      }
      if (strongestRival < 0) {
        verdicts.push(step('schulze.unbeaten', { name: candidates[x] }));
      } else {
        const y = strongestRival;
        verdicts.push(
          step('schulze.beaten', {
            name: candidates[x],
            by: candidates[y],
            strength: p[y * m + x],
            against: p[x * m + y],
            path: pathNames(candidates, matrix.margin, y, x, p[y * m + x]),
            back: p[x * m + y] > 0 ? pathNames(candidates, matrix.margin, x, y, p[x * m + y]) : [],
          }),
        );
      }
    }
    const winnerIdx: number[] = [];
    for (let x = 0; x < m; x++) if (atLeast[x] === m - 1) winnerIdx.push(x);
    const winners = names(candidates, winnerIdx);
    return {
      method: 'schulze',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, atLeast),
      scores: scoreRecord(candidates, atLeast),
      steps: [
        matrixStep('schulze', profile, matrix),
        step('schulze.paths', { strengths: matrixParam(candidates, p) }),
        ...verdicts,
        step('schulze.winners', { winners, count: winners.length }),
      ],
    };
  },
});
