import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { countClass, type BallotGroup } from '../../classroom/election.ts';
import { handsElection, type HandsTally } from '../../classroom/hands.ts';
import { builtInChapters } from '../flow/chapters.ts';
import { chapterLabel } from '../ui/chapter-labels.ts';
import { goTo, switchTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { backdropArt, loadCountArt } from '../count/stage.ts';
import { ArtKey } from '../art/index.ts';
import { frame } from '../ui/layout.ts';
import { desk, updateDesk, type Desk } from '../classroom/desk.ts';
import { h } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { openPrint } from '../classroom/print.ts';
import { setupView } from '../classroom/setup-view.ts';
import { pilesView } from '../classroom/tally-view.ts';
import { handsView } from '../classroom/hands-view.ts';
import { draftView, forgetCountedDraft } from '../classroom/tally-draft.ts';
import { tieView } from '../classroom/tie-view.ts';
import { importView } from '../classroom/import-view.ts';
import { storedHost } from '../classroom/live-env.ts';
import { liveSetupOf } from '../../live/link.ts';
import { button, type ViewContext, type ViewName } from '../classroom/views.ts';
import { lang } from '../classroom/words.ts';
import { arrive, type ArrivalData } from '../classroom/arrival.ts';
import { gateSettings } from '../classroom/gate-view.ts';
import { deskExtras, leaveDeskQuestion } from '../classroom/desk-extras.ts';
import { keepCountedPiles, keepScreen, leaveScreen, takeResumedCount, voteInProgress } from '../classroom/keep.ts';
import { loadStore, storeNow } from '../flow/session.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

export interface ClassroomData extends ArrivalData {
  readonly view?: ViewName;
}

/**
 * The teacher's desk: a class election set up in under a minute, the three ways the room votes
 * (pass-and-play, typed-in counts, a file), lessons on the chapters, and the print views.
 * The forms are HTML over the canvas (see classroom/layer.ts); the canvas draws the backdrop.
 */
export class ClassroomScene extends Phaser.Scene {
  private layer!: ClassroomLayer;
  private view: ViewName = 'home';
  /** The setup form edits the current election (from "change") rather than starting a new one. */
  private editing = false;

  constructor() {
    super(SceneKey.Classroom);
  }

  create(data: ClassroomData = {}): void {
    // The saved classroom must be read before anything is shown (a vote resumed after a reload).
    if (!storeNow()) {
      void loadStore().then(() => this.sys.isActive() && this.scene.restart(data));
      return;
    }
    const binding = bindScene(this);
    binding.onShutdown(() => leaveScreen());
    binding.enterA11y({ onEscape: () => this.back() });
    // A text size alone (the setting, or a phone turned past the size floor) rescales the card: a
    // view rebuilt would lose what it holds (the files being imported, their bad rows' report).
    binding.onDisplay((now, before) =>
      now.language === before.language && now.highContrast === before.highContrast
        ? this.layer.rescale()
        : this.show(this.view),
    );
    this.layer = new ClassroomLayer(this, { label: t('classroom.title') });
    // A saved vote or lesson, or a prepared link, may lead on at once (classroom/arrival.ts).
    let left = false;
    const away = arrive(data, {
      show: (...children) => this.layer.show(...children),
      vote: (resumed) => ((left = true), void goTo(this, SceneKey.ClassroomVote, { resumed })),
      lesson: (resumed) => ((left = true), void goTo(this, SceneKey.ClassroomLesson, { resumed })),
      desk: () => this.show('home'),
    });
    keepScreen('desk');
    // The next scene loads the same backdrop: loading it here too would race for its texture key.
    if (!left) {
      void loadCountArt(this, [backdropArt()]).then(() => {
        if (!this.sys.isActive()) return;
        const f = frame(this);
        const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
        bg.setScale(Math.max(f.width / bg.width, f.height / bg.height)).setDepth(-1);
      });
    }
    probe.set(BodyData.ready, SceneKey.Classroom);
    if (away) return;
    // A show of hands counted before the reload: its board again, counted from the kept shows.
    if (!data.view && takeResumedCount()) return void goTo(this, SceneKey.ClassroomResults, { resumed: true });
    // Counts being typed when the page was left come back where they were (tally-draft.ts).
    this.show(data.view ?? (desk().election ? draftView() : undefined) ?? 'home');
  }

  private context(): ViewContext {
    return {
      layer: this.layer,
      go: (view) => this.show(view),
      counted: (groups, source, hands) => this.counted(groups, source, hands),
      startVote: () => {
        forgetCountedDraft();
        void goTo(this, SceneKey.ClassroomVote, {});
      },
      startLesson: (chapter) => {
        updateDesk({ lesson: { chapter, step: 0 } });
        void goTo(this, SceneKey.ClassroomLesson, {});
      },
      startLive: (setup) => void goTo(this, SceneKey.ClassroomLive, { setup }),
      toTitle: () =>
        voteInProgress()
          ? this.layer.show(
              ...leaveDeskQuestion(
                () => void switchTo(this.game, SceneKey.Title, {}),
                () => this.show('home'),
              ),
            )
          : void switchTo(this.game, SceneKey.Title, {}),
      print: (what) => openPrint(what),
    };
  }

  private show(view: ViewName): void {
    this.view = view;
    probe.set('classroomView', view);
    const ctx = this.context();
    const election = desk().election;
    const needsElection = view === 'ways' || view === 'hands' || view === 'piles';
    if (needsElection && !election) return this.show('setup');
    switch (view) {
      case 'home':
        return this.layer.show(...this.home(ctx));
      case 'setup':
        // A new election starts from a blank form: the ballot kind never carries over unseen.
        return this.layer.show(...setupView(ctx, 'class', this.editing));
      case 'live':
        return this.layer.show(...setupView(ctx, 'live'));
      case 'ways':
        return this.layer.show(...this.ways(ctx));
      case 'hands':
        return this.layer.show(...handsView(ctx, election!));
      case 'piles':
        return this.layer.show(...pilesView(ctx, election!));
      case 'import':
        return this.layer.show(...importView(ctx));
      case 'chapters':
        return this.layer.show(...this.chapters(ctx));
      case 'tie':
        return this.layer.show(...tieView(ctx, () => void goTo(this, SceneKey.ClassroomResults, {})));
    }
  }

  private home(ctx: ViewContext): HTMLElement[] {
    const { election, counted, lesson } = desk();
    const hosted = storedHost();
    const title = t('classroom.title');
    a11y().announce([title, t('classroom.home.intro')]);
    return [
      h('h1', { text: title }),
      h('p', { text: t('classroom.home.intro') }),
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.home.election'), () => ((this.editing = false), ctx.go('setup')), {
          id: 'home.election',
          primary: true,
        }),
        button(t('live.desk.start'), () => ctx.go('live'), { id: 'home.live' }),
        election &&
          button(
            t('classroom.home.continue', { question: election.question || t('classroom.election.untitled') }),
            () => ctx.go('ways'),
            { id: 'home.continue' },
          ),
        counted &&
          button(t('classroom.home.results'), () => void goTo(this, SceneKey.ClassroomResults, {}), {
            id: 'home.results',
          }),
        lesson &&
          button(
            t('classroom.home.lessonContinue', { n: lesson.chapter, step: lesson.step + 1 }),
            () => void goTo(this, SceneKey.ClassroomLesson, {}),
            { id: 'home.lessonContinue' },
          ),
        hosted &&
          button(t('live.desk.resume', { code: hosted.code }), () => void goTo(this, SceneKey.ClassroomLive, {}), {
            id: 'home.liveResume',
          }),
      ),
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.home.lesson'), () => ctx.go('chapters'), { id: 'home.lesson' }),
        button(t('classroom.home.import'), () => ctx.go('import'), { id: 'home.import' }),
        button(t('classroom.home.guides'), () => ctx.print('guides'), { id: 'home.guides' }),
      ),
      h('p', { className: 'cr-muted', text: t('classroom.home.privacy') }),
      ...deskExtras(() => this.show('home')),
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.toTitle'), () => ctx.toTitle(), { id: 'home.title' }),
      ),
    ];
  }

  private ways(ctx: ViewContext): HTMLElement[] {
    const election = desk().election!;
    const heading = election.question || t('classroom.election.untitled');
    a11y().announce([heading, t('classroom.ways.intro')]);
    return [
      h('h1', { text: heading }),
      h('p', {
        text: t('classroom.ways.summary', { options: election.options, kind: t(`classroom.kind.${election.kind}`) }),
      }),
      h('p', { text: t('classroom.ways.intro') }),
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.ways.pass'), () => ctx.startVote(), { id: 'ways.pass', primary: true }),
        button(t('live.ways.phones'), () => ctx.startLive(liveSetupOf(election, lang())), { id: 'ways.phones' }),
        election.kind !== 'grades' && button(t('classroom.ways.hands'), () => ctx.go('hands'), { id: 'ways.hands' }),
        button(t('classroom.ways.piles'), () => ctx.go('piles'), { id: 'ways.piles' }),
        button(t('classroom.ways.file'), () => ctx.go('import'), { id: 'ways.file' }),
      ),
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.ways.printBallots'), () => ctx.print('ballots'), { id: 'ways.print' }),
        button(t('classroom.ways.change'), () => ((this.editing = true), ctx.go('setup')), { id: 'ways.change' }),
        button(t('classroom.back'), () => ctx.go('home'), { id: 'ways.back' }),
      ),
      gateSettings(),
    ];
  }

  private chapters(ctx: ViewContext): HTMLElement[] {
    // The titles are the chapters' own (read from their files): the buttons come once they are read.
    const options = h('div', { className: 'cr-options' });
    void builtInChapters().then((list) => {
      for (const c of list) {
        const n = c.number;
        if (n !== undefined)
          options.append(button(chapterLabel(c, false), () => ctx.startLesson(n), { id: `lesson.${n}` }));
      }
    });
    return [
      h('h1', { text: t('classroom.lesson.choose') }),
      h('p', { text: t('classroom.lesson.intro') }),
      options,
      h(
        'div',
        { className: 'cr-row' },
        button(t('classroom.back'), () => ctx.go('home'), { id: 'chapters.back' }),
      ),
    ];
  }

  /** The room's ballots are in: the engine counts them, then the results board. */
  private counted(groups: BallotGroup[], source: NonNullable<Desk['source']>, hands?: HandsTally): void {
    const election = desk().election;
    if (!election) return;
    // Hands and piles keep their typed fields marked counted; piles keep their ballots too (keep.ts).
    if (source !== 'hands' && source !== 'piles') forgetCountedDraft();
    if (source === 'piles') keepCountedPiles(groups);
    // A show of hands is counted only with what hands answer (classroom/hands.ts).
    const counted = hands ? countClass(handsElection(election), groups, { hands }) : countClass(election, groups);
    updateDesk({ groups, source, counted });
    void goTo(this, SceneKey.ClassroomResults, {});
  }

  private back(): void {
    if (this.view === 'home') void switchTo(this.game, SceneKey.Title, {});
    else if (this.view === 'hands' || this.view === 'piles') this.show('ways');
    else if (this.view === 'tie' && desk().counted) void goTo(this, SceneKey.ClassroomResults, {});
    else this.show('home');
  }
}
