/**
 * What the player needs to reason about an "add an option" puzzle (the clone puzzle of chapter
 * 4, the spoiler riddle of chapter 1): every ballot with the proposed options in their place,
 * the count before anything is added, and which proposal is a clone of an option on the ballot
 * (ranked right next to it on every ballot, so that the two rise and fall together). No Phaser,
 * no DOM.
 */
import { countElection, type ElectionSetup } from '../../scenario/count.ts';
import { Electorates } from '../../scenario/preferences.ts';
import type { ElectionStepData, PuzzleGoalData, ScenarioData } from '../../scenario/schema.ts';

type SpoilerGoal = Extract<PuzzleGoalData, { kind: 'add-spoiler' }>;

interface SpoilerRow {
  readonly voter: string;
  readonly count: number;
  /** The whole order, proposals included, best first (tied options read left to right). */
  readonly order: readonly string[];
}

export interface SpoilerFacts {
  readonly goal: SpoilerGoal;
  /** The options on the ballot before anything is added. */
  readonly base: readonly string[];
  readonly rows: readonly SpoilerRow[];
  /** The count before anything is added (the method's main figure per option, and who wins). */
  readonly before: { readonly winners: readonly string[]; readonly scores?: Readonly<Record<string, number>> };
  /** For each proposal, the option it is a clone of, when there is one. */
  readonly clones: readonly { readonly option: string; readonly twin?: string }[];
}

/** True when `a` and `b` sit side by side (or tied) on every order. */
function sideBySide(rows: readonly SpoilerRow[], a: string, b: string): boolean {
  return rows.every((r) => {
    const i = r.order.indexOf(a);
    const j = r.order.indexOf(b);
    return i !== -1 && j !== -1 && Math.abs(i - j) === 1;
  });
}

export function spoilerFacts(scenario: ScenarioData, goal: PuzzleGoalData): SpoilerFacts {
  if (goal.kind !== 'add-spoiler') throw new Error('not an add-spoiler puzzle');
  const voters = new Electorates(scenario);
  const setup: ElectionSetup =
    scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === goal.election) ?? {};
  // As the runner checks it: the election's candidates, or every option but the proposals.
  const base = setup.candidates
    ? [...setup.candidates]
    : scenario.options.map((o) => o.id).filter((o) => !goal.pool.includes(o));
  const all = [...base, ...goal.pool.filter((p) => !base.includes(p))];
  const cast = voters.ballots(setup.electorate, all, 'ranked', setup.sincere);
  const rows = cast
    .map((b) => ({ voter: b.voter, count: b.count, order: b.cast.kind === 'ranked' ? b.cast.ranking.flat() : [] }))
    .sort((a, b) => b.count - a.count);
  const [count] = countElection(scenario, voters, { ...setup, candidates: base }, [goal.method]).counts;
  const clones = goal.pool.map((option) => {
    const twin = base.find((b) => sideBySide(rows, option, b));
    return twin === undefined ? { option } : { option, twin };
  });
  return {
    goal,
    base,
    rows,
    before: { winners: count.winners, ...(count.result?.scores ? { scores: count.result.scores } : {}) },
    clones,
  };
}
