/**
 * anti-plurality: docs/voting-rules.md §2.3 and §5.
 *
 * Variant: last_All(c) = the number of voters ranking c last; every candidate with the
 * fewest last places wins (a candidate nobody ranks last has 0). Not this: "veto" scoring
 * that gives 1 point to everyone but the last (same winners on complete ballots, but it
 * is usually shown as points, here the figure is last places: lower is better).
 *
 * Incomplete ballots: the spec is silent; this follows section 5's rule for Coombs' last
 * places, the only last-place rule it gives. A ballot names a last place only if it ranks
 * every candidate or leaves exactly one unranked (that one is last); a ballot whose lowest
 * rank is shared by several candidates, or that leaves two or more unranked, names no last
 * place. See lastPlaces() in elimination.ts.
 */
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, tiersFromScores, type Result, type Step } from '../result.ts';
import { allActive } from '../tallies.ts';
import { activeRecord, lastPlaces } from './elimination.ts';
import { MAX_CANDIDATES } from '../limits.ts';

export const antiPlurality = defineMethod({
  info: {
    id: 'anti-plurality',
    name: { fr: 'Vote contre (anti-pluralité)', en: 'Anti-plurality' },
    description: {
      fr: 'Chacun vote contre son dernier choix ; le candidat le moins souvent mis en dernier gagne.',
      en: 'Everyone votes against their last choice; the candidate put last least often wins.',
    },
    ballot: 'ranked',
    family: 'positional',
    winners: 'single',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    criteria: ['anonymity', 'neutrality', 'monotonicity', 'participation'],
  },
  count(profile): Result {
    const { candidates } = profile;
    const active = allActive(candidates.length);
    const last = lastPlaces(profile, active);
    const best = argBest(last.votes, true);
    const winners = sortNames(best.map((c) => candidates[c]));
    const steps: Step[] = [
      step('anti-plurality.lastPlaces', {
        lastVotes: activeRecord(candidates, last.votes, active, true),
        noLast: last.none,
      }),
    ];
    if (last.none > 0) steps.push(step('anti-plurality.noLast', { count: last.none }));
    steps.push(
      step('anti-plurality.winners', {
        winners,
        count: winners.length,
        lastVotes: best.length ? last.votes[best[0]] : 0,
      }),
    );
    return {
      method: 'anti-plurality',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, last.votes, true),
      scores: Object.fromEntries(candidates.map((name, c) => [name, last.votes[c]])),
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
});
