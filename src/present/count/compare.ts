/**
 * The results comparison as data: every method counted in an election entry, grouped by the
 * winners it elects, what the ballots say before any method (majority, Condorcet winner and
 * loser), and what each method did with these ballots (why.ts). Pure: tested in Node.
 */
import { electionFacts, groupByWinners, type ElectionFacts } from '../../voting/analysis.ts';
import { rankedProfile, type RankedBallotInput } from '../../voting/ballots.ts';
import type { Family, MethodId } from '../../voting/method.ts';
import { methods } from '../../voting/methods/index.ts';
import { sortNames } from '../../voting/result.ts';
import type { CountedElection, MethodCount } from '../../scenario/count.ts';
import type { Ballot, CastBallot } from '../../scenario/preferences.ts';
import { whyLines } from './why.ts';
import type { WhyLine } from './why-parts.ts';

type GeneralReason = 'count.why.agree' | 'count.why.condorcetLost';

export interface MethodOutcome {
  readonly method: MethodId;
  readonly family: Family;
  /** The final winners (after a tie-break when one was applied), sorted. */
  readonly winners: readonly string[];
  /** The tie-break drew lots or applied a rule to reach these winners. */
  readonly tieBroken: boolean;
  /** A tie left in place: every tied candidate is listed among the winners. */
  readonly tied: boolean;
  readonly seatsByList?: Readonly<Record<string, number>>;
  /** A set (Smith set, Condorcet winner or loser) answers another question. */
  readonly isSet: boolean;
  readonly error?: MethodCount['error'];
}

interface WinnerGroup {
  readonly winners: readonly string[];
  readonly methods: readonly MethodOutcome[];
}

export interface Comparison {
  readonly outcomes: readonly MethodOutcome[];
  /** Methods electing the same winners, the largest group first. */
  readonly groups: readonly WinnerGroup[];
  /** Sets and refusals, shown apart. */
  readonly apart: readonly MethodOutcome[];
  readonly facts?: ElectionFacts;
  /** The general sentences, each true of this election: all agree, or the Condorcet winner is missed. */
  readonly reasons: readonly GeneralReason[];
  /** What each method did with these ballots (why.ts), methods saying the same thing merged. */
  readonly why: readonly WhyLine[];
  readonly agree: boolean;
}

function outcomeOf(count: MethodCount): MethodOutcome {
  const info = methods[count.method].info;
  const r = count.result;
  return {
    method: count.method,
    family: info.family,
    winners: sortNames(count.winners),
    tieBroken: Boolean(r?.tieBreak?.resolved),
    tied: Boolean(r && (r.tie || r.winners.length > r.seats) && !r.tieBreak?.resolved && info.winners !== 'set'),
    ...(r?.seatsByList ? { seatsByList: r.seatsByList } : {}),
    isSet: info.winners === 'set',
    ...(count.error ? { error: count.error } : {}),
  };
}

/** A ballot as a ranking (graded: by grade; approval: approved first), for the facts. */
function asRanking(b: Ballot): string[][] {
  if (b.kind === 'ranked') return b.ranking.map((tier) => [...tier]);
  if (b.kind === 'approval') return b.approves.length > 0 ? [[...b.approves]] : [];
  const byGrade = new Map<number, string[]>();
  for (const [c, g] of Object.entries(b.grades)) byGrade.set(g, [...(byGrade.get(g) ?? []), c]);
  return [...byGrade.entries()].sort((x, y) => y[0] - x[0]).map(([, tier]) => tier);
}

/** The ballots the facts are read from: the cast rankings, or rankings read from grades. */
function rankingBallots(counted: CountedElection): readonly CastBallot[] {
  return counted.ballots.ranked ?? counted.ballots.graded ?? counted.ballots.approval ?? [];
}

function factsOf(counted: CountedElection): ElectionFacts | undefined {
  const ballots = rankingBallots(counted);
  if (ballots.length === 0 || counted.candidates.length === 0) return undefined;
  try {
    const input: RankedBallotInput[] = ballots.map((b) => ({ ranking: asRanking(b.cast), count: b.count }));
    return electionFacts(rankedProfile(counted.candidates, input));
  } catch {
    return undefined; // facts are a help, never a reason to stop the results screen
  }
}

export function compareCounts(counted: CountedElection): Comparison {
  const outcomes = counted.counts.map(outcomeOf);
  const outcomeOfCount = new Map(counted.counts.map((count, i) => [count, outcomes[i]]));
  const as = (counts: readonly MethodCount[]) => counts.map((count) => outcomeOfCount.get(count) as MethodOutcome);
  // The engine's comparison (the command line's too): same winners, same group; sets and refusals apart.
  const split = groupByWinners(counted.counts);
  const groups = split.groups.map((g) => ({ winners: as(g.members)[0].winners, methods: as(g.members) }));
  const apart = as(split.apart);
  const facts = factsOf(counted);
  const counting = groups.flatMap((g) => g.methods);
  const reasons: GeneralReason[] = [];
  // A method that misses the Condorcet winner is worth saying even when it is the only one
  // counted (chapter 1's slate: plurality beside the Condorcet winner, which is a set, apart).
  const missesCondorcet = reasonParams({ facts, groups }).methods.length > 0;
  const agree = groups.length <= 1 && !missesCondorcet;
  if (missesCondorcet) reasons.unshift('count.why.condorcetLost');
  else if (agree && counting.length > 1) reasons.unshift('count.why.agree');
  const why = whyLines(
    counted,
    counting.map((o) => o.method),
    facts?.condorcetWinner ?? undefined,
  );
  return { outcomes, groups, apart, facts, reasons, why, agree };
}

/** The parameters of the comparison's sentences (option ids; names are put in by the caller). */
export function reasonParams(c: Pick<Comparison, 'facts' | 'groups'>): { condorcet: string; methods: MethodId[] } {
  const cw = c.facts?.condorcetWinner ?? '';
  // Only one-winner methods are measured against the Condorcet winner: seats answer another question.
  const single = c.groups.flatMap((g) => g.methods).filter((o) => methods[o.method].info.winners === 'single');
  return { condorcet: cw, methods: single.filter((o) => cw && !o.winners.includes(cw)).map((o) => o.method) };
}
