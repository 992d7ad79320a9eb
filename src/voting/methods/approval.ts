/**
 * Approval voting on graded ballots, docs/voting-rules.md §3.1: a voter approves c when
 * grade(c) >= the election's approval threshold (floor(max/2)+1 on a 0-based scale: 3 on
 * 0–5, 4 on 0–6, 1 on 0–1). Score = number of approving voters; the most approved win, ties
 * kept. If nobody approves anyone, every candidate ties at 0 and every candidate wins.
 *
 * Not this: approval read from ranked ballots (approve the top k), or a threshold chosen per
 * voter (e.g. "approve everyone above your mean grade"). A missing grade was replaced by the
 * election's default grade when the profile was built, so it approves only if that grade
 * reaches the threshold.
 */
import type { GradedProfile } from '../ballots.ts';
import { defineMethod } from '../method.ts';
import { argBest, names, scoreRecord, step, tiersFromScores, type Result, type Step } from '../result.ts';
import { MAX_CANDIDATES } from '../limits.ts';

/** Ballots of approvals: a 0..1 scale where 1 approves (a yes/no per candidate, no grades to speak of). */
export function approvalBallots(profile: GradedProfile): boolean {
  return profile.scale.min === 0 && profile.scale.max === 1 && profile.approvalThreshold === 1;
}

/** Number of voters approving each candidate. */
function approvalCounts(profile: GradedProfile): Float64Array {
  const m = profile.candidates.length;
  const approvals = new Float64Array(m);
  const { grades, counts, approvalThreshold } = profile;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    const w = counts[g];
    for (let c = 0; c < m; c++) if (grades[base + c] >= approvalThreshold) approvals[c] += w;
  }
  return approvals;
}

export const approval = defineMethod({
  info: {
    id: 'approval',
    name: { fr: 'Vote par approbation', en: 'Approval voting' },
    description: {
      fr: 'Chacun dit « oui » à autant de candidats qu’il veut ; celui qui reçoit le plus de « oui » gagne.',
      en: 'Everyone says “yes” to as many candidates as they like; the one with the most “yes” wins.',
    },
    ballot: 'graded',
    family: 'graded',
    winners: 'single',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    // Not pareto: two candidates both below the threshold on every ballot tie, even if every
    // voter grades one of them higher. Not majority: a majority's favourite can be out-approved.
    criteria: ['anonymity', 'neutrality', 'monotonicity', 'participation'],
  },
  count(profile: GradedProfile): Result {
    const { candidates } = profile;
    const approvals = approvalCounts(profile);
    const best = argBest(approvals);
    const winners = names(candidates, best);
    const top = best.length > 0 ? approvals[best[0]] : 0;
    const steps: Step[] = [
      // Approval ballots (a 0..1 scale, approved at 1) are said as approvals, not as grades.
      approvalBallots(profile)
        ? step('approval.ballots', {})
        : step('approval.threshold', {
            threshold: profile.approvalThreshold,
            min: profile.scale.min,
            max: profile.scale.max,
          }),
      step('approval.counts', { approvals: scoreRecord(candidates, approvals), voters: profile.voters }),
    ];
    if (top === 0 && candidates.length > 0) steps.push(step('approval.nobody', { winners }));
    else steps.push(step('approval.winners', { winners, approvals: top }));
    return {
      method: 'approval',
      candidates,
      winners,
      seats: 1,
      ranking: tiersFromScores(candidates, approvals),
      scores: scoreRecord(candidates, approvals),
      steps,
    };
  },
});
