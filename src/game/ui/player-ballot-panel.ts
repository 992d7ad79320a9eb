/**
 * The player's own ballot, filled by hand as an HTML card over the dialogue, with the live
 * phone ballot's controls: each option a real button (`data-option`, `aria-pressed`) tapped in
 * order of preference, toggled or picked; a ranking's tools to move an option up or down or take
 * it out; one radio group of named grades per option (`data-mention`); the send button
 * (`data-action="send"`), and before a blank or incomplete ballot goes in, a question with
 * `data-action="confirm-send"` and `data-action="confirm-back"`. Keyboard, touch and screen
 * readers use the real controls as they are.
 */
import Phaser from 'phaser';
import { probe } from '../../probe.ts';
import type { Lang } from '../../i18n/format.ts';
import { playerBallotMessages } from '../../i18n/messages/player-ballot.ts';
import { translator, type KeyOf } from '../../i18n/translate.ts';
import type { BallotDraft } from '../../present/flow/ballot-draft.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { PuzzleAnswerData } from '../../scenario/schema.ts';
import type { StepParams } from '../../voting/result.ts';
import { h } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import { capital } from './play-text.ts';

const { t: ballotText } = translator(playerBallotMessages);
type BallotKey = KeyOf<typeof playerBallotMessages>;

interface BallotHost {
  send(answer: PuzzleAnswerData): void;
}

const STYLE_ID = 'player-ballot-style';
const BALLOT_CSS = `
.pb-card { text-align: left; font-size: 0.85em; }
.pb-card fieldset { border: 0; margin: 0; padding: 0; }
.pb-options { list-style: none; margin: 0.4em 0; padding: 0; display: grid; gap: 0.35em; }
.pb-card .pb-option { display: flex; align-items: center; gap: 0.6em; width: 100%; min-height: 48px; text-align: left; }
.pb-option[aria-pressed=true] { background: #ffe9a8; border-color: #8a5a2b; }
.pb-badge { display: inline-grid; place-items: center; min-width: 1.8em; height: 1.8em; border-radius: 50%;
  border: 0.1em solid #8a5a2b; font-weight: bold; }
.pb-ranking { margin: 0.3em 0; padding-left: 0; list-style: none; }
.pb-ranking li { display: flex; align-items: center; gap: 0.4em; margin: 0.2em 0; }
.pb-ranking .pb-name { flex: 1; }
.pb-card .cr-btn { min-height: 44px; min-width: 44px; }
/* One row per option, its name then its grades, while the card is wide enough (a grades card
   fits 1280×720 whole); on a narrow card the grades wrap under the name. A floated legend is a
   plain flex item. */
.pb-card .pb-grade { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.6em; margin: 0.3em 0; }
.pb-grade legend { float: left; flex: 0 0 11em; max-width: 100%; padding: 0; font-weight: bold; overflow-wrap: anywhere; }
.pb-mentions { display: flex; flex-wrap: wrap; gap: 0.3em; }
.pb-card .pb-mention { display: inline-flex; margin: 0; align-items: center; gap: 0.3em; min-height: 44px; padding: 0 0.6em;
  border: 0.1em solid #c9a27a; border-radius: 0.4em; cursor: pointer; }
.pb-mention:has(input:checked) { background: #ffe9a8; border-color: #8a5a2b; }
.pb-mention input { width: 1.2em; height: 1.2em; margin: 0; }
.pb-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.pb-confirm { border: 0.12em solid #8a5a2b; border-radius: 0.4em; padding: 0.4em 0.7em; background: #fff7e0; }
`;

function ensureStyle(): void {
  if (!document.getElementById(STYLE_ID)) document.head.append(h('style', { id: STYLE_ID, text: BALLOT_CSS }));
}

export class PlayerBallotPanel {
  private readonly layer: ClassroomLayer;
  private confirming = false;

  constructor(
    scene: Phaser.Scene,
    private readonly draft: BallotDraft,
    private readonly texts: ScenarioWords,
    private readonly prompt: string,
    private readonly host: BallotHost,
  ) {
    ensureStyle();
    this.layer = new ClassroomLayer(scene, { label: prompt });
    this.layer.card.classList.add('pb-card');
    this.layer.root.dataset.playerBallot = draft.stepId;
    this.layer.root.dataset.ballotKind = draft.kind;
    this.render(undefined);
  }

  set hidden(hidden: boolean) {
    this.layer.hidden = hidden;
  }

  destroy(): void {
    this.layer.destroy();
  }

  private say(key: BallotKey, params: StepParams = {}): string {
    return ballotText(key, params, this.texts.lang as Lang);
  }

  private name(option: string): string {
    return capital(this.texts.option(option));
  }

  /** Runs an edit, then draws the card again with the focus back on the control the player used. */
  private act(edit: () => void, focus?: string): void {
    const was = (document.activeElement as HTMLElement | null)?.dataset?.key;
    edit();
    this.render(focus ?? was);
  }

  private optionButtons(): HTMLElement {
    const d = this.draft;
    const items = d.candidates.map((id) => {
      const place = d.place(id);
      const on = d.kind === 'approval' ? d.approves(id) : place > 0;
      const badge =
        d.kind === 'approval' ? (on ? '✓' : '') : d.kind === 'ranked' && place > 0 ? String(place) : on ? '●' : '';
      const label =
        d.kind === 'ranked'
          ? this.say(place > 0 ? 'playerBallot.place' : 'playerBallot.notRanked', { name: this.name(id), rank: place })
          : undefined;
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'cr-btn pb-option',
            'data-option': id,
            'data-key': `opt-${id}`,
            'aria-pressed': String(on),
            'aria-label': label,
            onclick: () => this.tapped(id),
          },
          h('span', { className: 'pb-badge', 'aria-hidden': 'true', text: badge }),
          h('span', { text: this.name(id) }),
        ),
      );
    });
    return h('ul', { className: 'pb-options', 'aria-label': this.say('playerBallot.options') }, ...items);
  }

  /**
   * A tap, then where the keyboard goes on: after the name of a pebble, to the send button; after
   * ranking an option, to the next option not yet ranked (so Enter, Enter, Enter ranks them in
   * order), then to the send button. Taking an option out, or an approval, stays on it.
   */
  private tapped(id: string): void {
    const d = this.draft;
    const wasIn = d.place(id) > 0;
    d.tap(id);
    let focus: string | undefined;
    if (d.kind === 'single' && !wasIn) focus = 'send';
    else if (d.kind === 'ranked' && !wasIn) {
      const from = d.candidates.indexOf(id);
      const next = [...d.candidates.slice(from + 1), ...d.candidates.slice(0, from)].find((c) => d.place(c) === 0);
      focus = next === undefined ? 'send' : `opt-${next}`;
    }
    this.render(focus ?? `opt-${id}`);
  }

  private tool(symbol: string, key: string, label: string, off: boolean, act: () => void): HTMLElement {
    return h(
      'button',
      {
        type: 'button',
        className: 'cr-btn',
        'data-key': key,
        'aria-label': label,
        'aria-disabled': off ? 'true' : undefined,
        onclick: () => !off && this.act(act),
      },
      h('span', { 'aria-hidden': 'true', text: symbol }),
    );
  }

  private ranking(): HTMLElement[] {
    const d = this.draft;
    const last = d.ranking.length - 1;
    const rows = d.ranking.map((id, i) =>
      h(
        'li',
        { 'data-ranked': id },
        h('span', { className: 'pb-badge', text: String(i + 1) }),
        h('span', { className: 'pb-name', text: this.name(id) }),
        this.tool('↑', `up-${id}`, this.say('playerBallot.moveUp', { name: this.texts.option(id) }), i === 0, () =>
          d.move(id, -1),
        ),
        this.tool(
          '↓',
          `down-${id}`,
          this.say('playerBallot.moveDown', { name: this.texts.option(id) }),
          i === last,
          () => d.move(id, 1),
        ),
        this.tool('✕', `remove-${id}`, this.say('playerBallot.remove', { name: this.texts.option(id) }), false, () =>
          d.tap(id),
        ),
      ),
    );
    return [
      h('h3', { id: 'pb-ranking-title', text: this.say('playerBallot.rankingTitle') }),
      rows.length > 0
        ? h('ol', { className: 'pb-ranking', 'aria-labelledby': 'pb-ranking-title' }, ...rows)
        : h('p', { className: 'cr-muted', text: this.say('playerBallot.rankingEmpty') }),
    ];
  }

  /** Numbers (0–5, STAR's scores) are « des notes »; named grades are « des mentions ». */
  private get scores(): boolean {
    return this.draft.grades.every((g) => g.label === undefined);
  }

  private mention(grade: { grade: number; label?: string }): string {
    return grade.label ? this.texts.text(grade.label) : String(grade.grade);
  }

  private gradeGroups(): HTMLElement[] {
    const d = this.draft;
    const groups = d.candidates.map((id) =>
      h(
        'fieldset',
        { className: 'pb-grade', 'data-option': id },
        h('legend', { text: this.name(id) }),
        h(
          'div',
          { className: 'pb-mentions' },
          ...d.grades.map((g) =>
            h(
              'label',
              { className: 'pb-mention' },
              h('input', {
                type: 'radio',
                name: `pb-${id}`,
                value: String(g.grade),
                'data-mention': this.mention(g),
                'data-key': `g-${id}-${g.grade}`,
                checked: d.gradeOf(id) === g.grade,
                onchange: () => this.act(() => d.grade(id, g.grade)),
              }),
              h('span', { text: this.mention(g) }),
            ),
          ),
        ),
      ),
    );
    return [
      h('p', {
        'data-graded': String(d.graded),
        text: this.say(this.scores ? 'playerBallot.scoredCount' : 'playerBallot.gradedCount', {
          n: d.graded,
          total: d.candidates.length,
        }),
      }),
      ...groups,
    ];
  }

  private confirm(): HTMLElement {
    const d = this.draft;
    const question = d.question();
    const key: BallotKey =
      question === 'grades'
        ? this.scores
          ? 'playerBallot.confirmScores'
          : 'playerBallot.confirmGrades'
        : question === 'ranked'
          ? 'playerBallot.confirmRanked'
          : 'playerBallot.confirmBlank';
    const missing = d.candidates.length - d.graded;
    return h(
      'div',
      { className: 'pb-confirm', role: 'group', 'aria-labelledby': 'pb-confirm-q', 'data-question': question ?? '' },
      h('p', { id: 'pb-confirm-q', text: this.say(key, { n: missing, worst: this.mention(d.lowest) }) }),
      h(
        'p',
        { className: 'cr-row' },
        h('button', {
          type: 'button',
          className: 'cr-btn cr-primary',
          'data-action': 'confirm-send',
          'data-key': 'confirm-yes',
          text: this.say('playerBallot.confirmYes'),
          onclick: () => this.host.send(d.answer()),
        }),
        h('button', {
          type: 'button',
          className: 'cr-btn',
          'data-action': 'confirm-back',
          'data-key': 'confirm-no',
          text: this.say('playerBallot.confirmNo'),
          onclick: () => this.act(() => (this.confirming = false), 'send'),
        }),
      ),
    );
  }

  private sendButton(): HTMLElement {
    return h('button', {
      type: 'button',
      className: 'cr-btn cr-primary',
      'data-action': 'send',
      'data-key': 'send',
      text: this.say('playerBallot.send'),
      onclick: () => {
        if (this.draft.question() === undefined) this.host.send(this.draft.answer());
        else this.act(() => (this.confirming = true), 'confirm-yes');
      },
    });
  }

  private render(focus: string | undefined): void {
    const d = this.draft;
    const card = this.layer.card;
    const scroll = card.scrollTop;
    const how: BallotKey =
      d.kind === 'grades' && this.scores ? 'playerBallot.how.scores' : `playerBallot.how.${d.kind}`;
    const body =
      d.kind === 'grades' ? this.gradeGroups() : [this.optionButtons(), ...(d.kind === 'ranked' ? this.ranking() : [])];
    card.replaceChildren(
      h('h2', { text: this.prompt }),
      h('p', { id: 'pb-how', text: this.say(how) }),
      h('fieldset', { 'aria-describedby': 'pb-how' }, h('legend', { className: 'pb-sr', text: this.prompt }), ...body),
      this.confirming ? this.confirm() : this.sendButton(),
    );
    card.scrollTop = scroll;
    const target =
      (focus && card.querySelector<HTMLElement>(`[data-key="${CSS.escape(focus)}"]`)) ||
      // A button of an option, or the first grade: a grades card's `data-option` is its fieldset, which takes no focus.
      card.querySelector<HTMLElement>('button[data-option], input');
    target?.focus({ preventScroll: focus !== undefined });
    // Drawn again after each edit: the board takes the player's next key (a turn for the tests).
    probe.set('waits', 'board');
  }
}
