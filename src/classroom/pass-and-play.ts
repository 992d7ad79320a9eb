/**
 * Pass-and-play: students vote one after another on the shared device. Between two voters a
 * privacy screen hides the last ballot; the only figure shown while the vote is open is how
 * many ballots are in the box. No running tally is ever exposed — not even with a big room —
 * because with a few voters any partial count would tell who voted what. The ballots can be
 * read only once the vote is closed, and then only as groups in content order.
 */
import type { Ballot } from '../scenario/preferences.ts';
import { BallotBox, ballotProblem, emptyBallot } from './ballots.ts';
import { optionIds, scaleOf, type BallotGroup, type ClassElection, type SetupProblem } from './election.ts';

type Phase = 'privacy' | 'voting' | 'closed';

/** Below this many ballots the results would reveal single ballots: the teacher is warned. */
export const FEW_VOTERS = 3;

export class PassAndPlay {
  private readonly box: BallotBox;
  private phase_: Phase = 'privacy';
  private draft_: Ballot;

  constructor(readonly election: ClassElection) {
    this.box = new BallotBox(election);
    this.draft_ = freshBallot(election);
  }

  /** The same vote again after a reload: the saved groups go back in the box, still open. */
  static resume(election: ClassElection, groups: readonly BallotGroup[]): PassAndPlay {
    const vote = new PassAndPlay(election);
    for (const g of groups) vote.box.add(g.ballot, g.count);
    return vote;
  }

  /** What the save keeps: the groups in content order (never the order of casting), even while open. */
  contents(): BallotGroup[] {
    return this.box.list();
  }

  get phase(): Phase {
    return this.phase_;
  }

  /** The number of ballots cast: the one thing the room may see while voting. */
  get cast(): number {
    return this.box.voters;
  }

  /** The ballot being filled in (a copy). */
  get draft(): Ballot {
    return structuredClone(this.draft_) as Ballot;
  }

  /** The next voter takes the device: a blank ballot. */
  begin(): void {
    if (this.phase_ === 'closed') throw new Error('the vote is closed');
    this.phase_ = 'voting';
    this.draft_ = freshBallot(this.election);
  }

  private editing(): void {
    if (this.phase_ !== 'voting') throw new Error('no ballot is being filled in');
  }

  /** Ranked: puts the option in the next place, or takes it (and the places after it keep their order) off. */
  toggleRank(id: string): void {
    this.editing();
    const b = this.draft_;
    if (b.kind !== 'ranked' || !optionIds(this.election).includes(id)) return;
    const placed = b.ranking.some((tier) => tier.includes(id));
    this.draft_ = {
      kind: 'ranked',
      ranking: placed
        ? b.ranking.map((t) => t.filter((x) => x !== id)).filter((t) => t.length > 0)
        : [...b.ranking, [id]],
    };
  }

  /** Approval: approves the option, or takes the approval back. */
  toggleApproval(id: string): void {
    this.editing();
    const b = this.draft_;
    if (b.kind !== 'approval' || !optionIds(this.election).includes(id)) return;
    this.draft_ = {
      kind: 'approval',
      approves: b.approves.includes(id) ? b.approves.filter((x) => x !== id) : [...b.approves, id],
    };
  }

  /** Grades: gives the option a grade of the scale. */
  setGrade(id: string, grade: number): void {
    this.editing();
    const b = this.draft_;
    const { min, max } = scaleOf(this.election);
    if (
      b.kind !== 'graded' ||
      !optionIds(this.election).includes(id) ||
      !Number.isInteger(grade) ||
      grade < min ||
      grade > max
    )
      return;
    this.draft_ = { kind: 'graded', grades: { ...b.grades, [id]: grade } };
  }

  /** Starts the ballot again (the voter changed their mind). */
  clear(): void {
    this.editing();
    this.draft_ = freshBallot(this.election);
  }

  /** The options still without a grade (grade ballots only). */
  ungraded(): string[] {
    const b = this.draft_;
    return b.kind === 'graded' ? optionIds(this.election).filter((id) => b.grades[id] === undefined) : [];
  }

  /** A blank ballot: nothing ranked, nothing approved, no grade given. It is valid, but asked about first. */
  get blank(): boolean {
    const b = this.draft_;
    return b.kind === 'ranked'
      ? b.ranking.length === 0
      : b.kind === 'approval'
        ? b.approves.length === 0
        : Object.keys(b.grades).length === 0;
  }

  /**
   * The problem that stops this ballot, if any. A blank ranked or approval ballot is a valid
   * abstention; a grade ballot needs every grade unless the teacher chose that a missing one
   * counts as the lowest.
   */
  problem(): SetupProblem | undefined {
    const missing = this.ungraded();
    if (missing.length > 0 && !this.election.ungradedAsLowest)
      return { key: 'classroom.ballot.ungraded', params: { n: missing.length } };
    return ballotProblem(this.election, this.completed());
  }

  /** The draft as it goes in the box: missing grades become the lowest when the teacher chose so. */
  private completed(): Ballot {
    const b = this.draft_;
    if (b.kind !== 'graded' || !this.election.ungradedAsLowest) return b;
    const { min } = scaleOf(this.election);
    return {
      kind: 'graded',
      grades: Object.fromEntries(optionIds(this.election).map((id) => [id, b.grades[id] ?? min])),
    };
  }

  /** Puts the ballot in the box and shows the privacy screen. */
  submit(): void {
    this.editing();
    const problem = this.problem();
    if (problem) throw new Error(`${problem.key} ${JSON.stringify(problem.params)}`);
    this.box.add(this.completed());
    this.draft_ = freshBallot(this.election);
    this.phase_ = 'privacy';
  }

  /** The voter walks away without voting: nothing is cast. */
  cancel(): void {
    this.editing();
    this.draft_ = freshBallot(this.election);
    this.phase_ = 'privacy';
  }

  /** Ends the vote. Refused while a ballot is being filled in, or with no ballot at all. */
  close(): BallotGroup[] {
    if (this.phase_ === 'voting') throw new Error('a ballot is being filled in');
    if (this.box.voters === 0) throw new Error('no ballot was cast');
    this.phase_ = 'closed';
    return this.box.list();
  }

  /** The ballots, once the vote is closed. */
  ballots(): BallotGroup[] {
    if (this.phase_ !== 'closed') throw new Error('the ballots stay secret until the vote is closed');
    return this.box.list();
  }
}

/** A ballot in hand starts unmarked: a grade ballot with no grade given yet (never a silent lowest). */
function freshBallot(election: ClassElection): Ballot {
  return election.kind === 'grades' ? { kind: 'graded', grades: {} } : emptyBallot(election);
}
