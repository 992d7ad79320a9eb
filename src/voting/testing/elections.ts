/**
 * Domain-shaped helpers for tests: build elections from short strings and random elections
 * for property tests. Used only by tests.
 */
import fc from 'fast-check';
import {
  gradedProfile,
  rankedProfile,
  type GradedBallotInput,
  type RankedBallotInput,
  type RankedProfile,
  type RankingEntry,
} from '../ballots.ts';

/**
 * `ranked('A B C', '3: A>B>C', '2: B>C>A', '1: C=A>B', '1: A')`: candidates, then ballots
 * as `count: ranking` with `>` between ranks and `=` inside a shared rank.
 */
export function ranked(candidates: string, ...ballots: string[]): RankedProfile {
  return rankedProfile(candidates.split(/\s+/), ballots.map(parseRankedBallot));
}

function parseRankedBallot(text: string): RankedBallotInput {
  const [count, order] = text.includes(':') ? text.split(':') : ['1', text];
  const ranking =
    order.trim() === ''
      ? []
      : order.split('>').map((rank) => {
          const tier = rank
            .trim()
            .split('=')
            .map((s) => s.trim());
          return tier.length === 1 ? tier[0] : tier;
        });
  return { ranking, count: Number(count) };
}

/** `orders('3 ABC, 2 BCA')`: complete ballots of one-letter candidates, each with its count. */
export function orders(spec: string): RankedBallotInput[] {
  return spec.split(',').map((part) => {
    const [k, order] = part.trim().split(' ');
    return { ranking: order.split(''), count: Number(k) };
  });
}

/** `graded('X Y', '2: 4 0', '1: 1 5')`: grades in candidate order, scale 0–5. */
export function graded(candidates: string, ...ballots: string[]) {
  const names = candidates.split(/\s+/);
  const inputs: GradedBallotInput[] = ballots.map((text) => {
    const [count, grades] = text.split(':');
    const values = grades.trim().split(/\s+/).map(Number);
    return { grades: Object.fromEntries(names.map((n, i) => [n, values[i]])), count: Number(count) };
  });
  return gradedProfile(names, inputs, { scale: { min: 0, max: 5 } });
}

export const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];

/** Candidate list order is not alphabetical here, so a method mixing up candidate order and name order shows it. */
export const UNSORTED_NAMES = ['D', 'B', 'F', 'A', 'C', 'E'];

/** Random complete strict ranked elections: 2–maxM candidates, 1–maxGroups ballot groups. */
export function arbitraryStrictElection(
  maxM = 5,
  maxGroups = 12,
  maxCount = 5,
): fc.Arbitrary<{ candidates: string[]; ballots: { ranking: string[]; count: number }[] }> {
  return fc.integer({ min: 2, max: maxM }).chain((m) => {
    const candidates = NAMES.slice(0, m);
    const ballot = fc
      .tuple(fc.shuffledSubarray(candidates, { minLength: m, maxLength: m }), fc.integer({ min: 1, max: maxCount }))
      .map(([ranking, count]) => ({ ranking, count }));
    return fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(ballot, { minLength: 1, maxLength: maxGroups }),
    });
  });
}

/** Random graded elections on 0–5 with 2–maxM candidates. */
export function arbitraryGradedElection(
  maxM = 5,
  maxGroups = 10,
  maxCount = 4,
): fc.Arbitrary<{ candidates: string[]; ballots: GradedBallotInput[] }> {
  return fc.integer({ min: 2, max: maxM }).chain((m) => {
    const candidates = NAMES.slice(0, m);
    const ballot = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m }),
        fc.integer({ min: 1, max: maxCount }),
      )
      .map(([grades, count]) => ({ grades: Object.fromEntries(candidates.map((c, i) => [c, grades[i]])), count }));
    return fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(ballot, { minLength: 1, maxLength: maxGroups }),
    });
  });
}

interface RankedElectionOptions {
  /** The names candidates are drawn from (default A–I). */
  readonly names?: readonly string[];
  /** 'first': the first m names (default); 'any': any m of them, in the order of `names`. */
  readonly pick?: 'first' | 'any';
  /** m between minCandidates (default 1) and maxCandidates (default 5, at most names.length). */
  readonly minCandidates?: number;
  readonly maxCandidates?: number;
  /** Ballot groups, minBallots (default 1; 0 allows an election nobody voted in) to maxBallots (default 8). */
  readonly minBallots?: number;
  readonly maxBallots?: number;
  /** Each group counts 1 to maxCount (default 4) identical ballots. */
  readonly maxCount?: number;
  /**
   * false (default): a ballot ranks any subset of the candidates (so truncated or empty) and
   * may join neighbours into one shared rank; true: complete strict orders only.
   */
  readonly complete?: boolean;
}

/**
 * Random ranked elections for the property tests that compare a method with its per-voter
 * reference: a ballot is a shuffled subset of the candidates where each name after the first
 * may join the rank before it (an equal rank).
 */
export function arbitraryRankedElection(
  options: RankedElectionOptions = {},
): fc.Arbitrary<{ candidates: string[]; ballots: RankedBallotInput[] }> {
  const {
    names = NAMES,
    pick = 'first',
    minCandidates = 1,
    maxCandidates = 5,
    minBallots = 1,
    maxBallots = 8,
    maxCount = 4,
    complete = false,
  } = options;
  const candidateLists =
    pick === 'first'
      ? fc.integer({ min: minCandidates, max: maxCandidates }).map((m) => names.slice(0, m))
      : fc.subarray([...names], { minLength: minCandidates, maxLength: maxCandidates });
  return candidateLists.chain((candidates) => {
    const m = candidates.length;
    const order = complete
      ? fc.shuffledSubarray(candidates, { minLength: m, maxLength: m })
      : fc.shuffledSubarray(candidates);
    const joins = complete ? fc.constant<boolean[]>([]) : fc.array(fc.boolean(), { minLength: m, maxLength: m });
    const ballot = fc.tuple(order, joins, fc.integer({ min: 1, max: maxCount })).map(([ordered, join, count]) => {
      const ranks: string[][] = [];
      ordered.forEach((name, i) => (i > 0 && join[i] ? ranks[ranks.length - 1].push(name) : ranks.push([name])));
      return { ranking: ranks.map((t): RankingEntry => (t.length === 1 ? t[0] : t)), count };
    });
    return fc
      .array(ballot, { minLength: minBallots, maxLength: maxBallots })
      .map((ballots) => ({ candidates, ballots }));
  });
}
