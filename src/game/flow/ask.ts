/**
 * What the player is asked when the runner waits: the choices of a choice, a quiz or a
 * method to pick, the proposals of a puzzle (plus "I give up"), or the ballot editor of a
 * puzzle answered by changing ballots. The scene only shows views and passes picks back.
 */
import type { Answer, Pending } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import { BallotDialog, type DialogView } from './ballot-dialog.ts';
import { BallotEditor } from './ballot-editor.ts';
import type { ScenarioTexts } from './labels.ts';
import { t } from '../../i18n/first-screen.ts';

export interface AskHost {
  show(view: DialogView, onPick: (index: number) => void): void;
  answer(answer: Answer): void;
}

export function askFor(pending: Pending, scenario: ScenarioData, election: (id: string) => ElectionEntry | undefined, texts: ScenarioTexts, host: AskHost): void {
  const view = texts.input(pending);
  if (view.needsEditor) {
    const step = scenario.steps[pending.step];
    const goal = step.type === 'puzzle' ? step.goal.election : '';
    const editor = new BallotEditor(scenario, pending, election(goal));
    new BallotDialog(editor, texts, view.prompt, { show: host.show, submit: host.answer, giveUp: () => host.answer(0) }).menu();
    return;
  }
  const prompt = view.prompt || t('dialogue.chooseMethod', {}, texts.lang);
  const extra = view.canGiveUp ? t('dialogue.giveUp', {}, texts.lang) : undefined;
  // Answers are numbered from 1; 0 gives a puzzle up.
  host.show({ prompt, choices: view.options, extra }, (i) => host.answer(i < 0 ? 0 : i + 1));
}
