/**
 * Minimax, Simpson–Kramer (docs/voting-rules.md §2.11, minimax), margins version:
 * score(x) = max(0, max over y of M(y,x)), the size of x's worst defeat, or 0 if x has no
 * defeat. Winners: every candidate with the lowest score, never tie-broken.
 *
 * With complete strict ballots the "winning votes" and "pairwise opposition" versions pick
 * the same set; with incomplete ballots they can differ, and this one stays on margins.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { defineMethod } from '../method.ts';
import { pairwiseMatrix } from '../pairwise.ts';
import { argBest, names, scoreRecord, step, tiersFromScores, type Step } from '../result.ts';
import { matrixStep } from './condorcet-common.ts';

export const minimax = defineMethod({
  info: {
    id: 'minimax',
    name: { fr: 'Minimax', en: 'Minimax' },
    description: {
      fr: 'Chaque candidat est jugé sur son pire duel : celui dont la plus lourde défaite est la plus petite gagne.',
      en: 'Each candidate is judged by its worst duel: the one whose heaviest defeat is the smallest wins.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    // Not condorcet-loser nor smith: a Condorcet loser can have the mildest worst defeat.
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet', 'pareto', 'monotonicity'],
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const score = new Float64Array(m);
    const worstSteps: Step[] = [];
    for (let x = 0; x < m; x++) {
      let worst = 0;
      let by: number[] = [];
      for (let y = 0; y < m; y++) {
        if (y === x) continue;
        const d = matrix.margin[y * m + x];
        if (d <= 0) continue;
        if (d > worst) {
          worst = d;
          by = [y];
        } else if (d === worst) by.push(y);
      }
      score[x] = worst;
      worstSteps.push(
        worst > 0
          ? step('minimax.worst', { name: candidates[x], score: worst, by: names(candidates, by) })
          : step('minimax.unbeaten', { name: candidates[x], score: 0 }),
      );
    }
    const winners = names(candidates, argBest(score, true));
    const best = m > 0 ? Math.min(...score) : 0;
    return {
      method: 'minimax',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, score, true),
      scores: scoreRecord(candidates, score),
      steps: [
        matrixStep('minimax', profile, matrix),
        ...worstSteps,
        step('minimax.winners', { winners, count: winners.length, score: best }),
      ],
    };
  },
});
