import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import {
  chapterElection,
  lessonSteps,
  teacherNotes,
  type LessonStep,
  type TeacherNotes,
} from '../../classroom/lesson.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { builtInChapters, findChapterIn, loadChapterFile, type ChapterFile } from '../flow/chapters.ts';
import { openChapterScene } from '../flow/follow.ts';
import { goTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { ArtKey } from '../art/index.ts';
import { backdropArt, loadCountArt } from '../count/stage.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { addPanel } from '../ui/panel.ts';
import { desk, newElection, updateDesk } from '../classroom/desk.ts';
import { keepScreen, leaveScreen, lessonResumedNotice, sameElection, voteInProgress } from '../classroom/keep.ts';
import { presenterFooter } from '../classroom/footer.ts';
import { Notes } from '../classroom/notes.ts';
import { BlankScreen, presenterKey, toggleFullscreen } from '../classroom/presenter.ts';
import { lang } from '../classroom/words.ts';
import { liveSetupOf } from '../../live/link.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

/**
 * A chapter's lesson on the projector: large slides, nothing that moves or rushes, presenter
 * keys (classroom/presenter.ts), and the teacher sheet's notes in a panel or a second window.
 */
export class ClassroomLessonScene extends Phaser.Scene {
  private scenario: ScenarioData | undefined;
  private steps: LessonStep[] = [];
  private notes: Notes | undefined;
  private readonly blank = new BlankScreen();
  private slide: Phaser.GameObjects.Container | undefined;

  constructor() {
    super(SceneKey.ClassroomLesson);
  }

  create(data: { resumed?: boolean } = {}): void {
    void builtInChapters().then((list) => {
      const lesson = desk().lesson;
      if (this.sys.isActive()) this.start(lesson ? findChapterIn({ number: lesson.chapter }, list) : undefined, data);
    });
  }

  private start(chapter: ChapterFile | undefined, data: { resumed?: boolean }): void {
    const lesson = desk().lesson;
    if (!lesson || !chapter) {
      void goTo(this, SceneKey.Classroom, { view: 'chapters' });
      return;
    }
    this.slide = undefined;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => (this.blank.on ? this.blank.toggle() : this.leave()) });
    binding.onDisplay(() => this.scene.restart());
    // The lesson's step is saved as it changes; a reload comes back to it (classroom/keep.ts).
    keepScreen('lesson');
    const notice = data.resumed ? lessonResumedNotice(lesson) : undefined;
    binding.onShutdown(() => {
      leaveScreen();
      notice?.remove();
      this.blank.remove();
      this.notes?.close();
      probe.clear('lessonStep');
    });
    binding.listen(window, 'keydown', (event) => this.key(event));
    void Promise.all([loadChapterFile(chapter), loadCountArt(this, [backdropArt()])]).then(([scenario]) => {
      if (!this.sys.isActive()) return;
      this.scenario = scenario;
      this.steps = lessonSteps(scenario);
      const notes: TeacherNotes = teacherNotes(scenario, lang()) ?? {
        title: '',
        summary: '',
        goal: '',
        duration: 0,
        keyMoment: '',
        questions: [],
      };
      this.notes = new Notes(this, notes, this.steps);
      const f = frame(this);
      const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
      bg.setScale(Math.max(f.width / bg.width, f.height / bg.height)).setDepth(-2);
      this.show(Math.min((desk().lesson ?? lesson).step, this.steps.length - 1));
      probe.set(BodyData.ready, SceneKey.ClassroomLesson);
    });
  }

  private key(event: KeyboardEvent): void {
    const lesson = desk().lesson;
    if (!this.scenario || !lesson) return;
    const action = presenterKey(event);
    if (!action) return;
    event.preventDefault();
    // While the screen is blank, any presenter key brings the slide back first.
    if (this.blank.on && action.kind !== 'blank') {
      this.blank.toggle();
      return;
    }
    const at = lesson.step;
    switch (action.kind) {
      case 'next':
        return this.show(at + 1);
      case 'back':
        return this.show(at - 1);
      case 'jump':
        return this.show(action.step);
      case 'blank':
        return this.blank.toggle();
      case 'fullscreen':
        return toggleFullscreen();
      case 'notes':
        return this.notes?.togglePanel(at);
      case 'window':
        if (!this.notes?.openWindow(at) && !this.notes?.shown) this.notes?.togglePanel(at);
    }
  }

  private show(index: number): void {
    const lesson = desk().lesson;
    const scenario = this.scenario;
    if (!lesson || !scenario || index < 0 || index >= this.steps.length) return;
    updateDesk({ lesson: { ...lesson, step: index } }, 'lesson');
    this.slide?.destroy(true);
    a11y().clear(`${SceneKey.ClassroomLesson}.slide`);
    const f = frame(this);
    const step = this.steps[index];
    const objects: Phaser.GameObjects.GameObject[] = [];
    const width = Math.min(f.width - 60, 1180);
    objects.push(addPanel(this, f.cx, f.cy - 20, width, f.height - 110));
    const left = f.cx - width / 2 + 50;
    const wrap = width - 100;
    const words = this.words(step, scenario);
    const heading = addText(this, left, 70, words.heading, {
      size: 54,
      font: 'title',
      bold: true,
      wrap,
      color: Colours.text,
    });
    const body = addText(this, left, heading.y + heading.height + 24, words.body, {
      size: 38,
      wrap,
      lineSpacing: 8,
      color: Colours.text,
    });
    objects.push(heading, body);
    const counter = addText(
      this,
      f.width - 30,
      f.height - 30,
      t('classroom.lesson.counter', { n: index + 1, total: this.steps.length }),
      { size: 22, color: Colours.textOnDark, origin: [1, 1], shadow: true },
    );
    // The keys' hint is HTML on an opaque band (classroom/footer.ts): readable on any backdrop.
    presenterFooter(this, t('classroom.lesson.keys'));
    objects.push(counter);
    this.actions(step, body.y + body.height + 30, left).forEach((b) => objects.push(b));
    this.slide = this.add.container(0, 0, objects);
    this.notes?.update(index);
    a11y().announce([
      t('classroom.lesson.counter', { n: index + 1, total: this.steps.length }),
      words.heading,
      words.body,
    ]);
    probe.set('lessonStep', `${index + 1}/${this.steps.length}`);
  }

  private words(step: LessonStep, scenario: ScenarioData): { heading: string; body: string } {
    const notes = teacherNotes(scenario, lang());
    const n = desk().lesson?.chapter ?? 0;
    const title = notes?.title ?? '';
    switch (step.kind) {
      case 'title':
        return { heading: t('classroom.lesson.chapter', { n, title }), body: notes?.summary ?? '' };
      case 'play':
        return { heading: t('classroom.lesson.playTitle'), body: t('classroom.lesson.playBody', { n }) };
      case 'vote': {
        const election = chapterElection(scenario, lang());
        return {
          heading: t('classroom.lesson.voteTitle'),
          body: election ? `${election.question}\n${election.options.map((o, i) => `${i + 1}. ${o}`).join('\n')}` : '',
        };
      }
      case 'question':
        return { heading: t('classroom.lesson.question', { n: step.n }), body: notes?.questions[step.n - 1] ?? '' };
      case 'end':
        return { heading: t('classroom.lesson.endTitle'), body: notes?.goal ?? '' };
    }
  }

  /** The slide's buttons: play the chapter, the room votes, back to the desk. */
  private actions(step: LessonStep, y: number, left: number): Button[] {
    const scope = `${SceneKey.ClassroomLesson}.slide`;
    a11y().enter(scope, { onEscape: () => (this.blank.on ? this.blank.toggle() : this.leave()) });
    // Three buttons a row; a second row when there are more.
    const make = (i: number, id: string, label: string, onActivate: () => void) =>
      new Button(this, {
        x: left + 170 + (i % 3) * 360,
        y: Math.min(y + 30, frame(this).height - 190) + Math.floor(i / 3) * 70,
        width: 340,
        height: 56,
        fontSize: 22,
        label,
        id,
        scope,
        onActivate,
      });
    const n = desk().lesson?.chapter ?? 1;
    if (step.kind === 'play')
      return [make(0, 'lesson.play', t('classroom.lesson.play'), () => void openChapterScene(this.game, n))];
    if (step.kind === 'vote') {
      const vote = (view: 'pass' | 'phones' | 'hands' | 'piles') => () => {
        const election = this.scenario && chapterElection(this.scenario, lang());
        if (!election) return;
        // The same chapter's vote already open (back from the vote to the slides): its ballots stay.
        const before = desk().election;
        const open = view === 'pass' && voteInProgress() && before !== undefined && sameElection(before, election);
        if (!open) newElection(election);
        if (view === 'pass') void goTo(this, SceneKey.ClassroomVote, {});
        // A vote from phones on the chapter's question: the host screen opens a room.
        else if (view === 'phones') void goTo(this, SceneKey.ClassroomLive, { setup: liveSetupOf(election, lang()) });
        else void goTo(this, SceneKey.Classroom, { view });
      };
      const grades = this.scenario && chapterElection(this.scenario, lang())?.kind === 'grades';
      return [
        make(0, 'lesson.pass', t('classroom.ways.pass'), vote('pass')),
        make(1, 'lesson.phones', t('live.lesson.phones'), vote('phones')),
        make(2, 'lesson.piles', t('classroom.ways.piles'), vote('piles')),
        ...(grades ? [] : [make(3, 'lesson.hands', t('classroom.ways.hands'), vote('hands'))]),
      ];
    }
    if (step.kind === 'end') return [make(0, 'lesson.desk', t('classroom.results.desk'), () => this.leave())];
    return [];
  }

  private leave(): void {
    void goTo(this, SceneKey.Classroom, {});
  }
}
