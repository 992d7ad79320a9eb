/**
 * Kemeny–Young (docs/voting-rules.md §2.12, kemeny-young). For an ordering R of all the candidates,
 * score(R) = the sum of M(x,y) over the pairs with x above y in R (the same as minimising
 * the total Kendall-tau distance to the ballots). Winners: every candidate ranked first in
 * at least one maximum-score ordering, never tie-broken.
 *
 * Not this: returning a single optimal ordering (ties between optimal orderings are kept
 * here as several winners), nor scoring with N(x,y) alone (on incomplete ballots the two
 * differ; this one uses margins).
 *
 * How: dynamic programming over subsets instead of trying m! orderings. f(S) = the best
 * score of an ordering of S alone = max over c in S of (sum over y in S\{c} of M(c,y)) +
 * f(S\{c}) (c placed first). c is first in some optimal ordering exactly when
 * sum_{y≠c} M(c,y) + f(All\{c}) = f(All). Row sums over a subset come from per-byte tables,
 * so the work is about 2^m × m × 3 additions and the memory 2^m numbers; beyond
 * MAX_CANDIDATES the count is refused rather than left to run for seconds.
 *
 * Explanation and ranking: the best score, one optimal ordering (at each place, the first
 * candidate by name that keeps the score optimal) and, for every candidate, the best score
 * of an ordering that puts it first (the chart score). The ranking is that optimal
 * ordering, one candidate per tier, when it is the only optimal one; when there are several,
 * the first tier holds every winner and the other candidates follow in the order of the
 * ordering shown.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { tooManyCandidates } from '../errors.ts';
import { defineMethod } from '../method.ts';
import { pairwiseMatrix } from '../pairwise.ts';
import { byCodeUnit, names, scoreRecord, step } from '../result.ts';
import { matrixStep, SMITH_MONOTONIC_CRITERIA } from './condorcet-common.ts';

/**
 * Measured on the 2-core development machine (Node 20): 20 candidates take 0.15–0.4 s and
 * 8 MB for f; 21 take 0.35–0.75 s, 22 about 1 s, 23 about 2.7 s (each one more doubles time
 * and memory). 20 keeps a school computer's browser responsive. Must stay <= 24 (3 bytes
 * of row-sum tables).
 */
export const KEMENY_MAX_CANDIDATES = 20;

export const kemenyYoung = defineMethod({
  info: {
    id: 'kemeny-young',
    name: { fr: 'Kemeny-Young', en: 'Kemeny–Young' },
    description: {
      fr: 'On cherche le classement complet qui contredit le moins les bulletins ; la tête de ce classement gagne.',
      en: 'We look for the full ranking that disagrees least with the ballots; whoever tops it wins.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    criteria: SMITH_MONOTONIC_CRITERIA,
    maxCandidates: KEMENY_MAX_CANDIDATES,
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    if (m > KEMENY_MAX_CANDIDATES) throw tooManyCandidates('kemeny-young', KEMENY_MAX_CANDIDATES, m);
    const matrix = pairwiseMatrix(profile);
    const M = matrix.margin;

    // table[(c*3 + k)*256 + v] = sum of M(c,y) over the bits y of byte v of chunk k.
    const table = new Float64Array(m * 3 * 256);
    for (let c = 0; c < m; c++) {
      for (let k = 0; k < 3; k++) {
        const base = (c * 3 + k) * 256;
        for (let v = 1; v < 256; v++) {
          const y = 8 * k + (31 - Math.clz32(v & -v));
          table[base + v] = table[base + (v & (v - 1))] + (y < m ? M[c * m + y] : 0);
        }
      }
    }
    const rowSum = (c: number, S: number): number => {
      const base = c * 768;
      return table[base + (S & 255)] + table[base + 256 + ((S >>> 8) & 255)] + table[base + 512 + ((S >>> 16) & 255)];
    };

    const size = 2 ** m;
    const f = new Float64Array(size);
    for (let S = 1; S < size; S++) {
      let best = -Infinity;
      for (let rest = S; rest !== 0; rest &= rest - 1) {
        const bit = rest & -rest;
        const c = 31 - Math.clz32(bit);
        const v = rowSum(c, S) + f[S ^ bit];
        if (v > best) best = v;
      }
      f[S] = best;
    }

    const all = size - 1;
    const firstScore = new Float64Array(m);
    const winnerIdx: number[] = [];
    for (let c = 0; c < m; c++) {
      firstScore[c] = rowSum(c, all) + f[all ^ (1 << c)];
      if (firstScore[c] === f[all]) winnerIdx.push(c);
    }
    const winners = names(candidates, winnerIdx);

    // One optimal ordering, choosing the first name whenever several keep the optimum.
    const order: string[] = [];
    let unique = true;
    for (let S = all; S !== 0;) {
      let pick = -1;
      let choices = 0;
      for (let c = 0; c < m; c++) {
        if (!(S & (1 << c)) || rowSum(c, S) + f[S ^ (1 << c)] !== f[S]) continue;
        choices++;
        if (pick < 0 || byCodeUnit(candidates[c], candidates[pick]) < 0) pick = c;
      }
      if (choices > 1) unique = false;
      order.push(candidates[pick]);
      S ^= 1 << pick;
    }
    const ranking = unique
      ? order.map((c) => [c])
      : [winners, ...order.filter((c) => !winners.includes(c)).map((c) => [c])];
    const score = f[all];

    return {
      method: 'kemeny-young',
      candidates,
      winners,
      seats: 1,
      ranking: m > 0 ? ranking : [],
      scores: scoreRecord(candidates, firstScore),
      steps: [
        matrixStep('kemeny-young', profile, matrix),
        step(unique ? 'kemeny-young.order' : 'kemeny-young.oneOrder', { score, order }),
        step('kemeny-young.firsts', { scores: scoreRecord(candidates, firstScore), best: score }),
        step('kemeny-young.winners', { winners, count: winners.length, score }),
      ],
    };
  },
});
