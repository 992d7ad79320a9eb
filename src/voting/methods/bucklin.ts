/**
 * bucklin: Bucklin voting, docs/voting-rules.md §2.7 and §5.
 *
 * Variant: top_k(c) = the voters ranking c in their first k places; take the SMALLEST k at
 * which some candidate has top_k(c) >= q = floor(n/2)+1, and elect every candidate with the
 * GREATEST top_k at that k. Not this: "simplified Bucklin", which elects everyone reaching q
 * at that round.
 *
 * Incomplete ballots (section 5: "ranked positions only; a shared rank counts for all its
 * members"). Where the spec is silent:
 * - "first k places" means the ballot's first k RANKS: a rank shared by several candidates
 *   (an overvote on a real ballot) counts for all of them from the round of that rank on,
 *   and the next rank is counted at the next round (as the columns of a paper ballot);
 * - unranked candidates never count; q stays a majority of ALL voters n (empty and short
 *   ballots were cast; Bucklin drops no ballot);
 * - if no candidate ever reaches q (short ballots), the count goes on to the last rank any
 *   ballot uses and the greatest total there wins. With complete ballots this cannot happen.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, tiersFromScores, type Result, type Step } from '../result.ts';
import { allActive, majorityQuota } from '../tallies.ts';
import { activeRecord } from './elimination.ts';

export const bucklin = defineMethod({
  info: {
    id: 'bucklin',
    name: { fr: 'Méthode de Bucklin', en: 'Bucklin voting' },
    description: {
      fr: 'On compte les premiers choix, puis on ajoute les deuxièmes, et ainsi de suite, jusqu’à ce qu’un candidat soit soutenu par la majorité.',
      en: 'Count first choices, then add second choices, and so on, until a candidate is backed by a majority.',
    },
    ballot: 'ranked',
    family: 'runoff',
    winners: 'single',
    // A round per candidate, each showing the candidates still in (docs/voting-rules.md §10).
    maxCandidates: 2000,
    criteria: ['anonymity', 'neutrality', 'majority', 'pareto', 'monotonicity'],
  },
  count(profile): Result {
    const { candidates } = profile;
    const m = candidates.length;
    const { depth, atRank } = votesByRank(profile);
    const quota = majorityQuota(profile.voters);
    const steps: Step[] = [step('bucklin.quota', { quota, voters: profile.voters })];
    const active = allActive(m);
    const top = new Float64Array(m);
    let round = 0;
    let reached: number[] = [];
    while (round < depth) {
      for (let c = 0; c < m; c++) top[c] += atRank[round * m + c];
      round++;
      steps.push(step('bucklin.round', { round, votes: activeRecord(candidates, top, active) }));
      reached = [];
      for (let c = 0; c < m; c++) if (top[c] >= quota) reached.push(c);
      if (reached.length > 0) break;
    }
    const best = argBest(top);
    const winners = sortNames(best.map((c) => candidates[c]));
    if (reached.length > 0) {
      steps.push(
        step('bucklin.reached', {
          round,
          reached: sortNames(reached.map((c) => candidates[c])),
          count: reached.length,
          quota,
        }),
      );
    } else {
      steps.push(step('bucklin.noMajority', { round, quota }));
    }
    steps.push(
      step('bucklin.winners', { round, winners, count: winners.length, votes: best.length ? top[best[0]] : 0 }),
    );
    return {
      method: 'bucklin',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, top),
      scores: Object.fromEntries(candidates.map((name, c) => [name, top[c]])),
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
});

/**
 * atRank[r*m+c]: voters putting c at rank r (a shared rank counts for every member), and
 * the number of ranks any ballot uses. One pass over the ranked candidates only: the tier
 * lists of a truncated election are much shorter than its rank vectors; complete ballots
 * read the contiguous rank vectors. (A small function of its own, so that the JIT compiles
 * its loop quickly even on the first count.)
 */
function votesByRank(profile: RankedProfile): { depth: number; atRank: Float64Array } {
  const { ranks, counts, tiers } = profile;
  const m = profile.candidates.length;
  if (profile.complete) {
    const atRank = new Float64Array(m * m);
    for (let g = 0, base = 0; g < counts.length; g++, base += m) {
      const w = counts[g];
      for (let c = 0; c < m; c++) atRank[ranks[base + c] * m + c] += w;
    }
    return { depth: counts.length > 0 ? m : 0, atRank }; // no ballot: no rank at all
  }
  let depth = 0;
  for (let g = 0; g < tiers.length; g++) if (tiers[g].length > depth) depth = tiers[g].length;
  const atRank = new Float64Array(depth * m);
  for (let g = 0; g < counts.length; g++) {
    const w = counts[g];
    const list = tiers[g];
    for (let r = 0, row = 0; r < list.length; r++, row += m) {
      const tier = list[r];
      for (let i = 0; i < tier.length; i++) atRank[row + tier[i]] += w;
    }
  }
  return { depth, atRank };
}
