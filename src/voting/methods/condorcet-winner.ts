/**
 * The Condorcet winner (docs/voting-rules.md §2.16, condorcet-winner): the candidate c with M(c,y) > 0
 * against every other y, as a one-element list, or [] when there is none.
 *
 * Not this: the "weak" Condorcet winner, who only has to beat or tie everyone; a candidate
 * with one zero-margin duel is not returned.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { defineMethod } from '../method.ts';
import { condorcetWinnerIndex, pairwiseMatrix } from '../pairwise.ts';
import { names, scoreRecord, step, type Step } from '../result.ts';
import { matrixStep } from './condorcet-common.ts';

export const condorcetWinner = defineMethod({
  info: {
    id: 'condorcet-winner',
    name: { fr: 'Vainqueur de Condorcet', en: 'Condorcet winner' },
    description: {
      fr: 'Le candidat qui bat chacun des autres en duel, s’il existe ; sinon, personne.',
      en: 'The candidate who beats every other one in a one-on-one duel, if there is one; otherwise nobody.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'set',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet', 'condorcet-loser', 'smith', 'pareto'],
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const beaten = new Float64Array(m);
    const fails: Step[] = [];
    for (let x = 0; x < m; x++) {
      const stoppedBy: number[] = [];
      for (let y = 0; y < m; y++) {
        if (y === x) continue;
        if (matrix.margin[x * m + y] > 0) beaten[x]++;
        else stoppedBy.push(y);
      }
      if (stoppedBy.length > 0) {
        const losses = stoppedBy.filter((y) => matrix.margin[x * m + y] < 0);
        const ties = stoppedBy.filter((y) => matrix.margin[x * m + y] === 0);
        fails.push(
          step('condorcet-winner.fails', {
            name: candidates[x],
            by: names(candidates, stoppedBy),
            losses: names(candidates, losses),
            ties: names(candidates, ties),
          }),
        );
      }
    }
    const w = condorcetWinnerIndex(matrix);
    const winners = w === undefined ? [] : [candidates[w]];
    const steps: Step[] = [matrixStep('condorcet-winner', profile, matrix)];
    if (w === undefined) steps.push(...fails, step('condorcet-winner.none', {}));
    else steps.push(step('condorcet-winner.found', { winner: candidates[w], rivals: m - 1 }));
    return {
      method: 'condorcet-winner',
      candidates,
      winners,
      seats: 1,
      scores: scoreRecord(candidates, beaten),
      steps,
    };
  },
});
