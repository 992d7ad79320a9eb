import { gameKey, isPress } from '../../present/keys.ts';
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import type { Expression } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { artForEntries, portraitArt } from '../flow/beat-art.ts';
import { findChapter } from '../flow/chapters.ts';
import { endTitle } from '../ui/chapter-labels.ts';
import { openChapterScene } from '../flow/follow.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { inputView, verdict, plainLines } from '../../present/flow/labels.ts';
import { ensureScene, switchTo } from '../flow/navigate.ts';
import { activePlay, finishPlay, leavePlay, type Play } from '../flow/play.ts';
import { coastWalks, moveOnStage } from '../../present/flow/coast-walks.ts';
import { sceneNotes, sceneSetAt } from '../../present/flow/scene-set.ts';
import { endChoices, storyScreen } from '../../present/flow/journey.ts';
import { BodyData, SceneKey } from '../keys.ts';
import type { Entry } from '../../scenario/transcript.ts';
import type { Answer, Pending } from '../../scenario/runner.ts';
import { answered, askFor } from '../flow/ask.ts';
import type { DialogView } from '../flow/ask.ts';
import { loadArt } from '../ui/art-loader.ts';
import { Button } from '../ui/button.ts';
import { touchHitSize } from '../ui/touch.ts';
import { ChoiceList } from '../ui/choice-list.ts';
import { DialogueBox } from '../ui/dialogue-box.ts';
import { display } from '../ui/display.ts';
import { frame, type Frame } from '../ui/layout.ts';
import { LinesCard } from '../ui/lines-card.ts';
import { PlayerBallotPanel } from '../ui/player-ballot-panel.ts';
import { PuzzleBoardPanel } from '../ui/puzzle-board-panel.ts';
import { SpoilerPanel } from '../ui/spoiler-panel.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openEndMenu, openPauseMenu } from '../ui/pause-menu.ts';
import { playerMember } from '../ui/portrait.ts';
import { Stage } from '../ui/stage.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/first-screen.ts';

type Waiting = 'line' | 'choices' | 'menu' | 'busy';

/**
 * The dialogue: plays the chapter's transcript over the coast, one entry at a time. Lines type
 * out (any key, click or touch shows them whole, then goes on), choices wait for the player,
 * moves walk the crab on the map, elections go to the count scenes and come back.
 */
export class DialogueScene extends Phaser.Scene {
  private play!: Play;
  private texts!: ScenarioWords;
  private f!: Frame;
  private stage!: Stage;
  private box!: DialogueBox;
  private next!: Button;
  private choices: ChoiceList | undefined;
  private card: LinesCard | undefined;
  private menu: MenuPanel | undefined;
  private board: PuzzleBoardPanel | SpoilerPanel | PlayerBallotPanel | undefined;
  private waiting: Waiting = 'busy';
  private stale = false;

  constructor() {
    super(SceneKey.Dialogue);
  }

  create(): void {
    const play = activePlay();
    if (!play) {
      void switchTo(this.game, SceneKey.Title, {});
      return;
    }
    this.play = play;
    this.f = frame(this);
    this.texts = new ScenarioWords(play.scenario, display().language);
    this.choices = this.card = this.menu = this.board = undefined;
    this.waiting = 'busy';
    this.stale = false;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.openMenu() });
    // Language or text size changed (in the settings, over this scene): redraw the same beat.
    binding.onDisplay((now, before) => {
      if (now.language !== before.language || now.textSize !== before.textSize) this.stale = true;
    });
    this.events.on(Phaser.Scenes.Events.RESUME, () => (this.stale ? this.scene.restart() : a11y().focusFirst()));
    binding.listen(window, 'keydown', (event) => {
      // Enter or Space with nothing focused (after a click on the canvas) still goes on.
      if (isPress(gameKey(event.key)) && document.activeElement === document.body && a11y().top === SceneKey.Dialogue) {
        event.preventDefault();
        this.advance();
      }
    });
    this.layout();
    void this.resume();
  }

  /** After a reload or a count, the scene is set again where the story stands before going on. */
  private async resume(): Promise<void> {
    const move = this.play.player.lastMove();
    if (move) {
      await loadArt(this, artForEntries(this.play.scenario, [move], this.f));
      if (!this.sys.isActive()) return;
      this.stage.setPlace(move.place);
      this.stage.setPresent(move.present, playerMember(this.play.scenario)?.id);
      this.setScene(move);
    }
    return this.showBeat();
  }

  private layout(): void {
    const { width: w, height: h, portrait } = this.f;
    const size = display().textSize;
    const boxHeight = (portrait ? 300 : 200) + (size === 'normal' ? 0 : size === 'large' ? 30 : 60);
    const boxTop = h - boxHeight - 16;
    const portraitSize = portrait ? 220 : 270;
    this.stage = new Stage(this, this.f, this.play.scenario, {
      groundY: boxTop - (portrait ? 60 : 8),
      rowLeft: portrait ? 30 : 330,
      portraitX: portrait ? 130 : 170,
      // Above the box, whole: the face is never cut.
      portraitY: portrait ? boxTop - 300 : boxTop - 52,
      portraitSize,
    });
    this.add
      .zone(w / 2, h / 2, w, h)
      .setInteractive()
      .on('pointerup', () => this.advance());
    this.box = new DialogueBox(this, { x: 16, y: boxTop, width: w - 32, height: boxHeight, textLeft: 28 });
    this.next = new Button(this, {
      x: w - 120,
      y: boxTop - 34,
      width: 190,
      height: 48,
      fontSize: 22,
      label: `${t('dialogue.next')} ▸`,
      ariaLabel: t('dialogue.next'),
      id: 'dialogue.next',
      onActivate: () => this.advance(),
    });
    new Button(this, {
      x: w - 80,
      // On a touch screen the hit area grows to a finger's size: it must not start above the screen.
      y: Math.max(36, touchHitSize(this.scale) / 2),
      width: 130,
      height: 46,
      fontSize: 20,
      label: t('coast.menu'),
      id: 'dialogue.menu',
      onActivate: () => this.openMenu(),
    }).setDepth(20);
  }

  private advance(): void {
    if (this.waiting !== 'line') return;
    if (this.box.typing) {
      this.box.skip();
      probe.set('waits', 'line');
      return;
    }
    this.card?.destroy();
    this.card = undefined;
    this.waiting = 'busy';
    this.play.player.next();
    void this.showBeat();
  }

  /** The story's screen, as the journey decides it (the same in the Node transcripts): this scene draws it. */
  private async showBeat(): Promise<void> {
    const screen = storyScreen(this.play.player);
    probe.set(
      'beat',
      screen.kind === 'beat' ? screen.entry.type : screen.kind === 'end' && !screen.entry ? 'finished' : screen.kind,
    );
    await loadArt(this, [
      ...artForEntries(this.play.scenario, this.play.player.upcoming(), this.f),
      ...(screen.kind === 'input' ? this.inputArt(screen.pending) : []),
    ]);
    if (!this.sys.isActive()) return;
    if (screen.kind === 'input') return this.showInput(screen.pending);
    if (screen.kind === 'end') return this.showEnd(screen.entry?.type === 'end' ? screen.entry : undefined);
    if (screen.kind === 'election') return this.showElection(screen.entry);
    const e = screen.entry;
    switch (e.type) {
      case 'move':
        return this.showMove(e);
      case 'say':
        this.stage.focusSpeaker(e.speaker);
        this.stage.showPortrait(e.speaker, (e.mood ?? 'neutral') as Expression);
        return this.line(
          this.texts.character(e.speaker),
          this.texts.text(e.text, e.vars),
          e.speaker === undefined,
          undefined,
          this.hasPortrait(e.speaker),
        );
      case 'quiz':
      case 'puzzle': {
        const said = verdict(this.texts, e);
        const speaker = this.stepSpeaker(e);
        this.stage.showPortrait(speaker, said.right ? 'happy' : 'thinking');
        return this.line(
          this.texts.character(speaker),
          said.lines.join(' '),
          false,
          undefined,
          this.hasPortrait(speaker),
        );
      }
      case 'reveal': {
        const lines = plainLines(this.texts, e);
        this.card = new LinesCard(this, this.f, t('dialogue.ballots'), lines, { top: 70, bottom: this.boxTop() - 60 });
        return this.line('', t('dialogue.ballots'), true, [t('dialogue.ballots'), ...lines]);
      }
      case 'error':
        return this.line('', this.texts.said(e), true);
      default:
        this.play.player.next();
        return this.showBeat();
    }
  }

  private hasPortrait(speaker: string | undefined): boolean {
    return !this.f.portrait && this.play.scenario.cast.some((c) => c.id === speaker);
  }

  private boxTop(): number {
    return this.next.y + 34;
  }

  private stepSpeaker(e: Extract<Entry, { type: 'quiz' } | { type: 'puzzle' }>): string | undefined {
    const step = this.play.scenario.steps.find(
      (s) => (s.type === 'quiz' || s.type === 'puzzle') && s.id === (e.type === 'quiz' ? e.quiz : e.puzzle),
    );
    return step && 'speaker' in step ? step.speaker : undefined;
  }

  private inputArt(pending: Pending): ReturnType<typeof artForEntries> {
    const art = portraitArt(this.play.scenario, inputView(this.texts, pending).speaker);
    return art ? [art] : [];
  }

  /** Shows a line and waits for the player; `spoken` is what the live region says. */
  private line(speaker: string, text: string, narration: boolean, spoken?: readonly string[], portrait = false): void {
    this.next.setVisible(true).setDisabled(false);
    this.box.say(speaker, text, { italic: narration, portrait });
    a11y().announce(spoken ?? [speaker ? t('dialogue.say', { speaker, text }) : text]);
    this.waiting = 'line';
    if (a11y().top === SceneKey.Dialogue) this.next.focus();
    probe.set('waits', 'line');
  }

  private async showMove(e: Extract<Entry, { type: 'move' }>): Promise<void> {
    const move = moveOnStage(this.stage.place, e.place);
    if (move === 'walk') {
      // The coast walks the crab there (when it is up: coastWalks); the stage steps aside meanwhile.
      this.stage.setVisible(false);
      this.box.setVisible(false);
      this.next.setVisible(false);
      await coastWalks.walk(e.place, e.present);
      if (!this.sys.isActive()) return;
    }
    if (move !== 'stay') this.stage.setPlace(e.place);
    this.stage.setPresent(e.present, playerMember(this.play.scenario)?.id);
    const notes = this.setScene(e);
    this.stage.showPortrait(undefined);
    this.stage.setVisible(true);
    this.box.setVisible(true);
    a11y().announce([...plainLines(this.texts, e), ...notes]);
    this.play.player.next();
    return this.showBeat();
  }

  /** The light and the things of the scene this move opens (as the chapter says); returns what to say of them. */
  private setScene(move: Extract<Entry, { type: 'move' }>): string[] {
    const entries = this.play.player.runner.transcript;
    const at = entries.indexOf(move);
    const now = sceneSetAt(entries, at + 1);
    this.stage.setScene(now);
    return sceneNotes(sceneSetAt(entries, at), now).map((key) => this.texts.msg(key));
  }

  private showInput(pending: Pending): void {
    const view = inputView(this.texts, pending);
    this.next.setVisible(false).setDisabled(true);
    this.stage.focusSpeaker(view.speaker);
    this.stage.showPortrait(view.speaker, 'thinking');
    this.waiting = 'choices';
    const speaker = this.texts.character(view.speaker);
    const runner = this.play.player.runner;
    // The profile as it now stands: a voter persuaded earlier shows (and is edited) with their new mind.
    askFor(pending, runner.profile, this.texts, {
      show: (v, onPick) => this.ask(speaker, view.speaker, v, onPick),
      answer: (a) => this.answer(a),
      board: (board, prompt) => {
        this.box.say(speaker, prompt, { portrait: this.hasPortrait(view.speaker) });
        this.box.hideMore();
        this.board = new PuzzleBoardPanel(this, board, this.texts, prompt, {
          submit: (a) => {
            answered(pending);
            this.answer(a);
          },
          giveUp: () => {
            answered(pending);
            this.answer(0);
          },
        });
      },
      spoiler: (facts, prompt) => {
        this.box.say(speaker, prompt, { portrait: this.hasPortrait(view.speaker) });
        this.box.hideMore();
        this.board = new SpoilerPanel(this, facts, this.texts, prompt, { answer: (n) => this.answer(n) });
        probe.set('waits', 'board');
      },
      ballot: (draft, prompt) => {
        this.box.say(speaker, prompt, { portrait: this.hasPortrait(view.speaker) });
        this.box.hideMore();
        this.board = new PlayerBallotPanel(this, draft, this.texts, prompt, {
          send: (a) => {
            answered(pending);
            this.answer(a);
          },
        });
      },
    });
  }

  /** A prompt in the box and its choices in a list (numbered; the extra one last). */
  private ask(speaker: string, speakerId: string | undefined, view: DialogView, onPick: (i: number) => void): void {
    this.choices?.destroy();
    this.box.say(speaker, view.prompt, { portrait: this.hasPortrait(speakerId) });
    this.box.hideMore();
    const { width: w } = this.f;
    this.choices = new ChoiceList(this, {
      x: w / 2 + (this.f.portrait ? 0 : 140),
      bottom: this.boxTop() - 24,
      top: 76,
      width: Math.min(this.f.portrait ? w - 40 : 860, w - 40),
      choices: view.choices,
      extra: view.extra,
      scope: `${SceneKey.Dialogue}.choices`,
      onEscape: () => this.openMenu(),
      onPick,
    });
    a11y().announce([
      view.prompt,
      ...view.choices.map((o, i) => t('dialogue.choiceLine', { n: i + 1, text: o })),
      ...(view.extra ? [view.extra] : []),
    ]);
    probe.set('waits', 'choices');
  }

  private answer(answer: Answer): void {
    this.choices?.destroy();
    this.board?.destroy();
    this.choices = this.board = undefined;
    this.waiting = 'busy';
    const outcome = this.play.player.answer(answer);
    // A refused answer (a change the puzzle does not allow) is said, and the puzzle asked again.
    if (!outcome.accepted && outcome.key)
      a11y().setStatus(this.texts.said({ key: outcome.key, params: outcome.params ?? {} }));
    void this.showBeat();
  }

  private async showElection(e: Extract<Entry, { type: 'election' }>): Promise<void> {
    if (await ensureScene(this.game, SceneKey.Election)) {
      const data = { entry: e, scenario: this.play.scenario, lang: display().language, returnTo: SceneKey.Coast };
      this.scene.stop(SceneKey.Coast);
      this.scene.start(SceneKey.Election, data);
      return;
    }
    // Until the count scenes exist: the outcome as the transcript tells it.
    const lines = plainLines(this.texts, e);
    const title = e.prompt ? this.texts.text(e.prompt) : t('dialogue.election');
    this.card = new LinesCard(this, this.f, title, lines.slice(1), { top: 70, bottom: this.boxTop() - 60 });
    this.line('', title, true, lines);
  }

  private async showEnd(e: Extract<Entry, { type: 'end' }> | undefined): Promise<void> {
    const chapter = this.play.chapter;
    const text = e?.text ? this.texts.text(e.text) : '';
    await finishPlay(e?.ending);
    // The game's next chapter follows a game chapter; a teacher's file chapter has none (the journey's endChoices).
    const choices = endChoices(chapter);
    const next = choices.next !== undefined ? await findChapter({ number: choices.next }) : undefined;
    probe.set(BodyData.ready, 'end');
    this.waiting = 'menu';
    this.menu = openEndMenu(this, endTitle(chapter), text, {
      ...(next ? { next: () => void openChapterScene(this.game, { id: next.id }, { fresh: true }) } : {}),
      coast: () => void switchTo(this.game, SceneKey.Coast, {}),
      title: () => void switchTo(this.game, SceneKey.Title, {}),
    });
  }

  private openMenu(): void {
    if (this.menu) return;
    const before = this.waiting;
    this.waiting = 'menu';
    // The puzzle board is HTML over the canvas: it steps aside while the menu is open.
    if (this.board) this.board.hidden = true;
    const close = (): void => {
      this.menu?.destroy();
      this.menu = undefined;
      this.waiting = before;
      if (this.board) this.board.hidden = false;
      a11y().focusFirst();
    };
    this.menu = openPauseMenu(this, {
      resume: close,
      settings: () => void this.openSettings(close),
      quit: () => {
        leavePlay();
        void switchTo(this.game, SceneKey.Title, {});
      },
    });
  }

  /** The settings open over the dialogue, which waits paused underneath. */
  private async openSettings(closeMenu: () => void): Promise<void> {
    if (!(await ensureScene(this.game, SceneKey.Settings))) return;
    closeMenu();
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, { from: SceneKey.Dialogue, overlay: true });
  }
}
