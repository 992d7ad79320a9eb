/**
 * The phone's ballot page: plain DOM, real buttons and inputs, one aria-live status line.
 *
 * Stable hooks (checks outside this folder use them):
 * - `document.body.dataset.ballotState`: `ready` | `sent` | `received` | `closed` | `refused`;
 * - `document.body.dataset.connection`: `connecting` | `online` | `reconnecting` | `waiting` | `stopped`;
 * - every option's control carries `data-option="<its name>"` (for grades: its group, and each
 *   grade's radio button `data-mention="<the mention>"`); the send button `data-action="send"`.
 */
import type { Ack, LiveSetup, PhaseChange, Refusal, RefusalReason, RoomPhase, Welcome } from '../live/protocol.ts';
import { buildBallot, draftOf, type Ballot, EMPTY_DRAFT, isBlank, moveRank, optionIdsOf, reviveDraft, setGrade, tapRank, toggleApproval, ungraded, type Draft } from './ballot.ts';
import { deviceToken, readJson, writeJson, type Keeper } from './store.ts';
import type { LinkEvents, LinkStatus } from './link.ts';
import { LANGS, ordinal, refusalText, say, type Lang, type WordKey } from './words.ts';

export type BallotState = 'ready' | 'sent' | 'received' | 'closed' | 'refused';

/** What the page needs of its connection (src/phone/link.ts). */
export interface LinkLike {
  /** Counts the connections made (src/phone/link.ts). */
  readonly connection: number;
  start(): void;
  restart(device?: string): void;
  nudge(): void;
  send(message: { seq: number; ballot: Ballot }): boolean;
}

export interface PageDeps {
  /** The code in the address, when it is one; otherwise what was there, for the code form. */
  readonly code: string | undefined;
  readonly typed: string;
  readonly lang: Lang;
  readonly local: Keeper;
  readonly session: Keeper;
  normalise(typed: string): string | undefined;
  link(code: string, device: string, events: LinkEvents): LinkLike;
  /** Puts the code in the address (`/vote/CODE`), so that a reload comes back to it. */
  showCode(code: string): void;
}

type View = 'code' | 'wait' | 'ballot' | 'done' | 'closed' | 'stop';
type Say = (lang: Lang) => string;

interface Pending {
  readonly ballot: Ballot;
  /** True when a ballot of this device was already in the box: the ack then says `replaced`. */
  readonly replacing: boolean;
  /** The numbers it was sent with (once per connection): an ack of any of them is its ack. */
  readonly seqs: number[];
  /** The connection it was last sent on. */
  sentOn?: number;
}

type Child = Node | string | false | undefined | null;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** A DOM element: `on…` attributes are listeners, `false`/`undefined` are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== false && child !== undefined && child !== null) el.append(child);
  return el;
}

export class PhonePage {
  private lang: Lang;
  private code: string | undefined;
  private link: LinkLike | undefined;
  private connection: LinkStatus = 'connecting';
  private view: View;
  private setup: LiveSetup | undefined;
  private phase: RoomPhase = 'open';
  private allowChanges = false;
  private inBox = false;
  private retentionHours = 0;
  /** The voter asked to change a ballot that is in the box. */
  private editing = false;
  private draft: Draft = EMPTY_DRAFT;
  private pending: Pending | undefined;
  private seq = 0;
  private refused: RefusalReason | undefined;
  private confirm: WordKey | undefined;
  private stopReason: RefusalReason | undefined;
  private triedNewDevice = false;
  private status: { say: Say; tone: 'info' | 'good' | 'bad' } | undefined;
  private focusNext: string | undefined;
  private readonly statusEl: HTMLElement;
  private readonly linkEl: HTMLElement;
  private readonly content: HTMLElement;
  private readonly langButtons: HTMLButtonElement[];
  private readonly langGroup: HTMLElement;
  private readonly brand: HTMLElement;
  private readonly brandName: HTMLElement;
  private readonly footer: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly deps: PageDeps,
  ) {
    this.lang = deps.lang;
    this.code = deps.code;
    this.view = deps.code ? 'wait' : 'code';
    this.brandName = h('span', {});
    this.brand = h('span', { class: 'brand' }, h('img', { src: '/icon.svg', alt: '', width: 32, height: 32 }), this.brandName);
    this.langButtons = LANGS.map((lang) =>
      h('button', { type: 'button', class: 'lang', lang, 'data-key': `lang-${lang}`, onclick: () => this.setLang(lang) }, lang.toUpperCase()),
    );
    this.langGroup = h('div', { class: 'langs', role: 'group' }, ...this.langButtons);
    this.linkEl = h('p', { class: 'link', role: 'status' });
    this.content = h('main', { class: 'content', id: 'content' });
    this.statusEl = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.footer = h('footer', { class: 'footer' });
    root.replaceChildren(h('header', { class: 'top' }, this.brand, this.langGroup), this.linkEl, this.content, this.statusEl, this.footer);
    if (!deps.code && deps.typed) this.say((l) => say(l, 'codeBad'), 'bad');
  }

  start(): void {
    if (this.code) this.connect(this.code);
    this.render();
  }

  /** The phone is back online or visible again: try at once. */
  nudge(): void {
    this.link?.nudge();
  }

  // — Connection —

  private connect(code: string): void {
    this.code = code;
    this.view = 'wait';
    this.stopReason = undefined;
    this.setup = undefined;
    this.pending = undefined;
    this.inBox = false;
    this.editing = false;
    this.draft = EMPTY_DRAFT;
    const events: LinkEvents = {
      status: (s) => this.onStatus(s),
      welcome: (w) => this.onWelcome(w),
      resumed: () => this.onResumed(),
      ack: (a) => this.onAck(a),
      refused: (r) => this.onRefused(r),
      phase: (p) => this.onPhase(p),
      fatal: (reason) => this.onFatal(reason),
    };
    this.link = this.deps.link(code, deviceToken(this.deps.local, code), events);
    const kept = readJson(this.deps.session, `pending.${code}`) as Pending | undefined;
    if (kept && typeof kept === 'object' && kept.ballot) this.pending = { ballot: kept.ballot, replacing: Boolean(kept.replacing), seqs: [] };
    this.link.start();
  }

  private onStatus(status: LinkStatus): void {
    this.connection = status;
    if (status === 'waiting') this.say((l) => say(l, 'tooManyAttempts'), 'bad');
    else if (status === 'online' && this.status?.tone === 'bad' && !this.refused) this.status = undefined;
    this.render();
  }

  private onWelcome(w: Welcome): void {
    const code = this.code ?? w.code;
    this.setup = w.setup;
    this.phase = w.phase;
    this.allowChanges = w.allowChanges;
    this.inBox = w.inBox;
    this.retentionHours = w.retentionHours;
    this.draft = reviveDraft(w.setup, readJson(this.deps.session, `draft.${code}`));
    if (this.pending && (w.phase === 'closed' || (w.inBox && !w.allowChanges))) this.dropPending();
    if (this.pending) {
      this.view = 'ballot';
      if (this.pending.sentOn !== this.link?.connection) this.transmit();
    } else if (w.phase === 'closed') {
      this.view = 'closed';
    } else if (w.inBox && !this.editing) {
      this.view = 'done';
      if (!this.status || this.status.tone !== 'good') this.say((l) => say(l, 'inBox'), 'good');
    } else {
      this.view = 'ballot';
    }
    if (this.view === 'ballot' && !this.pending && !this.refused) this.status = undefined;
    this.render();
  }

  /** Back in the same seat, without a welcome: a ballot still waiting goes again. */
  private onResumed(): void {
    if (this.pending && this.pending.sentOn !== this.link?.connection) {
      this.transmit();
      this.render();
    }
  }

  private onAck(ack: Ack): void {
    const pending = this.pending;
    if (!pending || !pending.seqs.includes(ack.seq)) return;
    const replaced = ack.status === 'replaced' && pending.replacing;
    this.deps.session.remove(`pending.${this.code}`);
    writeJson(this.deps.session, `sent.${this.code}`, pending.ballot);
    this.pending = undefined;
    this.inBox = true;
    this.editing = false;
    this.refused = undefined;
    this.view = 'done';
    this.say((l) => say(l, replaced ? 'replaced' : 'received'), 'good');
    this.focusNext = 'done';
    this.render();
  }

  private onRefused(r: Refusal): void {
    const pending = this.pending;
    if (r.seq !== undefined && !pending?.seqs.includes(r.seq)) return;
    if (r.reason === 'already-voted' && pending && !pending.replacing && pending.seqs.length > 1) {
      // Sent again after a lost connection: the first one had gone in, its ack lost on the way.
      return this.onAck({ seq: pending.seqs[0], status: 'received' });
    }
    this.dropPending();
    this.refused = r.reason;
    this.say((l) => refusalText(l, r.reason, r.problem?.key), 'bad');
    if (r.reason === 'closed') {
      this.phase = 'closed';
      this.view = 'closed';
    } else if (r.reason === 'already-voted') {
      this.inBox = true;
      this.editing = false;
      this.allowChanges = false;
      this.view = 'done';
    } else if (this.setup) this.view = 'ballot';
    this.focusNext = 'status';
    this.render();
  }

  private onPhase(p: PhaseChange): void {
    this.phase = p.phase;
    this.allowChanges = p.allowChanges;
    if (p.phase === 'closed') {
      if (this.pending) this.dropPending();
      this.view = 'closed';
      this.confirm = undefined;
      this.say((l) => say(l, this.inBox ? 'closedInBox' : 'closed'), 'info');
    } else if (this.view === 'closed') {
      this.view = this.inBox && !this.editing ? 'done' : 'ballot';
      this.refused = undefined;
      this.status = undefined;
    }
    this.render();
  }

  private onFatal(reason: RefusalReason): void {
    if (reason === 'bad-device' && !this.triedNewDevice && this.code) {
      // A token the server does not accept (damaged storage): a new one, once.
      this.triedNewDevice = true;
      this.link?.restart(deviceToken(this.deps.local, this.code, true));
      return;
    }
    this.connection = 'stopped';
    this.stopReason = reason;
    this.refused = reason;
    this.view = 'stop';
    this.say((l) => (reason === 'unknown-room' ? say(l, 'noRoom') : refusalText(l, reason)), 'bad');
    this.render();
  }

  // — The ballot —

  private get sendable(): boolean {
    return this.view === 'ballot' && this.phase === 'open' && !this.pending;
  }

  private change(draft: Draft): void {
    if (!this.sendable) return;
    this.draft = draft;
    this.confirm = undefined;
    if (this.refused) {
      this.refused = undefined;
      this.status = undefined;
    }
    writeJson(this.deps.session, `draft.${this.code}`, draft);
    this.render();
  }

  private askToSend(): void {
    const setup = this.setup;
    if (!setup || !this.sendable) return;
    const missing = ungraded(setup, this.draft).length;
    const question: WordKey | undefined = isBlank(setup, this.draft)
      ? setup.kind === 'ranked'
        ? 'blankRanked'
        : 'blankApproval'
      : setup.kind === 'grades' && missing > 0
        ? missing === 1
          ? 'ungradedOne'
          : 'ungradedMany'
        : undefined;
    if (question) {
      this.confirm = question;
      this.focusNext = 'confirm-yes';
      this.render();
      return;
    }
    this.send();
  }

  private send(): void {
    const setup = this.setup;
    if (!setup || !this.sendable) return;
    this.confirm = undefined;
    this.refused = undefined;
    this.pending = { ballot: buildBallot(setup, this.draft), replacing: this.inBox, seqs: [] };
    writeJson(this.deps.session, `pending.${this.code}`, { ballot: this.pending.ballot, replacing: this.pending.replacing });
    this.transmit();
    this.focusNext = 'status';
    this.render();
  }

  /** Sends the kept ballot with a new number; kept for the next connection when offline. */
  private transmit(): void {
    const pending = this.pending;
    const link = this.link;
    if (!pending || !link) return;
    this.view = 'ballot';
    const seq = ++this.seq;
    const sent = link.send({ seq, ballot: pending.ballot });
    if (sent) {
      pending.seqs.push(seq);
      pending.sentOn = link.connection;
    }
    this.say((l) => say(l, sent ? 'sending' : 'keptOffline'), 'info');
  }

  private dropPending(): void {
    this.pending = undefined;
    if (this.code) this.deps.session.remove(`pending.${this.code}`);
  }

  private changeBallot(): void {
    const sent = readJson(this.deps.session, `sent.${this.code}`) as Ballot | undefined;
    if (this.setup && sent && typeof sent === 'object') this.draft = reviveDraft(this.setup, draftOf(sent));
    this.editing = true;
    writeJson(this.deps.session, `draft.${this.code}`, this.draft);
    this.refused = undefined;
    this.status = undefined;
    this.view = 'ballot';
    this.focusNext = 'question';
    this.render();
  }

  private submitCode(typed: string): void {
    const code = this.deps.normalise(typed);
    if (!code) {
      this.say((l) => say(l, 'codeBad'), 'bad');
      this.focusNext = 'code-input';
      this.render();
      return;
    }
    this.status = undefined;
    this.refused = undefined;
    this.deps.showCode(code);
    this.connect(code);
    this.render();
  }

  // — Rendering —

  private get ballotState(): BallotState {
    if (this.view === 'closed') return 'closed';
    if (this.refused) return 'refused';
    if (this.pending) return 'sent';
    if (this.view === 'done') return 'received';
    return 'ready';
  }

  private say(text: Say, tone: 'info' | 'good' | 'bad'): void {
    this.status = { say: text, tone };
  }

  private setLang(lang: Lang): void {
    this.lang = lang;
    this.deps.local.set('lang', lang);
    this.render();
  }

  private t(key: WordKey, params?: Readonly<Record<string, string | number>>): string {
    return say(this.lang, key, params);
  }

  render(): void {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    const body = document.body;
    body.dataset.ballotState = this.ballotState;
    body.dataset.connection = this.connection;
    body.dataset.view = this.view;
    if (this.refused) body.dataset.refusal = this.refused;
    else delete body.dataset.refusal;
    document.documentElement.lang = this.lang;
    document.title = this.t('pageTitle');

    this.brandName.textContent = this.t('brand');
    this.langGroup.setAttribute('aria-label', this.t('langGroup'));
    for (const button of this.langButtons) button.setAttribute('aria-pressed', String(button.lang === this.lang));
    this.linkEl.textContent = this.code ? `${this.t('codeShown', { code: this.code })} · ${this.t(LINK_WORDS[this.connection])}` : '';
    this.linkEl.hidden = !this.code;
    this.linkEl.dataset.tone = this.connection === 'online' ? 'good' : this.connection === 'connecting' ? 'info' : 'bad';

    this.content.replaceChildren(...this.viewNodes().filter((n): n is Node | string => n !== false && n !== undefined && n !== null));

    const text = this.status?.say(this.lang) ?? '';
    if (this.statusEl.textContent !== text) this.statusEl.textContent = text;
    this.statusEl.dataset.tone = this.status?.tone ?? 'info';
    this.statusEl.hidden = text === '';
    // The stop card says it already; the line stays for screen readers.
    this.statusEl.classList.toggle('sr-only', this.view === 'stop');
    this.footer.textContent = this.t('footer');

    const key = this.focusNext ?? active;
    this.focusNext = undefined;
    if (key === 'status') {
      this.statusEl.tabIndex = -1;
      this.statusEl.focus({ preventScroll: false });
    } else if (key) this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  private viewNodes(): Child[] {
    switch (this.view) {
      case 'code':
        return this.codeForm();
      case 'wait':
        return [h('div', { class: 'card wait' }, h('span', { class: 'dots', 'aria-hidden': 'true' }), h('p', {}, this.t('connecting')))];
      case 'ballot':
        return this.ballotNodes();
      case 'done':
        return this.doneNodes();
      case 'closed':
        return [
          this.questionNode(),
          h('div', { class: 'card closed', tabindex: -1, 'data-key': 'done' }, h('span', { class: 'mark', 'aria-hidden': 'true' }, '■'), h('p', { class: 'big' }, this.t(this.inBox ? 'closedInBox' : 'closed'))),
        ];
      case 'stop':
        return this.stopNodes();
    }
  }

  private codeForm(): Child[] {
    const input = h('input', {
      id: 'code',
      name: 'code',
      class: 'code-input',
      'data-key': 'code-input',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      enterkeyhint: 'go',
      maxlength: 12,
      'aria-describedby': 'code-hint',
      value: this.deps.code ? '' : this.deps.typed,
    });
    const form = h(
      'form',
      {
        class: 'card code-form',
        onsubmit: (e) => {
          e.preventDefault();
          this.submitCode(input.value);
        },
      },
      h('label', { for: 'code', class: 'label' }, this.t('codeLabel')),
      input,
      h('p', { id: 'code-hint', class: 'hint' }, this.t('codeHint')),
      h('button', { type: 'submit', class: 'primary', 'data-action': 'join', 'data-key': 'join' }, this.t('codeGo')),
    );
    return [form];
  }

  private questionNode(): HTMLElement {
    // No line break before a French question mark (a space typed before it).
    const question = (this.setup?.question ?? '').replace(/ ([?!:;»])/g, '\u00a0$1');
    return h('h1', { class: 'question', tabindex: -1, 'data-key': 'question' }, question);
  }

  private ballotNodes(): Child[] {
    const setup = this.setup;
    if (!setup) return [];
    const locked = !this.sendable;
    const how: WordKey = setup.kind === 'ranked' ? 'howRanked' : setup.kind === 'approval' ? 'howApproval' : 'howGrades';
    const body = setup.kind === 'ranked' ? this.rankedNodes(setup) : setup.kind === 'approval' ? this.approvalNodes(setup) : this.gradeNodes(setup);
    const note = this.t(this.allowChanges ? 'canChange' : 'isFinal');
    return [
      this.questionNode(),
      h('p', { class: 'how', id: 'how' }, this.t(how)),
      h('fieldset', { class: 'ballot', disabled: locked, 'aria-describedby': 'how' }, h('legend', { class: 'sr-only' }, setup.question), ...body),
      h('p', { class: this.allowChanges ? 'note' : 'note final' }, note),
      this.confirm ? this.confirmNodes(this.confirm) : this.sendButton(locked),
    ];
  }

  private sendButton(locked: boolean): HTMLElement {
    const label = this.pending ? this.t(this.connection === 'online' ? 'sending' : 'waitingToSend') : this.t(this.inBox ? 'sendNew' : 'send');
    return h('button', { type: 'button', class: 'primary send', 'data-action': 'send', 'data-key': 'send', disabled: locked, onclick: () => this.askToSend() }, label);
  }

  private confirmNodes(question: WordKey): HTMLElement {
    const worst = this.setup?.mentions?.[0] ?? '';
    const missing = this.setup ? ungraded(this.setup, this.draft).length : 0;
    return h(
      'div',
      { class: 'card confirm', role: 'group', 'aria-labelledby': 'confirm-q' },
      h('p', { id: 'confirm-q', class: 'big' }, this.t(question, { n: missing, worst })),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'confirm-send', 'data-key': 'confirm-yes', 'aria-describedby': 'confirm-q', onclick: () => this.send() }, this.t('confirmYes')),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-action': 'confirm-back',
            'data-key': 'confirm-no',
            onclick: () => {
              this.confirm = undefined;
              this.focusNext = 'send';
              this.render();
            },
          },
          this.t('confirmNo'),
        ),
      ),
    );
  }

  private rankedNodes(setup: LiveSetup): Child[] {
    const ids = optionIdsOf(setup);
    const name = (id: string) => setup.options[ids.indexOf(id)];
    const options = ids.map((id, i) => {
      const place = this.draft.order.indexOf(id) + 1;
      const option = setup.options[i];
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'option',
            'data-option': option,
            'data-key': `opt-${id}`,
            'aria-pressed': String(place > 0),
            'aria-label': place > 0 ? this.t('rankedAs', { name: option, rank: ordinal(this.lang, place) }) : this.t('notRanked', { name: option }),
            onclick: () => this.change(tapRank(this.draft, id)),
          },
          h('span', { class: 'badge', 'aria-hidden': 'true' }, place > 0 ? String(place) : ''),
          h('span', { class: 'name' }, option),
        ),
      );
    });
    const last = this.draft.order.length - 1;
    const ranking = this.draft.order.map((id, place) =>
      h(
        'li',
        { class: 'rank' },
        h('span', { class: 'place' }, ordinal(this.lang, place + 1)),
        h('span', { class: 'name' }, name(id)),
        h(
          'span',
          { class: 'tools' },
          this.tool('↑', `up-${id}`, this.t('moveUp', { name: name(id) }), place === 0, () => this.change(moveRank(this.draft, id, -1))),
          this.tool('↓', `down-${id}`, this.t('moveDown', { name: name(id) }), place === last, () => this.change(moveRank(this.draft, id, 1))),
          this.tool('✕', `remove-${id}`, this.t('remove', { name: name(id) }), false, () => {
            this.focusNext = `opt-${id}`;
            this.change(tapRank(this.draft, id));
          }),
        ),
      ),
    );
    return [
      h('ul', { class: 'options', 'aria-label': this.t('optionsTitle') }, ...options),
      h('h2', { class: 'sub', id: 'ranking-title' }, this.t('rankingTitle')),
      ranking.length > 0 ? h('ol', { class: 'ranking', 'aria-labelledby': 'ranking-title' }, ...ranking) : h('p', { class: 'empty' }, this.t('rankingEmpty')),
    ];
  }

  /** A small tool button: stays focusable at either end of the list (aria-disabled), so that the focus follows the option. */
  private tool(symbol: string, key: string, label: string, off: boolean, act: () => void): HTMLElement {
    return h('button', { type: 'button', class: 'tool', 'data-key': key, 'aria-label': label, 'aria-disabled': off ? 'true' : undefined, onclick: () => !off && act() }, h('span', { 'aria-hidden': 'true' }, symbol));
  }

  private approvalNodes(setup: LiveSetup): Child[] {
    const ids = optionIdsOf(setup);
    const options = ids.map((id, i) => {
      const on = this.draft.approves.includes(id);
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'option',
            'data-option': setup.options[i],
            'data-key': `opt-${id}`,
            'aria-pressed': String(on),
            onclick: () => this.change(toggleApproval(setup, this.draft, id)),
          },
          h('span', { class: 'badge check', 'aria-hidden': 'true' }, on ? '✓' : ''),
          h('span', { class: 'name' }, setup.options[i]),
          h('span', { class: 'sr-only' }, `, ${this.t(on ? 'approved' : 'notApproved')}`),
        ),
      );
    });
    return [h('ul', { class: 'options', 'aria-label': this.t('optionsTitle') }, ...options)];
  }

  private gradeNodes(setup: LiveSetup): Child[] {
    const mentions = setup.mentions ?? [];
    const ids = optionIdsOf(setup);
    const graded = ids.length - ungraded(setup, this.draft).length;
    // Best first, as on a paper ballot of majority judgment; the grade is the mention's rank, worst 0.
    const order = mentions.map((m, grade) => ({ m, grade })).reverse();
    const groups = ids.map((id, i) =>
      h(
        'fieldset',
        { class: 'grade', 'data-option': setup.options[i] },
        h('legend', { class: 'name' }, setup.options[i]),
        h(
          'div',
          { class: 'mentions' },
          ...order.map(({ m, grade }) =>
            h(
              'label',
              { class: 'mention', 'data-tone': String(Math.round((grade / Math.max(1, mentions.length - 1)) * 4)) },
              h('input', {
                type: 'radio',
                name: `g-${id}`,
                value: grade,
                'data-mention': m,
                'data-key': `g-${id}-${grade}`,
                checked: this.draft.grades[id] === grade,
                onchange: () => this.change(setGrade(this.draft, id, grade)),
              }),
              h('span', {}, m),
            ),
          ),
        ),
      ),
    );
    return [h('p', { class: 'count' }, this.t('gradedCount', { n: graded, total: ids.length })), ...groups];
  }

  private doneNodes(): Child[] {
    const sent = readJson(this.deps.session, `sent.${this.code}`) as Ballot | undefined;
    const summary = this.setup && sent && typeof sent === 'object' ? this.summary(this.setup, sent) : undefined;
    const refusedHere = this.refused === 'already-voted';
    return [
      this.questionNode(),
      h(
        'div',
        { class: 'card done', tabindex: -1, 'data-key': 'done' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, '✓'),
        h('p', { class: 'big' }, this.t('inBox')),
        h('p', {}, this.t('anonymous')),
        summary,
        this.retentionHours > 0 && h('p', { class: 'small' }, this.t('retention', { hours: this.retentionHours })),
      ),
      this.allowChanges && this.phase === 'open' && !refusedHere && h('p', { class: 'note' }, this.t('canChange')),
      this.allowChanges &&
        this.phase === 'open' &&
        !refusedHere &&
        h('button', { type: 'button', class: 'secondary', 'data-action': 'change', 'data-key': 'change', onclick: () => this.changeBallot() }, this.t('change')),
    ];
  }

  /** What this phone sent, as a short list (only on this phone, for the voter's own eyes). */
  private summary(setup: LiveSetup, ballot: Ballot): HTMLElement | undefined {
    const ids = optionIdsOf(setup);
    const name = (id: string) => setup.options[ids.indexOf(id)] ?? id;
    if (ballot.kind === 'ranked' && ballot.ranking.length > 0) return h('ol', { class: 'summary' }, ...ballot.ranking.map((tier) => h('li', {}, tier.map(name).join(', '))));
    if (ballot.kind === 'approval' && ballot.approves.length > 0) return h('ul', { class: 'summary' }, ...ballot.approves.map((id) => h('li', {}, `✓ ${name(id)}`)));
    if (ballot.kind === 'graded') {
      return h('ul', { class: 'summary' }, ...ids.map((id) => h('li', {}, `${name(id)}\u00a0: ${setup.mentions?.[ballot.grades[id]] ?? ''}`)));
    }
    return undefined;
  }

  private stopNodes(): Child[] {
    const unknown = this.stopReason === 'unknown-room';
    return [
      h(
        'div',
        { class: 'card stop' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
        h('p', { class: 'big' }, this.status?.say(this.lang) ?? ''),
        unknown
          ? h(
              'button',
              {
                type: 'button',
                class: 'primary',
                'data-action': 'other-code',
                'data-key': 'other-code',
                onclick: () => {
                  this.view = 'code';
                  this.code = undefined;
                  this.refused = undefined;
                  this.status = undefined;
                  this.link = undefined;
                  this.focusNext = 'code-input';
                  this.render();
                },
              },
              this.t('otherCode'),
            )
          : h(
              'button',
              {
                type: 'button',
                class: 'primary',
                'data-action': 'retry',
                'data-key': 'retry',
                onclick: () => {
                  this.refused = undefined;
                  this.status = undefined;
                  this.view = this.setup ? 'ballot' : 'wait';
                  this.link?.restart();
                  this.render();
                },
              },
              this.t('retry'),
            ),
      ),
    ];
  }
}

const LINK_WORDS: Record<LinkStatus, WordKey> = {
  connecting: 'connecting',
  online: 'online',
  reconnecting: 'reconnecting',
  waiting: 'waiting',
  stopped: 'stopped',
};
