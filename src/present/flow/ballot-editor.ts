/**
 * The ballot editor of "change the ballots" puzzles, as choices a player can make with the
 * keyboard: pick a group of voters, how many of them, and their new ballot among a few simple
 * rewrites (one option moved to the top or the bottom, an approval added or taken back, an
 * option given the top or the lowest grade). The changes pile up until the player asks for a
 * recount; the runner then checks them, exactly as it would check any other answer.
 */
import type { Pending } from '../../scenario/runner.ts';
import type { Ballot, CastBallot, Flavour } from '../../scenario/preferences.ts';
import { Electorates, methodFlavour } from '../../scenario/preferences.ts';
import type { PuzzleAnswerData, ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';

type Goal = Extract<Extract<ScenarioData['steps'][number], { type: 'puzzle' }>['goal'], { kind: 'change-ballots' }>;
export type BallotChange = NonNullable<PuzzleAnswerData['changes']>[number];

export interface EditableGroup {
  readonly voter: string;
  readonly count: number;
  readonly ballot: Ballot;
}

export interface Rewrite {
  /** What was done (`first`, `last`, `approve`, `unapprove`, `top`, `bottom`) to which option. */
  readonly action: 'first' | 'last' | 'approve' | 'unapprove' | 'top' | 'bottom';
  readonly option: string;
  readonly ballot: Ballot;
}

export class BallotEditor {
  readonly goal: Goal;
  readonly flavour: Flavour;
  readonly candidates: readonly string[];
  readonly groups: readonly EditableGroup[];
  private readonly scale: { min: number; max: number };
  private changes: { group: EditableGroup; count: number; rewrite: Rewrite }[] = [];

  constructor(scenario: ScenarioData, pending: Pending, election: ElectionEntry | undefined) {
    const step = scenario.steps[pending.step];
    if (step.type !== 'puzzle' || step.goal.kind !== 'change-ballots') throw new Error('not a change-ballots puzzle');
    this.goal = step.goal;
    this.flavour = methodFlavour(this.goal.method);
    const electionStep = scenario.steps.find((s) => s.type === 'election' && s.id === this.goal.election);
    const electorateId = electionStep?.type === 'election' ? electionStep.electorate : undefined;
    const electorate = scenario.electorates.find((e) => e.id === electorateId) ?? scenario.electorates[0];
    this.scale = electorate.gradeScale ?? { min: 0, max: 5 };
    this.candidates = election?.counted.candidates ?? scenario.options.map((o) => o.id);
    // An election the story did not count on this path (a puzzle on a "what if" vote): its ballots as written.
    const cast: readonly CastBallot[] =
      election?.counted.ballots[this.flavour] ??
      new Electorates(scenario).ballots(
        electorateId,
        this.candidates,
        this.flavour,
        electionStep?.type === 'election' ? electionStep.sincere : undefined,
      );
    // The largest groups first: a puzzle's key voters are rarely a lone crab.
    this.groups = cast
      .map((b) => ({ voter: b.voter, count: b.count, ballot: b.cast }))
      .sort((a, b) => b.count - a.count);
  }

  get used(): number {
    return this.changes.reduce((n, c) => n + c.count, 0);
  }

  get left(): number {
    return Math.max(0, this.goal.maxChanges - this.used);
  }

  get pending(): readonly { group: EditableGroup; count: number; rewrite: Rewrite }[] {
    return this.changes;
  }

  /** How many of a group's ballots may still change. */
  available(group: EditableGroup): number {
    const taken = this.changes.filter((c) => c.group.voter === group.voter).reduce((n, c) => n + c.count, 0);
    return Math.min(group.count - taken, this.left);
  }

  /** A short list of counts to offer: 1, a few round numbers, and all that may change. */
  counts(group: EditableGroup): number[] {
    const most = this.available(group);
    const picks = [1, 2, 5, 10, 20, 50, 100, 200, 500].filter((n) => n < most);
    return [...picks.slice(-5), most].filter((n, i, all) => n > 0 && all.indexOf(n) === i);
  }

  rewrites(group: EditableGroup): Rewrite[] {
    const b = group.ballot;
    const out: Rewrite[] = [];
    if (b.kind === 'ranked') {
      const order = b.ranking.flat();
      const missing = this.candidates.filter((c) => !order.includes(c));
      const without = (c: string): string[][] =>
        b.ranking.map((tier) => tier.filter((x) => x !== c)).filter((tier) => tier.length > 0);
      // Every "X first" before every "X last": the list reads in order.
      for (const c of this.candidates) {
        if (b.ranking[0]?.length !== 1 || b.ranking[0][0] !== c)
          out.push({ action: 'first', option: c, ballot: { kind: 'ranked', ranking: [[c], ...without(c)] } });
      }
      const last = b.ranking[b.ranking.length - 1];
      for (const c of this.candidates) {
        if (order.includes(c) && !(last?.length === 1 && last[0] === c && missing.length === 0)) {
          out.push({ action: 'last', option: c, ballot: { kind: 'ranked', ranking: [...without(c), [c]] } });
        }
      }
    } else if (b.kind === 'approval') {
      for (const c of this.candidates) {
        const approves = b.approves.includes(c) ? b.approves.filter((x) => x !== c) : [...b.approves, c];
        out.push({
          action: b.approves.includes(c) ? 'unapprove' : 'approve',
          option: c,
          ballot: { kind: 'approval', approves: this.candidates.filter((x) => approves.includes(x)) },
        });
      }
    } else {
      for (const c of this.candidates) {
        const grade = b.grades[c] ?? this.scale.min;
        if (grade !== this.scale.max)
          out.push({
            action: 'top',
            option: c,
            ballot: { kind: 'graded', grades: { ...b.grades, [c]: this.scale.max } },
          });
        if (grade !== this.scale.min)
          out.push({
            action: 'bottom',
            option: c,
            ballot: { kind: 'graded', grades: { ...b.grades, [c]: this.scale.min } },
          });
      }
    }
    return out;
  }

  add(group: EditableGroup, count: number, rewrite: Rewrite): void {
    if (count < 1 || count > this.available(group)) return;
    this.changes.push({ group, count, rewrite });
  }

  clear(): void {
    this.changes = [];
  }

  /** The answer the runner checks. */
  answer(): PuzzleAnswerData {
    const changes: BallotChange[] = this.changes.map(({ group, count, rewrite }) => {
      const b = rewrite.ballot;
      if (b.kind === 'ranked')
        return {
          voter: group.voter,
          count,
          ranking: b.ranking.map((tier) => (tier.length === 1 ? tier[0] : [...tier])),
        };
      if (b.kind === 'approval') return { voter: group.voter, count, approves: [...b.approves] };
      return { voter: group.voter, count, grades: { ...b.grades } };
    });
    return { changes };
  }
}
