/**
 * borda: the Borda count, docs/voting-rules.md §2.2 and §5.
 *
 * Variant: on a complete ballot of m candidates, position r (0 = top) is worth m-1-r
 * points (m-1 for first down to 0 for last); every candidate with the highest total wins.
 * The m..1 scale gives the same winners. Not this: the "modified" Borda count, where a
 * truncated ballot gives its top fewer points.
 *
 * Incomplete ballots (section 5): ranked candidates keep the points of their positions
 * (a truncated ballot still gives m-1 to its first), unranked candidates get 0, and
 * candidates sharing a rank share the points of the positions they cover equally. Points
 * are doubled inside (exact integers) and halved for the explanation and the scores.
 */
import type { RankedProfile } from '../ballots.ts';
import { defineMethod } from '../method.ts';
import { argBest, sortNames, step, tiersFromScores, type Result, type Step } from '../result.ts';
import { allActive, bordaDoubled, halve } from '../tallies.ts';
import { activeRecord } from './elimination.ts';
import { MAX_CANDIDATES } from '../limits.ts';

/**
 * Where each candidate's points come from, for the count to show them per rank ("5 × 1st =
 * 10 pts"): `byRank[c][p]`, the ballots placing c alone at position p (0 = first), each worth
 * m-1-p; `shared[c]` and `sharedPoints[c]`, the ballots where c shares its rank and the points
 * they gave (the positions covered, split equally). Unranked: no ballot, no point.
 */
function bordaByRank(profile: RankedProfile): {
  byRank: Record<string, number[]>;
  shared: Record<string, number>;
  sharedPoints: Record<string, number>;
} {
  const { candidates, tiers, counts } = profile;
  const m = candidates.length;
  const byRank = candidates.map(() => new Array<number>(m).fill(0));
  const shared = new Float64Array(m);
  const sharedDoubled = new Float64Array(m);
  for (let g = 0; g < counts.length; g++) {
    let p = 0;
    for (const tier of tiers[g]) {
      const s = tier.length;
      for (const c of tier) {
        if (s === 1) byRank[c][p] += counts[g];
        else {
          shared[c] += counts[g];
          sharedDoubled[c] += (m - 1 - p + (m - p - s)) * counts[g];
        }
      }
      p += s;
    }
  }
  const record = (f: (c: number) => number) => Object.fromEntries(candidates.map((n, c) => [n, f(c)]));
  return {
    byRank: Object.fromEntries(candidates.map((n, c) => [n, byRank[c]])),
    shared: record((c) => shared[c]),
    sharedPoints: record((c) => sharedDoubled[c] / 2),
  };
}

export const borda = defineMethod({
  info: {
    id: 'borda',
    name: { fr: 'Méthode de Borda', en: 'Borda count' },
    description: {
      fr: 'Chaque place sur un bulletin rapporte des points : plus un candidat est classé haut, plus il en gagne.',
      en: 'Each place on a ballot is worth points: the higher a candidate is ranked, the more points it gets.',
    },
    ballot: 'ranked',
    family: 'positional',
    winners: 'single',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    criteria: ['anonymity', 'neutrality', 'condorcet-loser', 'pareto', 'monotonicity', 'participation'],
  },
  count(profile): Result {
    const { candidates } = profile;
    const m = candidates.length;
    const active = allActive(m);
    const doubled = bordaDoubled(profile, active);
    const points = halve(doubled);
    const best = argBest(doubled);
    const winners = sortNames(best.map((c) => candidates[c]));
    const steps: Step[] = [step('borda.scale', { top: Math.max(m - 1, 0), count: m })];
    if (!profile.complete) steps.push(step('borda.incomplete', {}));
    steps.push(step('borda.points', { points: activeRecord(candidates, points, active), ...bordaByRank(profile) }));
    steps.push(step('borda.winners', { winners, count: winners.length, points: best.length ? points[best[0]] : 0 }));
    return {
      method: 'borda',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, doubled),
      scores: Object.fromEntries(candidates.map((name, c) => [name, points[c]])),
      ...(winners.length > 1 ? { tie: { tied: winners, places: 1 } } : {}),
      steps,
    };
  },
});
