/**
 * Whether an election's ballots are new or the same as an earlier election's of the run, so
 * that the count shows a recount as a recount (the box already full) and not as thousands of
 * ballots cast again. Decided from the ballots themselves, row by row, never from the
 * elections' or electorates' names: a later count is a recount when, for every kind of ballot
 * it reads, an earlier count of the run read the same rows (the same voters, the same counts,
 * the same cast ballots), its options being among the earlier ones (a duel between two of five
 * options recounts the same ballots, each read for those two only).
 */
import type { CountedElection } from './count.ts';
import type { Ballot, CastBallot, Flavour } from './preferences.ts';

/**
 * Where an election's ballots come from. `recount`: the same rows as `election`'s, nothing is
 * cast again; without `election`, a vote counted before the chapter (the election says
 * `recount`: chapter 2 recounts chapter 1's trial). `changed`: the same electorate as
 * `election`'s, but rows changed since (the player's ballot, a persuasion): a new vote.
 * Absent on an entry: a first vote.
 */
export type BallotsFrom =
  | { readonly kind: 'recount' | 'changed'; readonly election: string }
  | { readonly kind: 'recount'; readonly election?: undefined };

/** A ballot read for `keep` only, in a form where equal ballots are equal strings. */
function restricted(ballot: Ballot, keep: ReadonlySet<string>): string {
  switch (ballot.kind) {
    case 'ranked':
      return JSON.stringify(
        ballot.ranking.map((tier) => tier.filter((c) => keep.has(c)).sort()).filter((tier) => tier.length > 0),
      );
    case 'graded':
      return JSON.stringify(
        Object.entries(ballot.grades)
          .filter(([c]) => keep.has(c))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    case 'approval':
      return JSON.stringify(ballot.approves.filter((c) => keep.has(c)).sort());
  }
}

/** The rows of one kind of ballot as a sorted list (the order voters are listed in does not matter). */
function rows(ballots: readonly CastBallot[], keep: ReadonlySet<string>): string {
  return ballots
    .map((b) => JSON.stringify([b.voter, b.count, restricted(b.cast, keep)]))
    .sort()
    .join('\n');
}

type Comparison = 'same' | 'different' | 'incomparable';

/** Compares `later` with `earlier` on the kinds of ballot `later` read. */
export function compareBallots(earlier: CountedElection, later: CountedElection): Comparison {
  const known = new Set(earlier.candidates);
  if (!later.candidates.every((c) => known.has(c))) return 'incomparable';
  const keep = new Set(later.candidates);
  const kinds = Object.keys(later.ballots) as Flavour[];
  if (kinds.length === 0) return 'incomparable';
  let shared = 0;
  for (const kind of kinds) {
    const before = earlier.ballots[kind];
    const now = later.ballots[kind];
    if (!before || !now) continue;
    shared++;
    if (rows(before, keep) !== rows(now, keep)) return 'different';
  }
  if (shared === 0) return 'incomparable';
  return shared === kinds.length ? 'same' : 'incomparable';
}

/** The counts of a run so far, with the electorate each was counted on (the runner keeps one). */
export class BallotHistory {
  private readonly counted: {
    readonly election: string;
    readonly electorate: string;
    readonly counted: CountedElection;
  }[] = [];

  /** Where a new count's ballots come from, then remembers it. */
  record(election: string, electorate: string, counted: CountedElection): BallotsFrom | undefined {
    let from: BallotsFrom | undefined;
    // The latest earlier count first: "the same ballots as the vote just before".
    for (let i = this.counted.length - 1; i >= 0 && from?.kind !== 'recount'; i--) {
      const earlier = this.counted[i];
      const comparison = compareBallots(earlier.counted, counted);
      if (comparison === 'same') from = { kind: 'recount', election: earlier.election };
      else if (comparison === 'different' && !from && earlier.electorate === electorate)
        from = { kind: 'changed', election: earlier.election };
    }
    this.counted.push({ election, electorate, counted });
    return from;
  }
}
