/**
 * The Smith set (docs/voting-rules.md §2.18, smith-set): the smallest non-empty set whose every member
 * beats every candidate outside it with a strictly positive margin. Computed as the top
 * strongly connected component of the "beats-or-ties" graph (edge x→y when M(x,y) >= 0),
 * so a candidate that ties a member is inside. A Condorcet winner gives a set of one.
 *
 * Not this: the Schwartz set (GOCHA), which can be smaller when pairwise ties exist.
 *
 * The ranking is the chain of all the components of that graph, best first: every member
 * of a tier beats every member of every lower tier.
 *
 * Incomplete ballots: only the margins change (docs/voting-rules.md §5, via pairwiseMatrix).
 */
import { defineMethod } from '../method.ts';
import { pairwiseMatrix } from '../pairwise.ts';
import { names, step } from '../result.ts';
import { beatsOrTiesComponents, matrixStep } from './condorcet-common.ts';

export const smithSet = defineMethod({
  info: {
    id: 'smith-set',
    name: { fr: 'Ensemble de Smith', en: 'Smith set' },
    description: {
      fr: 'Le plus petit groupe de candidats dont chacun bat en duel tous ceux qui sont hors du groupe.',
      en: 'The smallest group of candidates in which each one beats, in a duel, everyone outside the group.',
    },
    ballot: 'ranked',
    family: 'condorcet',
    winners: 'set',
    // m × m pairwise matrices, shown in the explanation (docs/voting-rules.md §10).
    maxCandidates: 1000,
    // Not pareto: a candidate that every voter ranks just below a member of a cycle is in
    // the set too (tested).
    criteria: ['anonymity', 'neutrality', 'majority', 'condorcet', 'condorcet-loser', 'smith'],
  },
  count(profile) {
    const { candidates } = profile;
    const matrix = pairwiseMatrix(profile);
    const tiers = beatsOrTiesComponents(matrix).map((t) => names(candidates, t));
    const winners = tiers[0] ?? [];
    const outside = tiers.slice(1).flat();
    return {
      method: 'smith-set',
      candidates,
      winners,
      seats: 1,
      ranking: tiers,
      steps: [
        matrixStep('smith-set', profile, matrix),
        step('smith-set.chain', { tiers, count: tiers.length }),
        step('smith-set.result', { winners, count: winners.length, outside }),
      ],
    };
  },
});
