/**
 * Score voting (range voting), docs/voting-rules.md §3.2: a candidate's score is the sum of its grades
 * over all voters (grade × count per ballot group); the highest sum wins, ties kept.
 *
 * Sums, not means: every ballot grades every candidate (a missing grade was already replaced
 * by the election's default grade when the profile was built), so the mean gives the same
 * winners and the sums stay whole numbers. Not this: means over the voters who graded a
 * candidate (with "no opinion" allowed), which can elect a candidate graded by a handful.
 */
import type { GradedProfile } from '../ballots.ts';
import { defineMethod } from '../method.ts';
import { argBest, names, scoreRecord, step, tiersFromScores, type Result } from '../result.ts';
import { MAX_CANDIDATES } from '../limits.ts';

/** Sum of grade × count per candidate: exact whole numbers (well under 2^53). */
export function gradeSums(profile: GradedProfile): Float64Array {
  const m = profile.candidates.length;
  const sums = new Float64Array(m);
  const { grades, counts } = profile;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    const w = counts[g];
    for (let c = 0; c < m; c++) sums[c] += grades[base + c] * w;
  }
  return sums;
}

export const score = defineMethod({
  info: {
    id: 'score',
    name: { fr: 'Vote par notes (somme)', en: 'Score voting' },
    description: {
      fr: 'Chacun note tous les candidats ; on additionne les notes et le plus gros total gagne.',
      en: 'Everyone grades every candidate; the grades are added up and the biggest total wins.',
    },
    ballot: 'graded',
    family: 'graded',
    winners: 'single',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    criteria: ['anonymity', 'neutrality', 'pareto', 'monotonicity', 'participation'],
  },
  count(profile: GradedProfile): Result {
    const { candidates } = profile;
    const sums = gradeSums(profile);
    const best = argBest(sums);
    const winners = names(candidates, best);
    return {
      method: 'score',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, sums),
      scores: scoreRecord(candidates, sums),
      steps: [
        step('score.sums', {
          sums: scoreRecord(candidates, sums),
          voters: profile.voters,
          min: profile.scale.min,
          max: profile.scale.max,
        }),
        step('score.winners', { winners, sum: best.length > 0 ? sums[best[0]] : 0 }),
      ],
    };
  },
});
