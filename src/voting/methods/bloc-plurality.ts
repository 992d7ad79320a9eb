/**
 * Bloc plurality (plurality-at-large), docs/voting-rules.md §6.3, on ranked ballots: with k seats, each
 * voter supports the candidates in their first k places, one vote each; the k highest totals
 * win. Candidates tied at the boundary are all elected when they fit in the seats left,
 * otherwise they are reported in `tie` (winners = the elected plus the tied).
 * Incomplete ballots (docs/voting-rules.md §5): a truncated ballot supports only the candidates it
 * ranks (fewer than k if it ranks fewer); an empty ballot supports nobody. A shared rank is
 * supported only if it fits entirely within the first k places; a shared rank that crosses
 * the k-th place supports nobody (the voter would otherwise back more than k candidates,
 * and picking some of them would break a tie the voter left), and neither do later ranks.
 * With one seat this is plurality.
 *
 * Not this: limited voting (fewer votes than seats), cumulative voting, or reading a shared
 * rank as a fraction of a vote for each of its members.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import type { Result } from '../result.ts';
import { checkSeats } from './apportionment.ts';
import { committeeResult } from './bloc-approval.ts';
import { MAX_CANDIDATES } from '../limits.ts';

/** Voters supporting each candidate when each supports its top k places. */
function blocSupport(profile: RankedProfile, k: number): Float64Array {
  const m = profile.candidates.length;
  const support = new Float64Array(m);
  const { tiers, counts } = profile;
  for (let g = 0; g < counts.length; g++) {
    let placed = 0;
    for (const tier of tiers[g]) {
      if (placed + tier.length > k) break;
      for (const c of tier) support[c] += counts[g];
      placed += tier.length;
    }
  }
  return support;
}

export const blocPlurality = defineMethod({
  info: {
    id: 'bloc-plurality',
    name: { fr: 'Scrutin plurinominal majoritaire', en: 'Bloc plurality' },
    description: {
      fr: 'Pour k sièges, chacun soutient ses k premiers choix ; les k candidats les plus soutenus sont élus.',
      en: 'For k seats, everyone backs their top k choices; the k most backed candidates are elected.',
    },
    ballot: 'ranked',
    family: 'committee',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: 'candidates',
    // With one seat: plurality (a majority's favourite has the most first places; a
    // Pareto-dominated candidate has none).
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto'],
  },
  count(profile: RankedProfile, options?: CountOptions): Result {
    const seats = checkSeats(options);
    return committeeResult('bloc-plurality', profile.candidates, blocSupport(profile, seats), seats, profile.voters);
  },
});
