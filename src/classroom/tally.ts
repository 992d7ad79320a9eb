/**
 * Typed-in counts: a show of hands or the totals of paper ballots, turned into ballots the
 * engine counts like any others.
 *
 * - Per option: how many hands went up for each option. With ranked ballots each hand is a
 *   ballot with that option first and nothing after (what a show of hands knows); with
 *   approval ballots each raised hand is an approval of that one option — the approval totals
 *   are exact, but the number of voters shown is the number of hands. Grades cannot be told
 *   by hands (a grade per option per voter), so they are typed as rows.
 * - Per ballot (a "pile" of identical paper ballots): one row per pile, a cell per option —
 *   a rank (1 = first, blank = not ranked, equal numbers = equal places), a tick (1 or 0)
 *   or a grade — and how many ballots the pile holds. A problem names its row.
 */
import type { Ballot } from '../scenario/preferences.ts';
import { groupBallots } from './ballots.ts';
import { optionIds, scaleOf, type BallotGroup, type ClassElection, type SetupProblem } from './election.ts';

export type Cell = number | null;

export interface TallyRow {
  readonly cells: readonly Cell[];
  readonly count: Cell;
}

export interface TallyResult {
  readonly groups?: BallotGroup[];
  readonly problem?: SetupProblem;
}

function badCount(value: Cell): boolean {
  return value !== null && (!Number.isSafeInteger(value) || value < 0);
}

/** Can this kind of ballot be typed in per option? */
function perOptionAllowed(election: ClassElection): boolean {
  return election.kind !== 'grades';
}

export function fromOptionCounts(election: ClassElection, counts: readonly Cell[]): TallyResult {
  if (!perOptionAllowed(election)) return { problem: { key: 'classroom.tally.perOptionGrades', params: {} } };
  const ids = optionIds(election);
  const groups: BallotGroup[] = [];
  for (let i = 0; i < ids.length; i++) {
    const n = counts[i] ?? null;
    if (badCount(n))
      return { problem: { key: 'classroom.tally.badOptionCount', params: { option: election.options[i] } } };
    if (!n) continue;
    const ballot: Ballot =
      election.kind === 'ranked' ? { kind: 'ranked', ranking: [[ids[i]]] } : { kind: 'approval', approves: [ids[i]] };
    groups.push({ ballot, count: n });
  }
  if (groups.length === 0) return { problem: { key: 'classroom.tally.nobody', params: {} } };
  return { groups: groupBallots(election, groups) };
}

function rowBallot(election: ClassElection, cells: readonly Cell[], row: number): Ballot | SetupProblem {
  const ids = optionIds(election);
  const at = (i: number) => cells[i] ?? null;
  const option = (i: number) => election.options[i];
  if (election.kind === 'ranked') {
    const levels = new Map<number, string[]>();
    for (let i = 0; i < ids.length; i++) {
      const rank = at(i);
      if (rank === null) continue;
      if (!Number.isSafeInteger(rank) || rank < 1)
        return { key: 'classroom.tally.badRank', params: { row, option: option(i) } };
      levels.set(rank, [...(levels.get(rank) ?? []), ids[i]]);
    }
    // Only the order matters: 1, 3 reads like 1, 2 (as in a ballot file).
    return { kind: 'ranked', ranking: [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([, tier]) => tier) };
  }
  if (election.kind === 'approval') {
    const approves: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      const tick = at(i);
      if (tick !== null && tick !== 0 && tick !== 1)
        return { key: 'classroom.tally.badTick', params: { row, option: option(i) } };
      if (tick === 1) approves.push(ids[i]);
    }
    return { kind: 'approval', approves };
  }
  const { min, max } = scaleOf(election);
  const grades: Record<string, number> = {};
  for (let i = 0; i < ids.length; i++) {
    const grade = at(i);
    if (grade === null || !Number.isSafeInteger(grade) || grade < min || grade > max)
      return { key: 'classroom.tally.badGrade', params: { row, option: option(i), min, max } };
    grades[ids[i]] = grade;
  }
  return { kind: 'graded', grades };
}

/** Rows of identical ballots (row numbers in messages start at 1; empty rows are skipped). */
export function fromRows(election: ClassElection, rows: readonly TallyRow[]): TallyResult {
  const groups: BallotGroup[] = [];
  for (let r = 0; r < rows.length; r++) {
    const { cells, count } = rows[r];
    const row = r + 1;
    const blank = count === null && cells.every((c) => c === null);
    if (blank) continue;
    if (count === null || badCount(count)) return { problem: { key: 'classroom.tally.badRowCount', params: { row } } };
    if (count === 0) continue;
    const ballot = rowBallot(election, cells, row);
    if ('key' in ballot) return { problem: ballot };
    groups.push({ ballot, count });
  }
  if (groups.length === 0) return { problem: { key: 'classroom.tally.nobody', params: {} } };
  return { groups: groupBallots(election, groups) };
}

/** A typed number: blank is null; anything that is not a whole number is NaN (reported by the checks). */
export function readCell(text: string): Cell {
  const s = text.trim();
  if (s === '') return null;
  return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}
