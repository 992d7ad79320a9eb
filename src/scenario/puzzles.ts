/**
 * Puzzles the engine checks: it counts the election again with the player's answer and says
 * whether the goal is reached, and why, as a message key with parameters.
 */
import type { MethodId } from '../voting/method.ts';
import type { StepParams } from '../voting/result.ts';
import { countElection, sameSet, type ElectionSetup } from './count.ts';
import type { Ballot, CastBallot, Electorates, Flavour } from './preferences.ts';
import type { PuzzleAnswerData, PuzzleGoalData, ScenarioData } from './schema.ts';

/** A number picks the n-th proposal (1-based); 0 gives up; an object is a free answer. */
export type Answer = number | PuzzleAnswerData;

interface Verdict {
  readonly solved: boolean;
  readonly key: string;
  readonly params: StepParams;
}
interface Refusal {
  readonly refused: true;
  readonly key: string;
  readonly params: StepParams;
}

/** The numbered proposals a puzzle offers (methods, or options to add). */
export function proposals(goal: PuzzleGoalData): readonly string[] {
  if (goal.kind === 'find-method') return goal.methods;
  if (goal.kind === 'add-spoiler') return goal.pool;
  return [];
}

function refuse(key: string, params: StepParams = {}): Refusal {
  return { refused: true, key, params };
}

function pick(goal: PuzzleGoalData, answer: Answer, field: 'method' | 'add'): string | Refusal {
  const list = proposals(goal);
  if (typeof answer === 'number') {
    if (!Number.isInteger(answer) || answer < 1 || answer > list.length)
      return refuse('scenario.answer.range', { value: answer, count: list.length });
    return list[answer - 1];
  }
  const value = answer[field];
  if (value === undefined || !list.includes(value))
    return refuse('scenario.answer.notOffered', { value: String(value ?? '') });
  return value;
}

function ballotOf(
  change: NonNullable<PuzzleAnswerData['changes']>[number],
  flavour: Flavour,
  candidates: readonly string[],
): Ballot | Refusal {
  const known = (ids: readonly string[]): string | undefined => ids.find((c) => !candidates.includes(c));
  if (flavour === 'ranked' && change.ranking) {
    const tiers = change.ranking.map((e) => (typeof e === 'string' ? [e] : [...e]));
    const flat = tiers.flat();
    const unknown = known(flat);
    if (unknown !== undefined) return refuse('scenario.answer.unknownOption', { value: unknown });
    if (new Set(flat).size !== flat.length) return refuse('scenario.answer.rankedTwice');
    return { kind: 'ranked', ranking: tiers.filter((t) => t.length > 0) };
  }
  if (flavour === 'approval' && change.approves) {
    const unknown = known(change.approves);
    if (unknown !== undefined) return refuse('scenario.answer.unknownOption', { value: unknown });
    return { kind: 'approval', approves: candidates.filter((c) => change.approves!.includes(c)) };
  }
  if (flavour === 'graded' && change.grades) {
    const unknown = known(Object.keys(change.grades));
    if (unknown !== undefined) return refuse('scenario.answer.unknownOption', { value: unknown });
    return { kind: 'graded', grades: { ...change.grades } };
  }
  return refuse('scenario.answer.wrongBallot', { ballot: flavour });
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'refused' in x;
}

export function checkPuzzle(
  scenario: ScenarioData,
  voters: Electorates,
  goal: PuzzleGoalData,
  setup: ElectionSetup,
  answer: Answer,
): Verdict | Refusal {
  if (goal.kind === 'find-method') {
    const method = pick(goal, answer, 'method');
    if (isRefusal(method)) return method;
    const { counts } = countElection(scenario, voters, setup, [method as MethodId]);
    const winners = counts[0].winners;
    const solved = sameSet(winners, [goal.winner]);
    return {
      solved,
      key: solved ? 'scenario.puzzle.methodWins' : 'scenario.puzzle.methodLoses',
      params: { method, winner: goal.winner, winners: [...winners], n: winners.length },
    };
  }
  if (goal.kind === 'add-spoiler') {
    const added = pick(goal, answer, 'add');
    if (isRefusal(added)) return added;
    const before = countElection(scenario, voters, setup, [goal.method]).counts[0].winners;
    const candidates = [
      ...(setup.candidates ?? scenario.options.map((o) => o.id).filter((o) => !goal.pool.includes(o))),
      added,
    ];
    const after = countElection(scenario, voters, { ...setup, candidates }, [goal.method]).counts[0].winners;
    const params = {
      added,
      before: [...before],
      after: [...after],
      nBefore: before.length,
      nAfter: after.length,
      method: goal.method,
    };
    if (after.includes(added)) return { solved: false, key: 'scenario.puzzle.addedWins', params };
    if (sameSet(before, after)) return { solved: false, key: 'scenario.puzzle.noChange', params };
    return { solved: true, key: 'scenario.puzzle.spoiled', params };
  }
  if (typeof answer === 'number' || !answer.changes) return refuse('scenario.answer.needsChanges');
  const changes = answer.changes;
  const electorate = voters.electorate(setup.electorate);
  const total = changes.reduce((n, c) => n + c.count, 0);
  for (const change of changes) {
    const voter = electorate.voters.find((v) => v.id === change.voter);
    if (!voter) return refuse('scenario.answer.unknownVoter', { value: change.voter });
    const asked = changes.filter((c) => c.voter === change.voter).reduce((n, c) => n + c.count, 0);
    if (asked > voter.count)
      return refuse('scenario.answer.tooManyOfVoter', { value: change.voter, count: voter.count });
  }
  if (total > goal.maxChanges)
    return { solved: false, key: 'scenario.puzzle.tooManyChanges', params: { count: total, limit: goal.maxChanges } };
  let refusal: Refusal | undefined;
  const candidates = setup.candidates ?? scenario.options.map((o) => o.id);
  const replace = (list: CastBallot[], flavour: Flavour): CastBallot[] => {
    const out: CastBallot[] = [];
    for (const b of list) {
      let left = b.count;
      for (const change of changes.filter((c) => c.voter === b.voter)) {
        const ballot = ballotOf(change, flavour, candidates);
        if (isRefusal(ballot)) {
          refusal = ballot;
          continue;
        }
        left -= change.count;
        out.push({ voter: b.voter, count: change.count, sincere: b.sincere, cast: ballot, changed: true });
      }
      if (left > 0) out.push({ ...b, count: left });
    }
    return out;
  };
  const counted = countElection(scenario, voters, setup, [goal.method], replace);
  if (refusal) return refusal;
  const winners = counted.counts[0].winners;
  const solved = sameSet(winners, [goal.winner]);
  return {
    solved,
    key: solved ? 'scenario.puzzle.changedWins' : 'scenario.puzzle.changedLoses',
    params: { count: total, method: goal.method, winner: goal.winner, winners: [...winners] },
  };
}
