/**
 * The dialogue's input, drawn: the prompt in the box, then its choices in a list, or the panel
 * of a puzzle board, a spoiler puzzle or the player's own ballot over the canvas. What is asked
 * is decided by game/flow/ask.ts; the answer is handed back to the scene, which forwards it to
 * the story. Nothing here moves the story.
 */
import type Phaser from 'phaser';
import type { Answer, Pending } from '../../scenario/runner.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { inputView } from '../../present/flow/labels.ts';
import { a11y } from '../a11y/layer.ts';
import { answered, askFor, type DialogView } from '../flow/ask.ts';
import { SceneKey } from '../keys.ts';
import { ChoiceList } from '../ui/choice-list.ts';
import type { Frame } from '../ui/layout.ts';
import { PlayerBallotPanel } from '../ui/player-ballot-panel.ts';
import { PuzzleBoardPanel } from '../ui/puzzle-board-panel.ts';
import { SpoilerPanel } from '../ui/spoiler-panel.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/first-screen.ts';
import type { DialogueParts } from './layout.ts';

interface AskingHost {
  readonly scene: Phaser.Scene;
  readonly f: Frame;
  readonly parts: DialogueParts;
  readonly texts: ScenarioWords;
  /** Whether the speaker's portrait stands beside the box (the text then starts after it). */
  hasPortrait(speaker: string | undefined): boolean;
  answer(answer: Answer): void;
  openMenu(): void;
}

export class DialogueAsking {
  private choices: ChoiceList | undefined;
  private board: PuzzleBoardPanel | SpoilerPanel | PlayerBallotPanel | undefined;

  constructor(private readonly host: AskingHost) {}

  /** The input the story waits for, on the profile as it now stands (a voter persuaded earlier shows with their new mind). */
  show(pending: Pending, profile: ScenarioData): void {
    const { parts, texts } = this.host;
    const view = inputView(texts, pending);
    parts.next.setVisible(false).setDisabled(true);
    parts.stage.focusSpeaker(view.speaker);
    parts.stage.showPortrait(view.speaker, 'thinking');
    const speaker = texts.character(view.speaker);
    const prompt = (text: string): void => {
      parts.box.say(speaker, text, { portrait: this.host.hasPortrait(view.speaker) });
      parts.box.hideMore();
    };
    const send = (a: Answer): void => {
      answered(pending);
      this.host.answer(a);
    };
    askFor(pending, profile, texts, {
      show: (v, onPick) => this.ask(prompt, v, onPick),
      answer: (a) => this.host.answer(a),
      board: (board, text) => {
        prompt(text);
        this.board = new PuzzleBoardPanel(this.host.scene, board, texts, text, { submit: send, giveUp: () => send(0) });
      },
      spoiler: (facts, text) => {
        prompt(text);
        this.board = new SpoilerPanel(this.host.scene, facts, texts, text, { answer: (n) => this.host.answer(n) });
        probe.set('waits', 'board');
      },
      ballot: (draft, text) => {
        prompt(text);
        this.board = new PlayerBallotPanel(this.host.scene, draft, texts, text, { send });
      },
    });
  }

  /** The panel over the canvas steps aside while a menu is open. */
  set hidden(hidden: boolean) {
    if (this.board) this.board.hidden = hidden;
  }

  clear(): void {
    this.choices?.destroy();
    this.board?.destroy();
    this.choices = this.board = undefined;
  }

  /** A prompt in the box and its choices in a list (numbered; the extra one last). */
  private ask(prompt: (text: string) => void, view: DialogView, onPick: (i: number) => void): void {
    const { f, parts } = this.host;
    this.choices?.destroy();
    prompt(view.prompt);
    const { width: w } = f;
    this.choices = new ChoiceList(this.host.scene, {
      x: w / 2 + (f.portrait ? 0 : 140),
      bottom: parts.boxTop - 24,
      top: 76,
      width: Math.min(f.portrait ? w - 40 : 860, w - 40),
      choices: view.choices,
      extra: view.extra,
      scope: `${SceneKey.Dialogue}.choices`,
      onEscape: () => this.host.openMenu(),
      onPick,
    });
    a11y().announce([
      view.prompt,
      ...view.choices.map((o, i) => t('dialogue.choiceLine', { n: i + 1, text: o })),
      ...(view.extra ? [view.extra] : []),
    ]);
    probe.set('waits', 'choices');
  }
}
