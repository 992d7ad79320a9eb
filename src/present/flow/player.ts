/**
 * The scenario player: drives the headless runner for the scenes. It hands out the runner's
 * transcript one entry at a time (a line to say, a move, an election...), then the input the
 * runner waits for; every answer goes to the store (a saved run is its list of answers) and the
 * position between answers to the bookmark, so a reload continues exactly where the player was.
 */
import {
  ScenarioRunner,
  type Answer,
  type AnswerOutcome,
  type EarlierEndings,
  type Pending,
} from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { Entry } from '../../scenario/transcript.ts';

type Beat =
  | { readonly kind: 'entry'; readonly entry: Entry; readonly index: number }
  | { readonly kind: 'input'; readonly pending: Pending }
  | { readonly kind: 'finished' };

/** Entries the scenes never show: effects are bookkeeping, a choice or a ballot entry repeats what the player just did. */
const HIDDEN = new Set<Entry['type']>(['effect', 'choice', 'ballot', 'waiting']);

/** Where the player is between two answers (kept by game/flow/bookmark.ts): how many entries were shown after the last one. */
export interface Bookmark {
  readonly scenario: string;
  readonly answers: number;
  readonly cursor: number;
}

export interface PlayerSink {
  recordAnswer(answer: Answer, step: number): void;
  saveBookmark(bookmark: Bookmark): void;
}

interface Restored {
  readonly player: ScenarioPlayer;
  /** Answers of the save that the scenario no longer accepts (it changed since): dropped. */
  readonly dropped: number;
}

export class ScenarioPlayer {
  private cursor: number;
  private answers: Answer[];

  private constructor(
    readonly scenario: ScenarioData,
    readonly runner: ScenarioRunner,
    answers: readonly Answer[],
    cursor: number,
    private readonly sink: PlayerSink,
  ) {
    this.answers = [...answers];
    this.cursor = cursor;
  }

  /** `earlier`: how the chapters already played ended (the store's progress), for `ended(...)` conditions. */
  static start(scenario: ScenarioData, sink: PlayerSink, earlier: EarlierEndings = {}): ScenarioPlayer {
    return new ScenarioPlayer(scenario, new ScenarioRunner(scenario, earlier), [], 0, sink);
  }

  /** Replays saved answers; the bookmark, when it matches, puts the cursor back on the line. */
  static restore(
    scenario: ScenarioData,
    answers: readonly Answer[],
    bookmark: Bookmark | undefined,
    sink: PlayerSink,
    earlier: EarlierEndings = {},
  ): Restored {
    const runner = new ScenarioRunner(scenario, earlier);
    let lastStart = 0;
    let kept = 0;
    for (const answer of answers) {
      if (!runner.pending) break;
      const before = runner.transcript.length;
      if (!runner.answer(answer).accepted) break;
      lastStart = before;
      kept++;
    }
    const matches = bookmark !== undefined && bookmark.scenario === scenario.id && bookmark.answers === kept;
    const cursor = matches ? Math.min(bookmark.cursor, runner.transcript.length) : lastStart;
    const player = new ScenarioPlayer(scenario, runner, answers.slice(0, kept), cursor, sink);
    return { player, dropped: answers.length - kept };
  }

  get answerCount(): number {
    return this.answers.length;
  }

  get savedAnswers(): readonly Answer[] {
    return this.answers;
  }

  /** What to show now. */
  current(): Beat {
    const t = this.runner.transcript;
    while (this.cursor < t.length && HIDDEN.has(t[this.cursor].type)) this.cursor++;
    if (this.cursor < t.length) return { kind: 'entry', entry: t[this.cursor], index: this.cursor };
    const pending = this.runner.pending;
    return pending ? { kind: 'input', pending } : { kind: 'finished' };
  }

  /** The entries still to show before the next input (to prepare their textures at once). */
  upcoming(): readonly Entry[] {
    return this.runner.transcript.slice(this.cursor).filter((e) => !HIDDEN.has(e.type));
  }

  /** The last move already shown: where the story stands (after a reload, the scene to set again). */
  lastMove(): Extract<Entry, { type: 'move' }> | undefined {
    const t = this.runner.transcript;
    for (let i = Math.min(this.cursor, t.length) - 1; i >= 0; i--) {
      const e = t[i];
      if (e.type === 'move') return e;
    }
    return undefined;
  }

  /** Done with the current entry. */
  next(): void {
    if (this.current().kind !== 'entry') return;
    this.cursor++;
    this.save();
  }

  answer(answer: Answer): AnswerOutcome {
    const pending = this.runner.pending;
    if (!pending || this.current().kind !== 'input') return { accepted: false, key: 'scenario.answer.notWaiting' };
    const outcome = this.runner.answer(answer);
    if (!outcome.accepted) return outcome;
    this.answers.push(answer);
    this.sink.recordAnswer(answer, this.runner.state.step);
    this.save();
    return outcome;
  }

  private save(): void {
    this.sink.saveBookmark({ scenario: this.scenario.id, answers: this.answers.length, cursor: this.cursor });
  }

  get position(): number {
    return this.cursor;
  }

  get finished(): boolean {
    return this.current().kind === 'finished';
  }
}
