/**
 * The Condorcet loser (docs/voting-rules.md §2.17, condorcet-loser): the candidate c with M(y,c) > 0 for
 * every other y, as a one-element list, or [] when there is none. A candidate that ties one
 * duel is not a Condorcet loser.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { defineMethod } from '../method.ts';
import { condorcetLoserIndex, pairwiseMatrix } from '../pairwise.ts';
import { names, scoreRecord, step, type Step } from '../result.ts';
import { matrixStep } from './condorcet-common.ts';

export const condorcetLoser = defineMethod({
  info: {
    id: 'condorcet-loser',
    name: { fr: 'Perdant de Condorcet', en: 'Condorcet loser' },
    description: {
      fr: 'Le candidat qui perd son duel contre chacun des autres, s’il existe ; sinon, personne.',
      en: 'The candidate who loses the one-on-one duel against every other one, if there is one; otherwise nobody.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'set',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    // It selects the candidate everyone beats: it satisfies none of the "good winner" criteria.
    criteria: ['anonymity', 'neutrality'],
  },
  count(profile) {
    const { candidates } = profile;
    const m = candidates.length;
    const matrix = pairwiseMatrix(profile);
    const defeats = new Float64Array(m);
    const escapes: Step[] = [];
    for (let x = 0; x < m; x++) {
      const notBeatenBy: number[] = [];
      for (let y = 0; y < m; y++) {
        if (y === x) continue;
        if (matrix.margin[y * m + x] > 0) defeats[x]++;
        else notBeatenBy.push(y);
      }
      if (notBeatenBy.length > 0) {
        const wins = notBeatenBy.filter((y) => matrix.margin[x * m + y] > 0);
        const ties = notBeatenBy.filter((y) => matrix.margin[x * m + y] === 0);
        escapes.push(
          step('condorcet-loser.escapes', {
            name: candidates[x],
            against: names(candidates, notBeatenBy),
            wins: names(candidates, wins),
            ties: names(candidates, ties),
          }),
        );
      }
    }
    const l = condorcetLoserIndex(matrix);
    const winners = l === undefined ? [] : [candidates[l]];
    const steps: Step[] = [matrixStep('condorcet-loser', profile, matrix)];
    if (l === undefined) steps.push(...escapes, step('condorcet-loser.none', {}));
    else steps.push(step('condorcet-loser.found', { loser: candidates[l], rivals: m - 1 }));
    return {
      method: 'condorcet-loser',
      candidates,
      winners,
      seats: 1,
      scores: scoreRecord(candidates, defeats),
      steps,
    };
  },
});
