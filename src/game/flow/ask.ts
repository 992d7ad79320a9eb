/**
 * What the player is asked when the runner waits: the choices of a choice, a quiz or a
 * method to pick, the proposals of a puzzle (plus "I give up"), or the puzzle board of a puzzle
 * answered by changing ballots. The scene only shows views and passes picks back.
 */
import type { Answer, Pending } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { inputView } from '../../present/flow/labels.ts';
import { BallotDraft } from '../../present/flow/ballot-draft.ts';
import { PuzzleBoard } from '../../present/flow/puzzle-board.ts';
import { spoilerFacts, type SpoilerFacts } from '../../present/flow/spoiler-facts.ts';
import { t } from '../../i18n/first-screen.ts';

/** A text menu: a prompt and its numbered choices. */
export interface DialogView {
  readonly prompt: string;
  readonly choices: readonly string[];
  /** The last, separate choice (back, give up): picked as -1. */
  readonly extra?: string;
}

interface AskHost {
  show(view: DialogView, onPick: (index: number) => void): void;
  answer(answer: Answer): void;
  /** A "change the ballots" puzzle, played on the box itself. */
  board(board: PuzzleBoard, prompt: string): void;
  /** An "add an option" puzzle shown with its ballots and clones (numbered proposals when absent). */
  spoiler?(facts: SpoilerFacts, prompt: string): void;
  /** The player's own ballot filled by hand (numbered quick ballots when absent). */
  ballot?(draft: BallotDraft, prompt: string): void;
}

/**
 * The puzzle board of each puzzle waiting for its answer (the runner keeps the same Pending until
 * it is answered): the dialogue redrawn in another language or text size gives the player back
 * the changes made so far, not an empty board. An answer sent starts afresh.
 */
const boards = new WeakMap<Pending, PuzzleBoard>();
/** The same for the player's own ballot being filled. */
const drafts = new WeakMap<Pending, BallotDraft>();

/** An answer was sent for this puzzle: a refused one starts afresh, as the runner asks again. */
export function answered(pending: Pending): void {
  boards.delete(pending);
  drafts.delete(pending);
}

export function askFor(pending: Pending, scenario: ScenarioData, texts: ScenarioWords, host: AskHost): void {
  const view = inputView(texts, pending);
  const step = scenario.steps[pending.step];
  if (step.type === 'ballot' && host.ballot) {
    const draft = drafts.get(pending) ?? new BallotDraft(scenario, pending);
    drafts.set(pending, draft);
    return host.ballot(draft, view.prompt);
  }
  // Only a "change the ballots" puzzle needs an editor: its board.
  if (view.needsEditor && step.type === 'puzzle') {
    const board = boards.get(pending) ?? new PuzzleBoard(scenario, step.goal);
    boards.set(pending, board);
    return host.board(board, view.prompt);
  }
  if (step.type === 'puzzle' && step.goal.kind === 'add-spoiler' && host.spoiler)
    return host.spoiler(spoilerFacts(scenario, step.goal), view.prompt);
  const prompt = view.prompt || t('dialogue.chooseMethod', {}, texts.lang);
  const extra = view.canGiveUp ? t('dialogue.giveUp', {}, texts.lang) : undefined;
  // Answers are numbered from 1; 0 gives a puzzle up.
  host.show({ prompt, choices: view.options, extra }, (i) => host.answer(i < 0 ? 0 : i + 1));
}
