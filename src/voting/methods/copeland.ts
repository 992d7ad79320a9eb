/**
 * Copeland with ½-point ties (docs/voting-rules.md §2.8, copeland): score = (rivals beaten) − (rivals
 * that beat the candidate), a pairwise tie adds 0 — the same order as 1 / ½ / 0 points.
 * Winners: every candidate with the highest score, never tie-broken.
 *
 * Not this: Copeland⁰ (1/0/0, ties worth nothing) or Llull (1/1/0, ties worth a win); they
 * differ from this rule whenever a pairwise margin is 0.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix): a
 * voter counts for x over y when x is ranked strictly above y, ranked above unranked.
 */
import { defineMethod } from '../method.ts';
import { pairwiseMatrix } from '../pairwise.ts';
import { argBest, names, scoreRecord, step, tiersFromScores, type Step } from '../result.ts';
import { matrixStep, SMITH_MONOTONIC_CRITERIA } from './condorcet-common.ts';

export const copeland = defineMethod({
  info: {
    id: 'copeland',
    name: { fr: 'Copeland', en: 'Copeland' },
    description: {
      fr: 'On fait s’affronter les candidats deux à deux : un point par duel gagné, un point en moins par duel perdu ; le meilleur total gagne.',
      en: 'Candidates meet in one-on-one duels: a point for each duel won, a point off for each duel lost; the best total wins.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    criteria: SMITH_MONOTONIC_CRITERIA,
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const score = new Float64Array(m);
    const duelSteps: Step[] = [];
    for (let x = 0; x < m; x++) {
      const wins: number[] = [];
      const ties: number[] = [];
      const losses: number[] = [];
      for (let y = 0; y < m; y++) {
        if (y === x) continue;
        const d = matrix.margin[x * m + y];
        if (d > 0) wins.push(y);
        else if (d < 0) losses.push(y);
        else ties.push(y);
      }
      score[x] = wins.length - losses.length;
      duelSteps.push(
        step('copeland.duels', {
          name: candidates[x],
          won: wins.length,
          tied: ties.length,
          lost: losses.length,
          wins: names(candidates, wins),
          ties: names(candidates, ties),
          losses: names(candidates, losses),
          score: score[x],
        }),
      );
    }
    const winners = names(candidates, argBest(score));
    const best = m > 0 ? Math.max(...score) : 0;
    return {
      method: 'copeland',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, score),
      scores: scoreRecord(candidates, score),
      steps: [
        matrixStep('copeland', profile, matrix),
        ...duelSteps,
        step('copeland.winners', { winners, count: winners.length, score: best }),
      ],
    };
  },
});
