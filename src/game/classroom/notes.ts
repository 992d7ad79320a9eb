/**
 * The facilitator's notes from the chapter's teacher sheet: in a panel the teacher shows or
 * hides (N), or in a second window (W) that stays on the laptop's screen while the projector
 * shows the slide. The window follows the steps. The panel is on the shared screen: it keeps
 * the answers (the goal and the key moment) hidden until the teacher asks for them.
 */
import type Phaser from 'phaser';
import type { LessonStep, TeacherNotes } from '../../classroom/lesson.ts';
import { h } from './dom.ts';
import { ClassroomLayer } from './layer.ts';
import { button } from './views.ts';
import { t } from '../../i18n/index.ts';

const WINDOW_NAME = 'crustaces-notes';
const WINDOW_CSS =
  'body{font-family:"Atkinson Hyperlegible",sans-serif;font-size:20px;line-height:1.4;background:#fff6e6;color:#1d2530;margin:1em}h1,h2{font-family:"Fredoka",sans-serif}li.now{font-weight:700;background:#ffe9a8}';

/** `answers`: the goal and the key moment, or (false) a line saying where they are. */
function notesContent(
  notes: TeacherNotes,
  steps: readonly LessonStep[],
  at: number,
  answers: boolean,
  toggle?: () => void,
): HTMLElement[] {
  const step = steps[at];
  const answerParts = answers
    ? [
        h('h3', { text: t('classroom.notes.goal') }),
        h('p', { 'data-notes-answer': '', text: notes.goal }),
        h('h3', { text: t('classroom.notes.keyMoment') }),
        h('p', { 'data-notes-answer': '', text: notes.keyMoment }),
      ]
    : [h('p', { className: 'cr-muted', text: t('classroom.notes.answersHidden') })];
  const toggleButton = toggle
    ? [
        button(t(answers ? 'classroom.notes.hideAnswers' : 'classroom.notes.showAnswers'), toggle, {
          id: 'notes.answers',
          pressed: answers,
        }),
      ]
    : [];
  return [
    h('h2', { text: t('classroom.notes.title', { title: notes.title }) }),
    h('p', {
      'data-notes-step': String(at + 1),
      text: t('classroom.notes.now', {
        n: at + 1,
        total: steps.length,
        step: t(`classroom.lesson.step.${step.kind}`, step.kind === 'question' ? { n: step.n } : {}),
      }),
    }),
    h(
      'p',
      {},
      h('strong', { text: `${t('classroom.notes.duration')} ` }),
      t('classroom.notes.minutes', { n: notes.duration }),
    ),
    ...answerParts,
    ...toggleButton,
    h('h3', { text: t('classroom.notes.questions') }),
    h(
      'ol',
      {},
      ...notes.questions.map((q, i) =>
        h('li', { className: step.kind === 'question' && step.n === i + 1 ? 'now' : '', text: q }),
      ),
    ),
    h('p', { text: t('classroom.notes.keys') }),
  ];
}

export class Notes {
  private panel: ClassroomLayer | undefined;
  private popup: Window | null = null;
  /** The teacher asked to see the answers in the panel (until it closes). */
  private answers = false;
  private at = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly notes: TeacherNotes,
    private readonly steps: readonly LessonStep[],
  ) {}

  get shown(): boolean {
    return this.panel !== undefined;
  }

  togglePanel(at: number): void {
    if (this.panel) {
      this.panel.destroy();
      this.panel = undefined;
      return;
    }
    this.answers = false;
    this.panel = new ClassroomLayer(this.scene, { label: t('classroom.notes.label'), shape: 'side' });
    this.panel.root.dataset.notes = 'panel';
    this.update(at);
  }

  /** Opens the second window; false when the browser refused it (the panel is used instead). */
  openWindow(at: number): boolean {
    this.popup = window.open('', WINDOW_NAME, 'popup,width=640,height=820');
    if (!this.popup) return false;
    this.popup.document.title = t('classroom.notes.title', { title: this.notes.title });
    if (!this.popup.document.getElementById('cr-notes-style')) {
      const style = this.popup.document.createElement('style');
      style.id = 'cr-notes-style';
      style.textContent = WINDOW_CSS;
      this.popup.document.head.append(style);
    }
    this.update(at);
    return true;
  }

  update(at: number): void {
    this.at = at;
    if (this.panel) {
      const card = this.panel.card;
      const toggle = () => {
        this.answers = !this.answers;
        this.update(this.at);
        card.querySelector<HTMLElement>('[data-control="notes.answers"]')?.focus();
      };
      card.replaceChildren(...notesContent(this.notes, this.steps, at, this.answers, toggle));
      card.dataset.answers = this.answers ? 'shown' : 'hidden';
    }
    if (this.popup && !this.popup.closed) {
      // The second window is on the teacher's own screen: everything, answers included.
      // Nodes made here are adopted by the other window's document when appended.
      this.popup.document.body.replaceChildren(...notesContent(this.notes, this.steps, at, true));
    }
  }

  close(): void {
    this.panel?.destroy();
    this.panel = undefined;
  }
}
