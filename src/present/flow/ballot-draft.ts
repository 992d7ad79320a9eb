/**
 * The player's own ballot being filled (a chapter's `ballot` step), as the phone's live ballot
 * fills it: one name tapped (a pebble), options tapped in order of preference then moved or
 * taken out (a ranking), options toggled (approvals), one grade per option (grades). Before it
 * goes in, a blank ballot, a ranking that leaves options out or grades left empty ask first.
 * No DOM: the game's panel (src/game/ui/player-ballot-panel.ts) draws it; tested in Node.
 */
import { ballotCandidates, ballotElectorate, ballotScale } from '../../scenario/player-ballot.ts';
import type { PuzzleAnswerData, ScenarioData } from '../../scenario/schema.ts';
import type { Pending } from '../../scenario/runner.ts';

type BallotKind = 'single' | 'ranked' | 'approval' | 'grades';

/** What the player is asked before the ballot goes in (nothing when it is whole). */
type BallotQuestion = 'blank' | 'ranked' | 'grades' | undefined;

interface GradeChoice {
  readonly grade: number;
  /** The chapter's name for the grade (a text key), when it names them. */
  readonly label?: string;
}

export class BallotDraft {
  readonly stepId: string;
  readonly kind: BallotKind;
  readonly candidates: readonly string[];
  /** The grades offered, best first (as a paper ballot of majority judgment reads). */
  readonly grades: readonly GradeChoice[];
  private order: string[] = [];
  private approved = new Set<string>();
  private given = new Map<string, number>();

  constructor(scenario: ScenarioData, pending: Pending) {
    const step = scenario.steps[pending.step];
    if (step.type !== 'ballot') throw new Error('not a ballot step');
    this.stepId = step.id;
    this.kind = step.kind;
    this.candidates = ballotCandidates(scenario, step);
    const scale = ballotScale(scenario, step);
    const labels = ballotElectorate(scenario, step)?.gradeScale?.labels;
    const grades: GradeChoice[] = [];
    for (let g = scale.max; g >= scale.min; g--) grades.push({ grade: g, label: labels?.[g - scale.min] });
    this.grades = grades;
  }

  /** The ranking so far (single: the one name), favourite first. */
  get ranking(): readonly string[] {
    return this.order;
  }

  /** Where an option stands in the ranking, from 1; 0 when it is not ranked. */
  place(option: string): number {
    return this.order.indexOf(option) + 1;
  }

  approves(option: string): boolean {
    return this.approved.has(option);
  }

  gradeOf(option: string): number | undefined {
    return this.given.get(option);
  }

  get graded(): number {
    return this.candidates.filter((c) => this.given.has(c)).length;
  }

  /**
   * A tap on an option: single, it becomes the name (tapped again, the pebble is blank again);
   * ranked, it goes last (or out, when it was ranked); approval, it is approved or no longer.
   */
  tap(option: string): void {
    if (!this.candidates.includes(option)) return;
    if (this.kind === 'single') this.order = this.order[0] === option ? [] : [option];
    else if (this.kind === 'ranked')
      this.order = this.order.includes(option) ? this.order.filter((o) => o !== option) : [...this.order, option];
    else if (this.kind === 'approval') {
      if (this.approved.has(option)) this.approved.delete(option);
      else this.approved.add(option);
    }
  }

  /** Moves a ranked option one place up (−1) or down (+1); nothing at either end. */
  move(option: string, by: -1 | 1): void {
    const from = this.order.indexOf(option);
    const to = from + by;
    if (from < 0 || to < 0 || to >= this.order.length) return;
    [this.order[from], this.order[to]] = [this.order[to], this.order[from]];
  }

  grade(option: string, grade: number): void {
    if (this.candidates.includes(option) && this.grades.some((g) => g.grade === grade)) this.given.set(option, grade);
  }

  /** What to ask before sending: a blank ballot, a ranking without every option, grades left out. */
  question(): BallotQuestion {
    if (this.kind === 'single' || this.kind === 'ranked') {
      if (this.order.length === 0) return 'blank';
      return this.kind === 'ranked' && this.order.length < this.candidates.length ? 'ranked' : undefined;
    }
    if (this.kind === 'approval') return this.approved.size === 0 ? 'blank' : undefined;
    return this.graded < this.candidates.length ? 'grades' : undefined;
  }

  /** The lowest grade, given to the options left without one. */
  get lowest(): GradeChoice {
    return this.grades[this.grades.length - 1];
  }

  /** The answer the runner counts (it checks it again). */
  answer(): PuzzleAnswerData {
    if (this.kind === 'single' || this.kind === 'ranked') return { ballot: { ranking: [...this.order] } };
    if (this.kind === 'approval') return { ballot: { approves: this.candidates.filter((c) => this.approved.has(c)) } };
    const low = this.lowest.grade;
    return { ballot: { grades: Object.fromEntries(this.candidates.map((c) => [c, this.given.get(c) ?? low])) } };
  }
}
