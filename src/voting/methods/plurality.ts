/**
 * plurality: first past the post, docs/voting-rules.md §2.1 and §5.
 *
 * Variant: score = first_All(c), the number of voters whose ballot puts c first; every
 * candidate with the highest score wins (ties are kept, never broken).
 *
 * Incomplete ballots (section 5): a ballot counts for the single candidate at its top rank;
 * if several candidates share that rank (an overvote) it counts for nobody; an empty ballot
 * counts for nobody. If nobody gets a vote at all, every candidate ties at 0 and all win.
 */
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, tiersFromScores, type Result, type Step } from '../result.ts';
import { allActive, firstChoices } from '../tallies.ts';
import { activeRecord } from './elimination.ts';
import { MAX_CANDIDATES } from '../limits.ts';

export const plurality = defineMethod({
  info: {
    id: 'plurality',
    name: { fr: 'Scrutin majoritaire à un tour', en: 'Plurality (first past the post)' },
    description: {
      fr: 'Seul le premier choix de chaque votant compte ; le candidat qui a le plus de voix gagne.',
      en: 'Only each voter’s first choice counts; the candidate with the most votes wins.',
    },
    ballot: 'ranked',
    family: 'plurality',
    winners: 'single',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto', 'monotonicity', 'participation', 'later-no-harm'],
  },
  count(profile): Result {
    const { candidates } = profile;
    const active = allActive(candidates.length);
    const { votes, exhausted, overvotes } = firstChoices(profile, active);
    const best = argBest(votes);
    const winners = sortNames(best.map((c) => candidates[c]));
    const steps: Step[] = [
      step('plurality.tally', { votes: activeRecord(candidates, votes, active), exhausted, overvotes }),
    ];
    if (exhausted > 0) steps.push(step('plurality.empty', { count: exhausted }));
    if (overvotes > 0) steps.push(step('plurality.overvotes', { count: overvotes }));
    steps.push(step('plurality.winners', { winners, count: winners.length, votes: best.length ? votes[best[0]] : 0 }));
    return {
      method: 'plurality',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, votes),
      scores: Object.fromEntries(candidates.map((name, c) => [name, votes[c]])),
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
});
