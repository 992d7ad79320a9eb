/**
 * The room's ballots: checked against the election, and kept only as groups of identical
 * ballots in a fixed order (by content), never in the order they were cast — so that the list
 * of ballots shown after the vote cannot tell which student cast which one.
 */
import type { Ballot } from '../scenario/preferences.ts';
import { optionIds, scaleOf, type BallotGroup, type ClassElection, type SetupProblem } from './election.ts';

export function emptyBallot(election: ClassElection): Ballot {
  if (election.kind === 'ranked') return { kind: 'ranked', ranking: [] };
  if (election.kind === 'approval') return { kind: 'approval', approves: [] };
  const { min } = scaleOf(election);
  return { kind: 'graded', grades: Object.fromEntries(optionIds(election).map((id) => [id, min])) };
}

/** A stable text for a ballot: equal ballots have equal keys (tiers and sets in option order). */
function ballotKey(b: Ballot, order: readonly string[]): string {
  const sorted = (ids: readonly string[]) => [...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y));
  if (b.kind === 'ranked') return `r:${b.ranking.map((tier) => sorted(tier).join('=')).join('>')}`;
  if (b.kind === 'approval') return `a:${sorted(b.approves).join(',')}`;
  return `g:${order.map((id) => b.grades[id] ?? '').join(',')}`;
}

/** What is wrong with a ballot for this election, if anything. */
export function ballotProblem(election: ClassElection, b: Ballot): SetupProblem | undefined {
  const ids = optionIds(election);
  const known = new Set(ids);
  const expected = election.kind === 'grades' ? 'graded' : election.kind;
  if (b.kind !== expected) return { key: 'classroom.ballot.wrongKind', params: {} };
  if (b.kind === 'ranked') {
    const seen = new Set<string>();
    for (const id of b.ranking.flat()) {
      if (!known.has(id)) return { key: 'classroom.ballot.unknown', params: { id } };
      if (seen.has(id)) return { key: 'classroom.ballot.twice', params: { id } };
      seen.add(id);
    }
    if (b.ranking.some((tier) => tier.length === 0)) return { key: 'classroom.ballot.emptyRank', params: {} };
    return undefined;
  }
  if (b.kind === 'approval') {
    if (new Set(b.approves).size !== b.approves.length)
      return { key: 'classroom.ballot.twice', params: { id: b.approves.join(',') } };
    const unknown = b.approves.find((id) => !known.has(id));
    return unknown === undefined ? undefined : { key: 'classroom.ballot.unknown', params: { id: unknown } };
  }
  const { min, max } = scaleOf(election);
  for (const id of ids) {
    const grade = b.grades[id];
    if (grade === undefined || !Number.isInteger(grade) || grade < min || grade > max)
      return { key: 'classroom.ballot.grade', params: { id, min, max } };
  }
  const extra = Object.keys(b.grades).find((id) => !known.has(id));
  return extra === undefined ? undefined : { key: 'classroom.ballot.unknown', params: { id: extra } };
}

/** Accumulates ballots as groups; what it gives back is in content order. */
export class BallotBox {
  private readonly groups = new Map<string, { ballot: Ballot; count: number }>();
  private total = 0;

  constructor(private readonly election: ClassElection) {}

  add(ballot: Ballot, count = 1): void {
    if (!Number.isSafeInteger(count) || count < 1) throw new Error(`bad ballot count ${count}`);
    const problem = ballotProblem(this.election, ballot);
    if (problem) throw new Error(`${problem.key} ${JSON.stringify(problem.params)}`);
    const key = ballotKey(ballot, optionIds(this.election));
    const group = this.groups.get(key);
    if (group) group.count += count;
    else this.groups.set(key, { ballot: normalise(ballot, optionIds(this.election)), count });
    this.total += count;
  }

  get voters(): number {
    return this.total;
  }

  /** The groups, sorted by their content: the order of casting is gone. */
  list(): BallotGroup[] {
    return [...this.groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, g]) => ({ ballot: g.ballot, count: g.count }));
  }
}

/** The same ballot with tiers and sets in option order (a copy: the caller's draft stays theirs). */
function normalise(b: Ballot, order: readonly string[]): Ballot {
  const sorted = (ids: readonly string[]) => [...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y));
  if (b.kind === 'ranked') return { kind: 'ranked', ranking: b.ranking.map(sorted) };
  if (b.kind === 'approval') return { kind: 'approval', approves: sorted(b.approves) };
  return { kind: 'graded', grades: Object.fromEntries(order.map((id) => [id, b.grades[id]])) };
}

export function groupBallots(election: ClassElection, groups: readonly BallotGroup[]): BallotGroup[] {
  const box = new BallotBox(election);
  for (const g of groups) box.add(g.ballot, g.count);
  return box.list();
}
