/**
 * Sainte-Laguë (Webster) highest averages, docs/voting-rules.md §6.2: like D'Hondt but the divisors are
 * 1, 3, 5, ... (2 × seats held + 1), which treats small lists better. Votes per list are the
 * first choices of the ranked ballots (overvotes and empty ballots are not valid votes);
 * lists below options.threshold (share of the valid votes, exact) take no seat. A tie on the
 * quotient for the last seat(s) goes to the list with more votes; a remaining tie is reported.
 *
 * Not this: the "modified" Sainte-Laguë of Sweden or Norway (first divisor 1.4), nor D'Hondt.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import type { Result } from '../result.ts';
import { countAverages } from './apportionment.ts';
import { MAX_CANDIDATES, MAX_LIST_SEATS } from '../limits.ts';

const sainteLagueDivisor = (held: number): number => 2 * held + 1;

export const sainteLague = defineMethod({
  info: {
    id: 'sainte-lague',
    name: { fr: 'Proportionnelle de Sainte-Laguë', en: 'Sainte-Laguë list proportional' },
    description: {
      fr: 'On vote pour une liste ; chaque siège va à la liste qui a le plus de voix divisées par 1, puis 3, puis 5…',
      en: 'You vote for a list; each seat goes to the list with the most votes divided by 1, then 3, then 5…',
    },
    ballot: 'ranked',
    family: 'proportional',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: MAX_LIST_SEATS,
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto', 'proportionality'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    return countAverages('sainte-lague', profile, options, sainteLagueDivisor);
  },
});
