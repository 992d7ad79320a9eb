/**
 * What the player is asked when the runner waits: the choices of a choice, a quiz or a
 * method to pick, the proposals of a puzzle (plus "I give up"), or the ballot editor of a
 * puzzle answered by changing ballots. The scene only shows views and passes picks back.
 */
import type { Answer, Pending } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import { gameText } from '../ui/messages.ts';
import { BallotDialog, type DialogView } from './ballot-dialog.ts';
import { BallotEditor } from './ballot-editor.ts';
import type { ScenarioTexts } from './labels.ts';
import { PuzzleBoard } from './puzzle-board.ts';
import { spoilerFacts, type SpoilerFacts } from './spoiler-facts.ts';

export interface AskHost {
  show(view: DialogView, onPick: (index: number) => void): void;
  answer(answer: Answer): void;
  /** A "change the ballots" puzzle played on the box itself (the text menu when absent). */
  board?(board: PuzzleBoard, prompt: string): void;
  /** An "add an option" puzzle shown with its ballots and clones (numbered proposals when absent). */
  spoiler?(facts: SpoilerFacts, prompt: string): void;
}

export function askFor(pending: Pending, scenario: ScenarioData, election: (id: string) => ElectionEntry | undefined, texts: ScenarioTexts, host: AskHost): void {
  const view = texts.input(pending);
  if (view.needsEditor) {
    const step = scenario.steps[pending.step];
    if (step.type === 'puzzle' && host.board) return host.board(new PuzzleBoard(scenario, step.goal), view.prompt);
    const goal = step.type === 'puzzle' ? step.goal.election : '';
    const editor = new BallotEditor(scenario, pending, election(goal));
    new BallotDialog(editor, texts, view.prompt, { show: host.show, submit: host.answer, giveUp: () => host.answer(0) }).menu();
    return;
  }
  const step = scenario.steps[pending.step];
  if (step.type === 'puzzle' && step.goal.kind === 'add-spoiler' && host.spoiler) return host.spoiler(spoilerFacts(scenario, step.goal), view.prompt);
  const prompt = view.prompt || gameText('dialogue.chooseMethod', {}, texts.lang);
  const extra = view.canGiveUp ? gameText('dialogue.giveUp', {}, texts.lang) : undefined;
  // Answers are numbered from 1; 0 gives a puzzle up.
  host.show({ prompt, choices: view.options, extra }, (i) => host.answer(i < 0 ? 0 : i + 1));
}
