/**
 * The headless runner: plays a validated scenario step by step, evaluates conditions,
 * applies effects, counts elections through the voting engine and records a transcript.
 * It stops when it needs the player (a choice, a method to pick, a quiz, a puzzle) and goes
 * on with `answer()`. Everything is deterministic: the same answers give the same transcript,
 * so a saved game is the list of its answers.
 */
import type { MethodId } from '../voting/method.ts';
import type { StepParams } from '../voting/result.ts';
import { countElection, electionMethods, type ElectionSetup } from './count.ts';
import { WORK, electionWork } from './limits.ts';
import { Electorates } from './preferences.ts';
import { BallotHistory } from './recount.ts';
import { isPersuasion, persuade } from './persuasion.ts';
import {
  asBallot,
  ballotCandidates,
  ballotSupports,
  castPlayerBallot,
  isBallotRefusal,
  readPlayerBallot,
} from './player-ballot.ts';
import { checkPuzzle, isRefusal, proposals, type Answer } from './puzzles.ts';
import type {
  BallotStepData,
  ConditionInput,
  EffectData,
  ElectionStepData,
  PlayerBallotData,
  ScenarioData,
  StepData,
} from './schema.ts';
import type { Entry, ElectionEntry } from './transcript.ts';
import { figureValues, playerRowOf } from './figures.ts';

export type { Answer } from './puzzles.ts';

interface RunState {
  /** The next step to run; `steps.length` once finished. */
  step: number;
  flags: Record<string, boolean>;
  variables: Record<string, number>;
  place?: string;
  /** Choice step id (or its index) → chosen option id (or its number). */
  choices: Record<string, string>;
  solved: Record<string, boolean>;
  methodsChosen: Record<string, MethodId>;
  /** Puzzle id → attempts used. */
  attempts: Record<string, number>;
  /** Ballot step id → the ballot the player cast there. */
  ballots: Record<string, PlayerBallotData>;
  finished: boolean;
  ending?: string;
}

/** How earlier chapters ended (chapter id → ending id), as the store's progress keeps it. */
export type EarlierEndings = Readonly<Record<string, string>>;

export type Pending =
  | { readonly kind: 'choice'; readonly step: number; readonly options: readonly string[] }
  | { readonly kind: 'method'; readonly step: number; readonly options: readonly MethodId[] }
  | { readonly kind: 'quiz'; readonly step: number; readonly options: readonly string[] }
  | { readonly kind: 'puzzle'; readonly step: number; readonly options: readonly string[] }
  /** The player's own ballot; options are the candidates (a number n is the quick ballot with the n-th first). */
  | { readonly kind: 'ballot'; readonly step: number; readonly options: readonly string[] };

export interface AnswerOutcome {
  readonly accepted: boolean;
  readonly key?: string;
  readonly params?: StepParams;
}

/** A loop that keeps running without the player is stopped here (the loader forbids traps). */
export const MAX_STEPS_WITHOUT_INPUT = 10_000;

export class ScenarioRunner {
  readonly transcript: Entry[] = [];
  readonly state: RunState;
  private voters: Electorates;
  /** The scenario as the next count sees it: the voters persuaded so far have their new preferences. */
  private persuadedSoFar: ScenarioData;
  private readonly elections = new Map<string, ElectionEntry>();
  /** Every count so far, to tell a recount of the same ballots from a new vote. */
  private readonly history = new BallotHistory();
  private pendingInput: Pending | undefined;
  /** Estimated work of the counts since the player last answered (WORK.withoutInput bounds it). */
  private workSinceInput = 0;

  /** `earlier`: how the chapters already played ended, for `ended(...)` conditions (none by default). */
  constructor(
    readonly scenario: ScenarioData,
    readonly earlier: EarlierEndings = {},
  ) {
    this.voters = new Electorates(scenario);
    this.persuadedSoFar = scenario;
    this.state = {
      step: 0,
      flags: Object.fromEntries(scenario.flags.map((f) => [f, false])),
      variables: { ...scenario.variables },
      choices: {},
      solved: {},
      methodsChosen: {},
      attempts: {},
      ballots: {},
      finished: false,
    };
    this.run();
  }

  get pending(): Pending | undefined {
    return this.pendingInput;
  }

  /** The electorates as they now stand (persuasions applied), for what shows or edits ballots. */
  get profile(): ScenarioData {
    return this.persuadedSoFar;
  }

  election(id: string): ElectionEntry | undefined {
    return this.elections.get(id);
  }

  /** Runs until the player is needed or the scenario ends. */
  private run(): void {
    const steps = this.scenario.steps;
    for (let budget = 0; !this.pendingInput && !this.state.finished; budget++) {
      if (budget >= MAX_STEPS_WITHOUT_INPUT) {
        this.transcript.push({
          type: 'error',
          key: 'scenario.run.tooManySteps',
          params: { limit: MAX_STEPS_WITHOUT_INPUT },
        });
        return this.finish();
      }
      if (this.state.step >= steps.length) return this.finish();
      const step = steps[this.state.step];
      if (step.if && !this.holds(step.if)) {
        this.state.step++;
        continue;
      }
      this.execute(step);
    }
  }

  private finish(ending?: string): void {
    this.state.finished = true;
    this.state.step = this.scenario.steps.length;
    if (ending !== undefined) this.state.ending = ending;
  }

  private jump(id: string | undefined): void {
    if (id === undefined) {
      this.state.step++;
      return;
    }
    const to = this.scenario.steps.findIndex((s) => s.id === id);
    this.state.step = to === -1 ? this.state.step + 1 : to;
  }

  private execute(step: StepData): void {
    switch (step.type) {
      case 'say':
        this.transcript.push({
          type: 'say',
          speaker: step.speaker,
          text: step.text,
          mood: step.mood,
          ...this.varsFor(step.text),
        });
        return this.jump(undefined);
      case 'move':
        this.state.place = step.to;
        this.transcript.push({
          type: 'move',
          place: step.to,
          present: step.present ?? [],
          ...(step.time ? { time: step.time } : {}),
          ...(step.props ? { props: step.props } : {}),
        });
        return this.jump(undefined);
      case 'set':
        this.apply(step.effects);
        return this.jump(undefined);
      case 'goto':
        return this.jump(step.to);
      case 'branch': {
        const hit = step.cases.find((c) => this.holds(c.if));
        if (hit) return this.jump(hit.goto);
        return this.jump(step.else);
      }
      case 'end':
        this.transcript.push({ type: 'end', ending: step.ending, text: step.text });
        return this.finish(step.ending);
      case 'choice':
        this.pendingInput = {
          kind: 'choice',
          step: this.state.step,
          options: this.visibleOptions(step).map((o) => o.text),
        };
        return;
      case 'election':
        if (step.choose) {
          this.pendingInput = { kind: 'method', step: this.state.step, options: step.choose };
          return;
        }
        if (!this.count(step, electionMethods(this.scenario, step))) return;
        return this.jump(undefined);
      case 'reveal': {
        const counted = this.elections.get(step.election);
        const cast = counted?.counted.ballots;
        const ballots = cast?.ranked ?? cast?.approval ?? cast?.graded ?? [];
        const shown = step.voters ? ballots.filter((b) => step.voters!.includes(b.voter)) : ballots;
        this.transcript.push({ type: 'reveal', election: step.election, ballots: shown });
        return this.jump(undefined);
      }
      case 'quiz':
        this.pendingInput = { kind: 'quiz', step: this.state.step, options: step.answers.map((a) => a.text) };
        return;
      case 'puzzle':
        this.pendingInput = { kind: 'puzzle', step: this.state.step, options: proposals(step.goal) };
        return;
      case 'ballot':
        this.pendingInput = { kind: 'ballot', step: this.state.step, options: ballotCandidates(this.scenario, step) };
        return;
    }
  }

  /** A line that shows variables keeps their values of the moment, and the count figures it quotes (figures.ts). */
  private varsFor(key: string | undefined): { vars?: Record<string, number> } {
    if (key === undefined) return {};
    const texts = Object.values(this.scenario.texts).flatMap((table) =>
      table[key]?.includes('{') ? [table[key]] : [],
    );
    if (texts.length === 0) return {};
    const figures = figureValues(
      texts,
      (id) => this.elections.get(id)?.counted,
      (id) => playerRowOf(this.scenario, this.voters.electorate(this.setupOf(id).electorate)),
    );
    return { vars: { ...this.state.variables, ...figures } };
  }

  private visibleOptions(
    step: Extract<StepData, { type: 'choice' }>,
  ): Extract<StepData, { type: 'choice' }>['options'] {
    return step.options.filter((o) => !o.if || this.holds(o.if));
  }

  /**
   * Counts an election; false when the work since the player's last answer would pass
   * WORK.withoutInput (a loop around costly elections): the run then stops with an error.
   */
  private count(step: ElectionStepData, ids: readonly MethodId[], chosen?: MethodId): boolean {
    this.workSinceInput += electionWork(this.scenario, step, ids);
    if (this.workSinceInput > WORK.withoutInput) {
      this.transcript.push({ type: 'error', key: 'scenario.run.tooMuchWork', params: { limit: WORK.withoutInput } });
      this.finish();
      return false;
    }
    const counted = countElection(this.scenario, this.voters, step, ids);
    // A vote counted before the chapter (step.recount) is a recount even as the run's first count;
    // a new vote on the same preferences (step.recast: a candidate withdrew, one name per pebble)
    // is cast again even though its rows match an earlier count's.
    const seen = this.history.record(step.id, this.voters.electorate(step.electorate).id, counted);
    const from = step.recast ? undefined : (seen ?? (step.recount ? ({ kind: 'recount' } as const) : undefined));
    const entry: ElectionEntry = {
      type: 'election',
      election: step.id,
      prompt: step.prompt,
      mode: step.method ? 'fixed' : step.choose ? 'choose' : 'compare',
      ...(chosen ? { chosen } : {}),
      counted,
      ...(from ? { ballotsFrom: from } : {}),
    };
    this.elections.set(step.id, entry);
    this.transcript.push(entry);
    return true;
  }

  private setupOf(electionId: string): ElectionSetup {
    const step = this.scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === electionId);
    return step ?? {};
  }

  /** Gives the runner what it waits for. A refused answer changes nothing. */
  answer(answer: Answer): AnswerOutcome {
    const pending = this.pendingInput;
    if (!pending) return { accepted: false, key: 'scenario.answer.notWaiting' };
    const step = this.scenario.steps[pending.step];
    const inRange =
      typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= pending.options.length;
    if (step.type === 'ballot') return this.castBallot(step, answer);
    if (pending.kind !== 'puzzle' && !inRange) {
      return {
        accepted: false,
        key: 'scenario.answer.range',
        params: { value: typeof answer === 'number' ? answer : '?', count: pending.options.length },
      };
    }
    const n = (answer as number) - 1;
    this.pendingInput = undefined;
    this.workSinceInput = 0;
    if (step.type === 'choice') {
      const option = this.visibleOptions(step)[n];
      this.state.choices[step.id ?? String(pending.step)] = option.id ?? String(n + 1);
      this.transcript.push({
        type: 'choice',
        prompt: step.prompt,
        speaker: step.speaker,
        options: pending.options,
        picked: n,
      });
      if (option.effects) this.apply(option.effects);
      this.jump(option.goto);
    } else if (step.type === 'election') {
      const method = pending.options[n] as MethodId;
      this.state.methodsChosen[step.id] = method;
      if (this.count(step, [method], method)) this.jump(undefined);
    } else if (step.type === 'quiz') {
      const picked = step.answers[n];
      const correct = typeof picked.correct === 'boolean' ? picked.correct : this.holds(picked.correct);
      this.transcript.push({
        type: 'quiz',
        quiz: step.id,
        question: step.question,
        options: pending.options,
        picked: n,
        correct,
        feedback: picked.feedback,
        ...this.varsFor(picked.feedback),
      });
      this.state.solved[step.id] = correct;
      this.apply((correct ? step.onCorrect : step.onWrong) ?? []);
      if (correct || !step.retry) this.jump(undefined);
      else this.pendingInput = pending;
    } else if (step.type === 'puzzle') {
      const outcome = this.puzzle(step, pending, answer);
      if (!outcome.accepted) return outcome;
    }
    this.run();
    return { accepted: true };
  }

  /** The player's ballot goes into the electorate: every election counted afterwards on it counts it. */
  private castBallot(step: BallotStepData, answer: Answer): AnswerOutcome {
    const ballot = readPlayerBallot(this.persuadedSoFar, step, answer);
    if (isBallotRefusal(ballot)) return { accepted: false, key: ballot.key, params: ballot.params };
    this.pendingInput = undefined;
    this.workSinceInput = 0;
    this.state.ballots[step.id] = ballot;
    this.persuadedSoFar = castPlayerBallot(this.persuadedSoFar, step, ballot);
    this.voters = new Electorates(this.persuadedSoFar);
    this.transcript.push({
      type: 'ballot',
      ballot: step.id,
      prompt: step.prompt,
      ...(step.speaker ? { speaker: step.speaker } : {}),
      voter: step.voter,
      electorate: step.electorate,
      cast: asBallot(ballot),
    });
    this.jump(undefined);
    this.run();
    return { accepted: true };
  }

  private puzzle(step: Extract<StepData, { type: 'puzzle' }>, pending: Pending, answer: Answer): AnswerOutcome {
    const used = (this.state.attempts[step.id] ?? 0) + 1;
    if (answer === 0) {
      this.transcript.push({
        type: 'puzzle',
        puzzle: step.id,
        prompt: step.prompt,
        answer,
        options: pending.options,
        solved: false,
        gaveUp: true,
        key: 'scenario.puzzle.gaveUp',
        params: {},
        attemptsLeft: 0,
      });
      this.state.solved[step.id] = false;
      this.apply(step.onFailed ?? []);
      this.jump(undefined);
      return { accepted: true };
    }
    const verdict = checkPuzzle(this.scenario, this.voters, step.goal, this.setupOf(step.goal.election), answer);
    if (isRefusal(verdict)) {
      this.pendingInput = pending;
      return { accepted: false, key: verdict.key, params: verdict.params };
    }
    this.state.attempts[step.id] = used;
    const attemptsLeft = verdict.solved ? 0 : step.attempts - used;
    this.transcript.push({
      type: 'puzzle',
      puzzle: step.id,
      prompt: step.prompt,
      answer,
      options: pending.options,
      solved: verdict.solved,
      key: verdict.key,
      params: verdict.params,
      attemptsLeft,
      hint: verdict.solved ? undefined : step.hint,
    });
    this.state.solved[step.id] = verdict.solved;
    if (verdict.solved || attemptsLeft <= 0) {
      this.apply((verdict.solved ? step.onSolved : step.onFailed) ?? []);
      this.jump(undefined);
    } else this.pendingInput = pending;
    return { accepted: true };
  }

  private apply(effects: readonly EffectData[]): void {
    for (const e of effects) {
      if (e.set !== undefined) this.state.flags[e.set] = true;
      else if (e.clear !== undefined) this.state.flags[e.clear] = false;
      else if (e.var !== undefined) {
        const before = this.state.variables[e.var] ?? 0;
        this.state.variables[e.var] = e.assign ?? before + (e.add ?? 0);
      } else if (isPersuasion(e)) {
        this.persuadedSoFar = persuade(this.persuadedSoFar, e);
        this.voters = new Electorates(this.persuadedSoFar);
      }
      this.transcript.push({ type: 'effect', effect: e });
    }
  }

  /** Conditions on elections read the winners after the tie-break. */
  holds(c: ConditionInput): boolean {
    const s = this.state;
    if (c.flag !== undefined) return s.flags[c.flag] === true;
    if (c.not !== undefined) return !this.holds(c.not);
    if (c.all !== undefined) return c.all.every((x) => this.holds(x));
    if (c.any !== undefined) return c.any.some((x) => this.holds(x));
    if (c.var !== undefined) return compare(s.variables[c.var] ?? 0, c.op ?? '==', c.value ?? 0);
    if (c.winner !== undefined) {
      const entry = c.election === undefined ? undefined : this.elections.get(c.election);
      // No method: the election's only count (the loader refuses it for a real comparison).
      const counted = entry?.counted.counts.find((k) => c.method === undefined || k.method === c.method);
      return counted?.winners.includes(c.winner) ?? false;
    }
    if (c.methodChosen !== undefined) return c.election !== undefined && s.methodsChosen[c.election] === c.methodChosen;
    if (c.chose !== undefined) {
      // On a ballot step: the player's ballot puts the option first (player-ballot.ts).
      const ballot = s.ballots[c.chose];
      if (ballot) return c.option !== undefined && ballotSupports(ballot, c.option);
      return s.choices[c.chose] === c.option;
    }
    if (c.solved !== undefined) return s.solved[c.solved] === true;
    if (c.ended !== undefined) return Object.hasOwn(this.earlier, c.ended) && this.earlier[c.ended] === c.ending;
    return false;
  }
}

function compare(a: number, op: NonNullable<ConditionInput['op']>, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

interface PlayThrough {
  readonly runner: ScenarioRunner;
  /** Answers left over when the scenario ended. */
  readonly unused: number;
  /** The first refused answer, if any (the run stops there). */
  readonly refused?: AnswerOutcome & { readonly index: number };
}

/** Plays a scenario with a list of answers, as the CLI and the tests do. */
export function playThrough(
  scenario: ScenarioData,
  answers: readonly Answer[],
  earlier: EarlierEndings = {},
): PlayThrough {
  const runner = new ScenarioRunner(scenario, earlier);
  for (let i = 0; i < answers.length; i++) {
    if (!runner.pending) return { runner, unused: answers.length - i };
    const outcome = runner.answer(answers[i]);
    if (!outcome.accepted) return { runner, unused: answers.length - i, refused: { ...outcome, index: i } };
  }
  if (runner.pending)
    runner.transcript.push({ type: 'waiting', kind: runner.pending.kind, options: runner.pending.options });
  return { runner, unused: 0 };
}
