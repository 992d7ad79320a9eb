/**
 * The "change at most k ballots" puzzle played directly, as an HTML card over the dialogue:
 * the recount of the same ballots at the top (redone after every edit, the ballot being edited
 * included), the player's changes, the picked row's editor and the ballot box as a table. The
 * card is real HTML (buttons, a search field, selects, a number field): the keyboard, touch
 * and screen readers use it as they are. The runner checks the answer when the player confirms.
 */
import Phaser from 'phaser';
import { probe } from '../../probe.ts';
import type { Lang } from '../../i18n/format.ts';
import { gradeLabelKey, type PuzzleAnswerData } from '../../scenario/schema.ts';
import { h } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { PuzzleBoard, Recount } from '../../present/flow/puzzle-board.ts';
import { capital, figure, ofName } from './play-text.ts';
import { boxTable, ROWS_AT_ONCE, rowEditor, say, voterName, type PartsContext } from './puzzle-board-parts.ts';

interface BoardHost {
  submit(answer: PuzzleAnswerData): void;
  giveUp(): void;
}

const STYLE_ID = 'puzzle-board-style';
const BOARD_CSS = `
.pz-card { text-align: left; font-size: 0.82em; }
.pz-recount { border: 0.12em solid #8a5a2b; border-radius: 0.4em; padding: 0.3em 0.7em; background: #fff; }
.pz-recount[data-solved=true] { border-color: #1f6b3a; background: #e6f4ea; }
.pz-scores { display: flex; flex-wrap: wrap; gap: 0.2em 1.2em; margin: 0.2em 0; padding: 0; list-style: none; }
.pz-ranking { margin: 0.3em 0; padding-left: 1.6em; }
.pz-ranking li { display: flex; align-items: center; gap: 0.4em; margin: 0.15em 0; }
.pz-name { min-width: 10em; }
.pz-card .cr-btn { min-height: 44px; min-width: 44px; }
.pz-card select, .pz-card input { min-height: 44px; }
.pz-box tr[aria-current=true] { background: #ffe9a8; }
.cr-grid.pz-box th { overflow-wrap: normal; } /* above .cr-grid th, whichever style came first */
`;

/** The board's look (also the clone puzzle's card: targets of 44 px at least). */
export function ensureStyle(): void {
  if (!document.getElementById(STYLE_ID)) document.head.append(h('style', { id: STYLE_ID, text: BOARD_CSS }));
}

export class PuzzleBoardPanel {
  private readonly layer: ClassroomLayer;
  private query = '';
  private limit = ROWS_AT_ONCE;

  constructor(
    scene: Phaser.Scene,
    private readonly board: PuzzleBoard,
    private readonly texts: ScenarioWords,
    private readonly prompt: string,
    private readonly host: BoardHost,
  ) {
    ensureStyle();
    this.layer = new ClassroomLayer(scene, { label: say(texts, 'board.label') });
    this.layer.card.classList.add('pz-card');
    this.layer.root.dataset.puzzleBoard = board.goal.election;
    this.render('first');
  }

  set hidden(hidden: boolean) {
    this.layer.hidden = hidden;
  }

  destroy(): void {
    this.layer.destroy();
  }

  private get context(): PartsContext {
    return { board: this.board, texts: this.texts, act: (edit, focus) => this.act(edit, focus) };
  }

  private act(edit: () => void, focus?: string): void {
    const was = (document.activeElement as HTMLElement | null)?.dataset?.board;
    edit();
    this.render(focus ?? was);
  }

  /**
   * A recount's score as the player reads it: under majority judgment the score is the median
   * grade, said by its mention (« Bien », not « 4 ») when the scale names its grades.
   */
  private score(value: number): string {
    const { board, texts } = this;
    const scale = board.grades;
    if (board.goal.method === 'majority-judgment' && scale?.labels && Number.isInteger(value)) {
      const key = gradeLabelKey(scale, value);
      if (key !== undefined) return texts.text(key);
    }
    return figure(value, texts.lang as Lang);
  }

  private recount(r: Recount, draft: boolean): HTMLElement {
    const { board, texts } = this;
    const method = texts.method(board.goal.method);
    const scores = r.scores
      ? board.candidates
          .filter((o) => r.scores![o] !== undefined)
          .map((o) =>
            h('li', {
              'data-option': o,
              text: say(texts, 'board.score', { name: capital(texts.option(o)), score: this.score(r.scores![o]) }),
            }),
          )
      : [];
    const names = r.winners.map((w) => texts.option(w));
    const outcome = r.error
      ? say(texts, 'board.refused', { reason: texts.said({ key: r.error }) })
      : names.length === 0
        ? say(texts, 'board.nobody')
        : names.length === 1
          ? say(texts, 'board.winner', { name: names[0] })
          : say(texts, 'board.tie', { names });
    const goal = texts.option(board.goal.winner);
    return h(
      'section',
      {
        className: 'pz-recount',
        role: 'status',
        'data-recount': '',
        'data-solved': String(r.solved),
        'data-winners': r.winners.join(','),
        'data-changed': String(r.changed),
      },
      h('h3', { text: say(texts, draft ? 'board.recountDraft' : 'board.recount', { method }) }),
      scores.length > 0 ? h('ul', { className: 'pz-scores' }, ...scores) : null,
      h('p', { text: outcome }),
      h('p', {
        className: r.solved ? '' : 'cr-muted',
        text: say(texts, r.solved ? 'board.goalMet' : 'board.goalNot', { name: goal }),
      }),
    );
  }

  private changes(): HTMLElement | null {
    const { board, texts } = this;
    if (board.changes.length === 0) return null;
    const items = board.changes.map((ch, i) => {
      const name = voterName(this.context, ch.voter);
      return h(
        'li',
        { 'data-change': ch.voter },
        `${say(texts, 'board.change', { count: ch.count, name, ballot: texts.ballot(ch.ballot, board.goal.election) })} `,
        h('button', {
          type: 'button',
          className: 'cr-btn',
          'data-board': `remove:${i}`,
          'aria-label': say(texts, 'board.removeLabel', { of: ofName(name, texts.lang as Lang) }),
          text: say(texts, 'board.remove'),
          onclick: () => this.act(() => board.remove(i), 'submit'),
        }),
      );
    });
    return h('section', {}, h('h3', { text: say(texts, 'board.changes') }), h('ul', {}, ...items));
  }

  private render(focus: string | undefined): void {
    const { board, texts } = this;
    const draft = board.drafting;
    const recount = board.recount();
    const card = this.layer.card;
    const scroll = card.scrollTop;
    const parts: (HTMLElement | null)[] = [
      h('h2', { text: this.prompt }),
      h('p', {
        'data-board-used': String(board.used),
        text: say(texts, 'board.used', { used: board.used, limit: board.goal.maxChanges }),
      }),
      this.recount(recount, draft),
      this.changes(),
      rowEditor(this.context),
      boxTable(
        this.context,
        this.query,
        this.limit,
        (q) => {
          this.query = q;
          this.limit = ROWS_AT_ONCE;
          this.render('search');
        },
        () => {
          this.limit += ROWS_AT_ONCE;
          this.render('more');
        },
      ),
      h(
        'p',
        { className: 'cr-row' },
        h('button', {
          type: 'button',
          className: 'cr-btn cr-primary',
          'data-board': 'submit',
          text: say(texts, 'board.submit'),
          disabled: board.changes.length === 0,
          onclick: () => this.host.submit(board.answer()),
        }),
        h('button', {
          type: 'button',
          className: 'cr-btn',
          'data-board': 'give-up',
          text: say(texts, 'board.giveUp'),
          onclick: () => this.host.giveUp(),
        }),
      ),
    ];
    card.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    card.scrollTop = scroll;
    this.focus(focus);
    // Drawn again after each edit: the board takes the player's next key (a turn for the tests).
    probe.set('waits', 'board');
  }

  /** Back on the control the player was on; else the first row's button (the first time). */
  private focus(key: string | undefined): void {
    const card = this.layer.card;
    const find = (k: string): HTMLElement | null =>
      card.querySelector<HTMLElement>(`[data-board="${CSS.escape(k)}"]:not([disabled])`);
    const fallback = [
      '[data-board^="pick:"]:not([disabled])',
      '[data-board="search"]',
      '[data-board="submit"]:not([disabled])',
      '[data-board="give-up"]',
    ];
    const target =
      (key && key !== 'first' ? find(key) : null) ??
      fallback.map((s) => card.querySelector<HTMLElement>(s)).find((e) => e !== null);
    if (!target) return;
    target.focus({ preventScroll: key !== 'editor' && key !== 'first' });
    if (target instanceof HTMLInputElement && target.type === 'text')
      target.setSelectionRange(target.value.length, target.value.length);
    if (key === 'editor') target.scrollIntoView({ block: 'nearest' });
  }
}
