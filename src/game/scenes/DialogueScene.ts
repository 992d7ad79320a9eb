import { gameKey, isPress } from '../../present/keys.ts';
import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import type { Expression } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { artForEntries, portraitArt } from '../flow/beat-art.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { inputView, verdict, verdictSpeaker, plainLines } from '../../present/flow/labels.ts';
import { ensureScene, switchTo } from '../flow/navigate.ts';
import { activePlay, actOnPlay, leavePlay, type Play } from '../flow/play.ts';
import { storeNow } from '../flow/session.ts';
import { coastWalks, moveOnStage } from '../../present/flow/coast-walks.ts';
import { sceneNotes, sceneSetAt } from '../../present/flow/scene-set.ts';
import { beatEndsBy, type StoryScreen } from '../../present/flow/story.ts';
import { SceneKey } from '../keys.ts';
import type { Entry } from '../../scenario/transcript.ts';
import type { Answer } from '../../scenario/runner.ts';
import { loadArt } from '../ui/art-loader.ts';
import { display } from '../ui/display.ts';
import { frame, type Frame } from '../ui/layout.ts';
import { LinesCard } from '../ui/lines-card.ts';
import type { MenuPanel } from '../ui/menu-panel.ts';
import { openPauseMenu } from '../ui/pause-menu.ts';
import { playerMember } from '../ui/portrait.ts';
import { DialogueAsking } from '../dialogue/asking.ts';
import { showChapterEnd } from '../dialogue/end.ts';
import { layOutDialogue, type DialogueParts } from '../dialogue/layout.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/first-screen.ts';

type Waiting = 'line' | 'choices' | 'menu' | 'busy';

/**
 * The dialogue: draws the story's screen over the coast, as the play in the store holds it.
 * Lines type out (any key, click or touch shows them whole, then goes on), choices wait for the
 * player, moves walk the crab on the map, elections go to the count scenes and come back. The
 * scene never moves the story itself: it forwards the player's actions (`actOnPlay`) and draws
 * each new screen the store publishes.
 */
export class DialogueScene extends Phaser.Scene {
  private play!: Play;
  private texts!: ScenarioWords;
  private f!: Frame;
  private parts!: DialogueParts;
  private asking!: DialogueAsking;
  private card: LinesCard | undefined;
  private menu: MenuPanel | undefined;
  private waiting: Waiting = 'busy';
  private stale = false;

  constructor() {
    super(SceneKey.Dialogue);
  }

  create(): void {
    const play = activePlay();
    const store = storeNow();
    if (!play || !store) {
      void switchTo(this.game, SceneKey.Title, {});
      return;
    }
    this.play = play;
    this.f = frame(this);
    this.texts = new ScenarioWords(play.scenario, display().language);
    this.card = this.menu = undefined;
    this.waiting = 'busy';
    this.stale = false;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.openMenu() });
    // Language or text size changed (in the settings, over this scene): redraw the same beat.
    binding.onDisplay((now, before) => {
      if (now.language !== before.language || now.textSize !== before.textSize) this.stale = true;
    });
    // Each action of the player gives the play a new screen: drawn as it comes (none once the chapter is closed).
    binding.watch(
      store,
      (s) => s.play?.screen,
      (screen) => {
        if (screen) void this.show(screen);
      },
    );
    this.events.on(Phaser.Scenes.Events.RESUME, () => (this.stale ? this.scene.restart() : a11y().focusFirst()));
    binding.listen(window, 'keydown', (event) => {
      // Enter or Space with nothing focused (after a click on the canvas) still goes on.
      if (isPress(gameKey(event.key)) && document.activeElement === document.body && a11y().top === SceneKey.Dialogue) {
        event.preventDefault();
        this.advance();
      }
    });
    this.parts = layOutDialogue(this, this.f, play.scenario, {
      advance: () => this.advance(),
      menu: () => this.openMenu(),
    });
    this.asking = new DialogueAsking({
      scene: this,
      f: this.f,
      parts: this.parts,
      texts: this.texts,
      hasPortrait: (speaker) => this.hasPortrait(speaker),
      answer: (a) => this.answer(a),
      openMenu: () => this.openMenu(),
    });
    void this.resume();
  }

  /** After a reload or a count, the scene is set again where the story stands before going on. */
  private async resume(): Promise<void> {
    const move = this.play.player.lastMove();
    if (move) {
      await loadArt(this, artForEntries(this.play.scenario, [move], this.f));
      if (!this.sys.isActive()) return;
      this.parts.stage.setPlace(move.place);
      this.parts.stage.setPresent(move.present, playerMember(this.play.scenario)?.id);
      this.setScene(move);
    }
    const now = activePlay();
    if (now) return this.show(now.screen);
  }

  /** The player is done with the line: the story goes on (a line still typing is first shown whole). */
  private advance(): void {
    if (this.waiting !== 'line') return;
    if (this.parts.box.typing) {
      this.parts.box.skip();
      probe.set('waits', 'line');
      return;
    }
    this.card?.destroy();
    this.card = undefined;
    this.waiting = 'busy';
    actOnPlay({ kind: 'next' });
  }

  private answer(answer: Answer): void {
    this.asking.clear();
    this.waiting = 'busy';
    const outcome = actOnPlay({ kind: 'answer', answer });
    // A refused answer (a change the puzzle does not allow) is said; the story asks again.
    if (outcome && !outcome.accepted && outcome.key)
      a11y().setStatus(this.texts.said({ key: outcome.key, params: outcome.params ?? {} }));
  }

  /** Draws the story's screen (the same the Node journeys show); a screen replaced meanwhile is not drawn. */
  private async show(screen: StoryScreen): Promise<void> {
    probe.set(
      'beat',
      screen.kind === 'beat' ? screen.entry.type : screen.kind === 'end' && !screen.entry ? 'finished' : screen.kind,
    );
    await loadArt(this, [
      ...artForEntries(this.play.scenario, this.play.player.upcoming(), this.f),
      ...(screen.kind === 'input' ? this.inputArt(screen) : []),
    ]);
    // Gone meanwhile, or a newer screen came while this one's pictures loaded: that one is drawn.
    if (!this.sys.isActive() || activePlay()?.screen !== screen) return;
    if (screen.kind === 'input') {
      this.waiting = 'choices';
      return this.asking.show(screen.pending, this.play.player.runner.profile);
    }
    if (screen.kind === 'end') return this.showEnd(screen.entry?.type === 'end' ? screen.entry : undefined);
    if (screen.kind === 'election') return this.showElection(screen.entry);
    return this.showBeat(screen.entry);
  }

  private showBeat(e: Entry): Promise<void> | void {
    const stage = this.parts.stage;
    switch (e.type) {
      case 'move':
        return this.showMove(e);
      case 'say':
        stage.focusSpeaker(e.speaker);
        stage.showPortrait(e.speaker, (e.mood ?? 'neutral') as Expression);
        return this.line(this.texts.character(e.speaker), this.texts.text(e.text, e.vars), e.speaker === undefined, {
          portrait: this.hasPortrait(e.speaker),
        });
      case 'quiz':
      case 'puzzle': {
        const said = verdict(this.texts, e);
        const speaker = verdictSpeaker(this.texts, e);
        stage.showPortrait(speaker, said.right ? 'happy' : 'thinking');
        return this.line(this.texts.character(speaker), said.lines.join(' '), false, {
          portrait: this.hasPortrait(speaker),
        });
      }
      case 'reveal': {
        const lines = plainLines(this.texts, e);
        this.card = new LinesCard(this, this.f, t('dialogue.ballots'), lines, this.cardArea());
        return this.line('', t('dialogue.ballots'), true, { spoken: [t('dialogue.ballots'), ...lines] });
      }
      default:
        // An error, and any beat the dialogue has no picture for: said in the box.
        return this.line('', e.type === 'error' ? this.texts.said(e) : plainLines(this.texts, e).join(' '), true);
    }
  }

  private hasPortrait(speaker: string | undefined): boolean {
    return !this.f.portrait && this.play.scenario.cast.some((c) => c.id === speaker);
  }

  private cardArea(): { top: number; bottom: number } {
    return { top: 70, bottom: this.parts.boxTop - 60 };
  }

  private inputArt(screen: Extract<StoryScreen, { kind: 'input' }>): ReturnType<typeof artForEntries> {
    const art = portraitArt(this.play.scenario, inputView(this.texts, screen.pending).speaker);
    return art ? [art] : [];
  }

  /** Shows a line and waits for the player; `spoken` is what the live region says. */
  private line(
    speaker: string,
    text: string,
    narration: boolean,
    { spoken, portrait = false }: { spoken?: readonly string[]; portrait?: boolean } = {},
  ): void {
    const { next, box } = this.parts;
    next.setVisible(true).setDisabled(false);
    box.say(speaker, text, { italic: narration, portrait });
    a11y().announce(spoken ?? [speaker ? t('dialogue.say', { speaker, text }) : text]);
    this.waiting = 'line';
    if (a11y().top === SceneKey.Dialogue) next.focus();
    probe.set('waits', 'line');
  }

  private async showMove(e: Extract<Entry, { type: 'move' }>): Promise<void> {
    const { stage, box, next } = this.parts;
    const move = moveOnStage(stage.place, e.place);
    if (move === 'walk') {
      // The coast walks the crab there (when it is up: coastWalks); the stage steps aside meanwhile.
      stage.setVisible(false);
      box.setVisible(false);
      next.setVisible(false);
      await coastWalks.walk(e.place, e.present);
      if (!this.sys.isActive()) return;
    }
    if (move !== 'stay') stage.setPlace(e.place);
    stage.setPresent(e.present, playerMember(this.play.scenario)?.id);
    const notes = this.setScene(e);
    stage.showPortrait(undefined);
    stage.setVisible(true);
    box.setVisible(true);
    a11y().announce([...plainLines(this.texts, e), ...notes]);
    // The scene is set: the story decides whether the move waits for the player (it does not).
    if (beatEndsBy(e) === 'itself') actOnPlay({ kind: 'next' });
  }

  /** The light and the things of the scene this move opens (as the chapter says); returns what to say of them. */
  private setScene(move: Extract<Entry, { type: 'move' }>): string[] {
    const entries = this.play.player.runner.transcript;
    const at = entries.indexOf(move);
    const now = sceneSetAt(entries, at + 1);
    this.parts.stage.setScene(now);
    return sceneNotes(sceneSetAt(entries, at), now).map((key) => this.texts.msg(key));
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
    this.card = new LinesCard(this, this.f, title, lines.slice(1), this.cardArea());
    this.line('', title, true, { spoken: lines });
  }

  private async showEnd(e: Extract<Entry, { type: 'end' }> | undefined): Promise<void> {
    this.menu = await showChapterEnd(this, this.play.chapter, e?.text ? this.texts.text(e.text) : '', e?.ending);
    this.waiting = 'menu';
  }

  private openMenu(): void {
    if (this.menu) return;
    const before = this.waiting;
    this.waiting = 'menu';
    // The puzzle board is HTML over the canvas: it steps aside while the menu is open.
    this.asking.hidden = true;
    const close = (): void => {
      this.menu?.destroy();
      this.menu = undefined;
      this.waiting = before;
      this.asking.hidden = false;
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
