/**
 * Black's method (docs/voting-rules.md §2.15, black): the Condorcet winner (M(c,y) > 0 against every
 * other y) if there is one; otherwise the full Borda winner set (m−1 points for first place
 * down to 0 for last, highest total wins), never tie-broken.
 *
 * Not this: a Borda count restricted to the Smith set, or any tie-break among the Borda
 * winners. A weak Condorcet winner (who only ties someone) does not count.
 *
 * Incomplete ballots (docs/voting-rules.md §5): the margins via pairwiseMatrix; Borda via
 * bordaDoubled: ranked candidates keep the points of their positions, unranked ones get 0,
 * a shared rank splits the points of its positions (doubled points keep this exact).
 * The chart score is the Borda total (halved back for display) in both cases.
 */
import { defineMethod } from '../method.ts';
import { condorcetWinnerIndex, pairwiseMatrix } from '../pairwise.ts';
import { argBest, names, scoreRecord, step, type Step } from '../result.ts';
import { allActive, bordaDoubled, halve } from '../tallies.ts';
import { matrixStep } from './condorcet-common.ts';

export const black = defineMethod({
  info: {
    id: 'black',
    name: { fr: 'Black', en: 'Black' },
    description: {
      fr: 'Si un candidat bat tous les autres en duel, il gagne ; sinon, on compte les points de Borda.',
      en: 'If one candidate beats every other in a duel, it wins; otherwise, Borda points decide.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'single',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    // Not smith: without a Condorcet winner the Borda winner can lie outside the Smith set.
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet', 'condorcet-loser', 'pareto', 'monotonicity'],
  },
  count(profile) {
    const { candidates } = profile;
    const matrix = pairwiseMatrix(profile);
    const doubled = bordaDoubled(profile, allActive(candidates.length));
    const points = halve(doubled);
    const w = condorcetWinnerIndex(matrix);
    const steps: Step[] = [matrixStep('black', profile, matrix)];
    let winners: string[];
    if (w !== undefined) {
      winners = [candidates[w]];
      steps.push(step('black.condorcet', { winner: candidates[w] }));
    } else {
      const best = argBest(doubled);
      winners = names(candidates, best);
      steps.push(
        step('black.noCondorcet', {}),
        step('black.borda', { points: scoreRecord(candidates, points) }),
        step('black.winners', { winners, count: winners.length, points: best.length > 0 ? points[best[0]] : 0 }),
      );
    }
    return {
      method: 'black',
      candidates,
      winners,
      seats: 1,
      scores: scoreRecord(candidates, points),
      steps,
    };
  },
});
