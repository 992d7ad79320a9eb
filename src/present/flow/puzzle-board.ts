/**
 * The model of a "change at most k ballots" puzzle played directly: the ballot box as a table of
 * groups (one row per kind of ballot), one row picked and its ballot edited in a draft (moved up
 * or down, approved or not, graded), the changes kept, and a recount of the same ballots after
 * every edit, draft included, so that the player sees at once what the change does. The goal
 * is checked by that recount; the answer given to the runner is checked again by the runner.
 * No Phaser and no DOM: tested in Node (puzzle-board.test.ts).
 */
import { countElection, sameSet, type ElectionSetup } from '../../scenario/count.ts';
import { Electorates, methodFlavour, type Ballot, type CastBallot, type Flavour } from '../../scenario/preferences.ts';
import type {
  ElectionStepData,
  ElectorateData,
  PuzzleAnswerData,
  PuzzleGoalData,
  ScenarioData,
} from '../../scenario/schema.ts';
import type { MethodId } from '../../voting/method.ts';

type ChangeGoal = Extract<PuzzleGoalData, { kind: 'change-ballots' }>;

export interface BoardRow {
  readonly voter: string;
  readonly count: number;
  readonly ballot: Ballot;
}

interface BoardChange {
  readonly voter: string;
  readonly count: number;
  readonly ballot: Ballot;
}

export interface Recount {
  readonly winners: readonly string[];
  /** The method's main figure per option (votes, points, median grade…), when it has one. */
  readonly scores?: Readonly<Record<string, number>>;
  /** The engine refused the ballots (a method's own error key). */
  readonly error?: string;
  /** How many ballots this recount changes (the draft included). */
  readonly changed: number;
  /** The goal's winner wins alone, within the limit. */
  readonly solved: boolean;
}

function sameBallot(a: Ballot, b: Ballot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class PuzzleBoard {
  readonly goal: ChangeGoal;
  readonly flavour: Flavour;
  readonly candidates: readonly string[];
  readonly rows: readonly BoardRow[];
  readonly scale: { readonly min: number; readonly max: number };
  /** The electorate's grades, with their names when the chapter gives them. */
  readonly grades: ElectorateData['gradeScale'];
  private readonly voters: Electorates;
  private readonly setup: ElectionSetup;
  private kept: BoardChange[] = [];
  private picked: number | undefined;
  private draftBallot: Ballot | undefined;
  private draftCount = 0;

  constructor(
    private readonly scenario: ScenarioData,
    goal: PuzzleGoalData,
  ) {
    if (goal.kind !== 'change-ballots') throw new Error('not a change-ballots puzzle');
    this.goal = goal;
    this.flavour = methodFlavour(goal.method);
    this.voters = new Electorates(scenario);
    this.setup =
      scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === goal.election) ?? {};
    const electorate = this.voters.electorate(this.setup.electorate);
    this.grades = electorate.gradeScale;
    this.scale = electorate.gradeScale ?? { min: 0, max: 5 };
    this.candidates = this.setup.candidates ?? scenario.options.map((o) => o.id);
    const cast: readonly CastBallot[] = this.voters.ballots(
      this.setup.electorate,
      this.candidates,
      this.flavour,
      this.setup.sincere,
    );
    // The largest groups first: a puzzle's key voters are rarely a lone crab.
    this.rows = cast.map((b) => ({ voter: b.voter, count: b.count, ballot: b.cast })).sort((a, b) => b.count - a.count);
  }

  get changes(): readonly BoardChange[] {
    return this.kept;
  }

  get used(): number {
    return this.kept.reduce((n, c) => n + c.count, 0);
  }

  get left(): number {
    return Math.max(0, this.goal.maxChanges - this.used);
  }

  get selected(): BoardRow | undefined {
    return this.picked === undefined ? undefined : this.rows[this.picked];
  }

  get draft(): Ballot | undefined {
    return this.draftBallot;
  }

  get count(): number {
    return this.draftCount;
  }

  /** How many of a row's ballots may still change (its own ballots and the puzzle's limit). */
  available(row: BoardRow): number {
    const taken = this.kept.filter((c) => c.voter === row.voter).reduce((n, c) => n + c.count, 0);
    return Math.max(0, Math.min(row.count - taken, this.left));
  }

  /** Picks a row to edit: its ballot becomes the draft, one ballot of it to change. */
  select(index: number): boolean {
    const row = this.rows[index];
    if (!row || this.available(row) === 0) return false;
    this.picked = index;
    this.draftBallot = row.ballot;
    this.draftCount = 1;
    return true;
  }

  cancel(): void {
    this.picked = this.draftBallot = undefined;
    this.draftCount = 0;
  }

  /** How many of the row's ballots get the draft (clamped to what may change). */
  setCount(n: number): void {
    const row = this.selected;
    if (!row || !Number.isFinite(n)) return;
    this.draftCount = Math.max(1, Math.min(Math.floor(n), this.available(row)));
  }

  /** The ranking as a flat order (ties read left to right) and the options it leaves out. */
  order(ballot: Ballot | undefined = this.draftBallot): { ranked: string[]; unranked: string[] } {
    if (ballot?.kind !== 'ranked') return { ranked: [], unranked: [] };
    const ranked = ballot.ranking.flat();
    return { ranked, unranked: this.candidates.filter((c) => !ranked.includes(c)) };
  }

  /**
   * Moves an option one place up (`-1`) or down (`+1`) in the draft's ranking. Ties are broken
   * by the first move (a ballot edited here is a plain order); an unranked option moved up comes
   * last of the ranked ones.
   */
  move(option: string, by: -1 | 1): boolean {
    const b = this.draftBallot;
    if (b?.kind !== 'ranked') return false;
    const { ranked } = this.order(b);
    const at = ranked.indexOf(option);
    if (at === -1) {
      if (by > 0 || !this.candidates.includes(option)) return false;
      this.draftBallot = { kind: 'ranked', ranking: [...ranked, option].map((c) => [c]) };
      return true;
    }
    const to = at + by;
    if (to < 0 || to >= ranked.length) return false;
    [ranked[at], ranked[to]] = [ranked[to], ranked[at]];
    this.draftBallot = { kind: 'ranked', ranking: ranked.map((c) => [c]) };
    return true;
  }

  /** Approves an option or takes the approval back. */
  toggle(option: string): boolean {
    const b = this.draftBallot;
    if (b?.kind !== 'approval' || !this.candidates.includes(option)) return false;
    const approves = b.approves.includes(option) ? b.approves.filter((x) => x !== option) : [...b.approves, option];
    this.draftBallot = { kind: 'approval', approves: this.candidates.filter((c) => approves.includes(c)) };
    return true;
  }

  /** Gives an option a grade (clamped to the scale). */
  grade(option: string, value: number): boolean {
    const b = this.draftBallot;
    if (b?.kind !== 'graded' || !this.candidates.includes(option) || !Number.isFinite(value)) return false;
    const g = Math.max(this.scale.min, Math.min(this.scale.max, Math.round(value)));
    this.draftBallot = { kind: 'graded', grades: { ...b.grades, [option]: g } };
    return true;
  }

  /** The draft as a change, when it changes something. */
  private draftChange(): BoardChange | undefined {
    const row = this.selected;
    const b = this.draftBallot;
    if (!row || !b || this.draftCount < 1 || sameBallot(b, row.ballot)) return undefined;
    return { voter: row.voter, count: Math.min(this.draftCount, this.available(row)), ballot: b };
  }

  /** The draft changes the picked row's ballot (the recount then includes it). */
  get drafting(): boolean {
    return this.draftChange() !== undefined;
  }

  /** Keeps the draft as a change (false when it changes nothing). */
  keep(): boolean {
    const change = this.draftChange();
    if (!change || change.count < 1) return false;
    this.kept.push(change);
    this.cancel();
    return true;
  }

  remove(index: number): void {
    this.kept = this.kept.filter((_, i) => i !== index);
    const row = this.selected;
    if (row) this.draftCount = Math.max(1, Math.min(this.draftCount, this.available(row)));
  }

  reset(): void {
    this.kept = [];
    this.cancel();
  }

  /** The same ballots counted again with the kept changes (and the draft, unless `kept` only). */
  recount(keptOnly = false): Recount {
    const draft = keptOnly ? undefined : this.draftChange();
    const changes = draft ? [...this.kept, draft] : this.kept;
    const replace = (list: CastBallot[]): CastBallot[] =>
      list.flatMap((b) => {
        const mine = changes.filter((c) => c.voter === b.voter);
        const left = b.count - mine.reduce((n, c) => n + c.count, 0);
        const out: CastBallot[] = mine.map((c) => ({
          voter: b.voter,
          count: c.count,
          sincere: b.sincere,
          cast: c.ballot,
          changed: true,
        }));
        return left > 0 ? [...out, { ...b, count: left }] : out;
      });
    const [count] = countElection(
      this.scenario,
      this.voters,
      this.setup,
      [this.goal.method as MethodId],
      replace,
    ).counts;
    const changed = changes.reduce((n, c) => n + c.count, 0);
    return {
      winners: count.winners,
      ...(count.result?.scores ? { scores: count.result.scores } : {}),
      ...(count.error ? { error: count.error.key } : {}),
      changed,
      solved: changed <= this.goal.maxChanges && sameSet(count.winners, [this.goal.winner]),
    };
  }

  /** The kept changes, as the runner checks them. */
  answer(): PuzzleAnswerData {
    return {
      changes: this.kept.map(({ voter, count, ballot }) => {
        if (ballot.kind === 'ranked')
          return { voter, count, ranking: ballot.ranking.map((tier) => (tier.length === 1 ? tier[0] : [...tier])) };
        if (ballot.kind === 'approval') return { voter, count, approves: [...ballot.approves] };
        return { voter, count, grades: { ...ballot.grades } };
      }),
    };
  }
}
