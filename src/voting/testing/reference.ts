/**
 * Naive per-voter references for the method tests: each one reads the ballots as they were
 * written (names, lists of ranks), one ballot at a time, and asks the spec's plain question
 * (section 5 for truncated ballots and shared ranks). They are deliberately written unlike the
 * engine (no index arrays, no matrices, no incremental tallies) so that a test comparing the
 * two is an independent check. Used only by tests.
 */
import type { RankedBallotInput } from '../ballots.ts';

/** Position of the rank holding `name` on the ballot (0 = first), Infinity when unranked. */
export function rankOf(ballot: RankedBallotInput, name: string): number {
  const i = ballot.ranking.findIndex((e) => (typeof e === 'string' ? e === name : e.includes(name)));
  return i < 0 ? Infinity : i;
}

/**
 * First choices among the continuing candidates S: a voter's first rank that still holds one
 * of them counts for it when it holds only one; when it holds several the ballot is an
 * overvote (counts for nobody); with none left the ballot is exhausted.
 */
export function restrictedFirstChoices(
  S: ReadonlySet<string>,
  ballots: readonly RankedBallotInput[],
): { votes: Map<string, number>; exhausted: number; overvotes: number } {
  const votes = new Map([...S].map((c) => [c, 0]));
  let exhausted = 0;
  let overvotes = 0;
  for (const b of ballots) {
    const tier = b.ranking.map((e) => (typeof e === 'string' ? [e] : e)).find((t) => t.some((c) => S.has(c)));
    const live = tier ? tier.filter((c) => S.has(c)) : [];
    if (live.length === 0) exhausted += b.count;
    else if (live.length > 1) overvotes += b.count;
    else votes.set(live[0], votes.get(live[0])! + b.count);
  }
  return { votes, exhausted, overvotes };
}

/**
 * Doubled Borda points on the ballots restricted to S (doubled so that halves stay whole):
 * with k = |S|, a rank of s continuing candidates covering positions p..p+s-1 shares their
 * points k-1-p … k-s-p equally; unranked candidates get nothing.
 */
export function restrictedBordaDoubled(
  S: ReadonlySet<string>,
  ballots: readonly RankedBallotInput[],
): Map<string, number> {
  const k = S.size;
  const out = new Map([...S].map((c) => [c, 0]));
  for (const b of ballots) {
    let p = 0;
    for (const e of b.ranking) {
      const tier = (typeof e === 'string' ? [e] : e).filter((c) => S.has(c));
      if (tier.length === 0) continue;
      let sum = 0;
      for (let i = 0; i < tier.length; i++) sum += k - 1 - (p + i);
      for (const c of tier) out.set(c, out.get(c)! + ((2 * sum) / tier.length) * b.count);
      p += tier.length;
    }
  }
  return out;
}

/**
 * Pairwise support N(x, y), name → name: the voters who rank x above y, that is x ranked and
 * y unranked or at a later rank (section 5); shared ranks and two unranked names count for neither.
 */
export function pairwiseSupport(
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const x of candidates) {
    out[x] = {};
    for (const y of candidates) {
      let n = 0;
      for (const b of ballots) if (rankOf(b, x) < rankOf(b, y)) n += b.count;
      out[x][y] = n;
    }
  }
  return out;
}

/** Pairwise margins M(x, y) = N(x, y) − N(y, x), name → name. */
export function referenceMargins(
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
): Record<string, Record<string, number>> {
  const N = pairwiseSupport(candidates, ballots);
  const out: Record<string, Record<string, number>> = {};
  for (const x of candidates) {
    out[x] = {};
    for (const y of candidates) out[x][y] = N[x][y] - N[y][x];
  }
  return out;
}
