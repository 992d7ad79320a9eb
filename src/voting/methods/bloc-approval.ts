/**
 * Bloc approval (approval voting for a committee), docs/voting-rules.md §6.3, on graded ballots: a
 * voter approves c when grade(c) >= the election's approval threshold (docs/voting-rules.md §3.1),
 * as many candidates as they like; the k = options.seats highest approval totals win.
 * Candidates tied at the boundary are all elected when they fit in the seats left,
 * otherwise they are reported in `tie` (winners = the elected plus the tied). An ungraded
 * candidate got the election's default grade when the profile was built.
 *
 * Not this: proportional approval (PAV, SPAV, Phragmén), which discounts the approvals of
 * voters who already have a representative; nor "approve your top k" on ranked ballots.
 */
import type { GradedProfile } from '../ballots.ts';
import { defineMethod, type CountOptions } from '../method.ts';
import { names, scoreRecord, step, tiersFromScores, type Result } from '../result.ts';
import { checkSeats } from './apportionment.ts';
import { approvalBallots } from './approval.ts';
import { MAX_CANDIDATES } from '../limits.ts';

interface TopSelection {
  /** Candidates elected outright, best total first (equal totals in code-unit order). */
  readonly elected: number[];
  readonly tie?: { readonly tied: number[]; readonly places: number };
}

/**
 * The k highest totals (bloc methods). Candidates tied at the boundary are all elected if
 * they fit in the seats left, otherwise they are reported as a tie for those places.
 */
function topK(candidates: readonly string[], totals: ArrayLike<number>, k: number): TopSelection {
  const order = candidates
    .map((_, c) => c)
    .sort((a, b) => totals[b] - totals[a] || (candidates[a] < candidates[b] ? -1 : 1));
  if (order.length <= k) return { elected: order };
  const boundary = totals[order[k - 1]];
  const elected = order.filter((c) => totals[c] > boundary);
  const atBoundary = order.filter((c) => totals[c] === boundary);
  const places = k - elected.length;
  if (atBoundary.length === places) return { elected: [...elected, ...atBoundary] };
  return { elected, tie: { tied: atBoundary, places } };
}

/**
 * The Result of a "k highest totals" committee: `totals` per candidate, `seats` places.
 * Shared with bloc-plurality (same keys with its own prefix).
 */
export function committeeResult(
  method: 'bloc-plurality' | 'bloc-approval',
  candidates: readonly string[],
  totals: Float64Array,
  seats: number,
  voters: number,
): Result {
  const pick = topK(candidates, totals, seats);
  const elected = pick.elected.map((c) => candidates[c]);
  const steps = [step(`${method}.totals`, { totals: scoreRecord(candidates, totals), seats, voters })];
  if (elected.length > 0)
    steps.push(
      step(`${method}.elected`, { elected, totals: pick.elected.map((c) => totals[c]), count: elected.length }),
    );
  let tie: Result['tie'];
  if (pick.tie) {
    tie = { tied: names(candidates, pick.tie.tied), places: pick.tie.places };
    steps.push(step(`${method}.tie`, { tied: tie.tied, places: tie.places, total: totals[pick.tie.tied[0]] }));
  }
  return {
    method,
    candidates,
    winners: names(candidates, [...pick.elected, ...(pick.tie?.tied ?? [])]),
    seats,
    elected,
    ranking: tiersFromScores(candidates, totals),
    scores: scoreRecord(candidates, totals),
    steps,
    ...(tie ? { tie } : {}),
  };
}

function approvalTotals(profile: GradedProfile): Float64Array {
  const m = profile.candidates.length;
  const totals = new Float64Array(m);
  const { grades, counts, approvalThreshold } = profile;
  for (let g = 0, base = 0; g < counts.length; g++, base += m) {
    for (let c = 0; c < m; c++) if (grades[base + c] >= approvalThreshold) totals[c] += counts[g];
  }
  return totals;
}

export const blocApproval = defineMethod({
  info: {
    id: 'bloc-approval',
    name: { fr: 'Approbation plurinominale', en: 'Bloc approval' },
    description: {
      fr: 'Chacun dit « oui » à autant de candidats qu’il veut ; pour k sièges, les k candidats qui ont le plus de « oui » sont élus.',
      en: 'Everyone says “yes” to as many candidates as they like; for k seats, the k candidates with the most “yes” are elected.',
    },
    ballot: 'graded',
    family: 'committee',
    winners: 'multi',
    // Linear in the candidates: the ballot model's own limit (docs/voting-rules.md §10).
    maxCandidates: MAX_CANDIDATES,
    maxSeats: 'candidates',
    // Like approval: not pareto (two candidates both approved by everyone tie even if every
    // voter grades one higher), not majority.
    criteria: ['anonymity', 'neutrality'],
  },
  count(profile: GradedProfile, options?: CountOptions): Result {
    const seats = checkSeats(options);
    // Approval ballots (a 0..1 scale, approved at 1) are said as approvals, not as grades.
    const steps0 = approvalBallots(profile)
      ? step('bloc-approval.ballots', {})
      : step('bloc-approval.threshold', {
          threshold: profile.approvalThreshold,
          min: profile.scale.min,
          max: profile.scale.max,
        });
    const result = committeeResult('bloc-approval', profile.candidates, approvalTotals(profile), seats, profile.voters);
    return { ...result, steps: [steps0, ...result.steps] };
  },
});
