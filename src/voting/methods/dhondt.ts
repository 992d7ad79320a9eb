/**
 * D'Hondt (Jefferson) highest averages, docs/voting-rules.md §6.2. Votes per list are the first choices
 * of the ranked ballots (a list is a "candidate"; overvotes and empty ballots are not valid
 * votes). Lists below options.threshold (a share of the valid votes, compared exactly) take
 * no seat. Seat after seat, the list with the greatest votes / (seats held + 1) takes it:
 * divisors 1, 2, 3, ... A tie on the quotient for the last seat(s) goes to the list with more
 * votes; lists still tied are reported in `tie` (their seats are left out of seatsByList).
 *
 * Not this: Sainte-Laguë (divisors 1, 3, 5), Hare largest remainder, or a "modified" first
 * divisor; nor a tie broken by lot or by list order inside the count.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import type { Result } from '../result.ts';
import { countAverages } from './apportionment.ts';
import { MAX_CANDIDATES, MAX_LIST_SEATS } from '../limits.ts';

export const dhondtDivisor = (held: number): number => held + 1;

export const dhondt = defineMethod({
  info: {
    id: 'dhondt',
    name: { fr: 'Proportionnelle à la plus forte moyenne (D’Hondt)', en: 'D’Hondt list proportional' },
    description: {
      fr: 'On vote pour une liste ; chaque siège va à la liste qui a le plus de voix par siège déjà gagné plus un.',
      en: 'You vote for a list; each seat goes to the list with the most votes per seat already won plus one.',
    },
    ballot: 'ranked',
    family: 'proportional',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: MAX_LIST_SEATS,
    // With one seat it is plurality: the list with most first choices wins (ties kept).
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto', 'proportionality'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    return countAverages('dhondt', profile, options, dhondtDivisor);
  },
});
