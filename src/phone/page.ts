/**
 * The phone's ballot page: plain DOM, real buttons and inputs, one aria-live status line. The
 * page holds the frame (the name, the languages, the link line, the status line) and draws the
 * voter's state (src/phone/voter.ts) into it after every change, with the view of the moment.
 *
 * Stable hooks, written through the one probe (src/probe.ts; checks outside this folder use them):
 * - `document.body.dataset.ballotState`: `ready` | `sent` | `received` | `closed` | `refused`;
 * - `document.body.dataset.connection`: `connecting` | `online` | `reconnecting` | `waiting` | `stopped`;
 * - `document.body.dataset.view` (the view shown) and `document.body.dataset.refusal` (the last refusal's reason);
 * - every option's control carries `data-option="<its name>"` (for grades: its group, and each
 *   grade's radio button `data-mention="<the mention>"`); the send button `data-action="send"`.
 */
import { ballotView } from './ballot-view.ts';
import { codeForm } from './code-form.ts';
import { h, type Child } from './dom.ts';
import type { LinkStatus } from './link.ts';
import { closedView, doneView, stopView, waitView } from './status-views.ts';
import type { PageDeps } from './voter-state.ts';
import { Voter } from './voter.ts';
import { LANGS, type WordKey } from './words.ts';
import { probe } from '../probe.ts';

export class PhonePage {
  private readonly voter: Voter;
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
    this.brandName = h('span', {});
    this.brand = h(
      'span',
      { class: 'brand' },
      h('img', { src: '/icon.svg', alt: '', width: 32, height: 32 }),
      this.brandName,
    );
    this.langButtons = LANGS.map((lang) =>
      h(
        'button',
        { type: 'button', class: 'lang', lang, 'data-key': `lang-${lang}`, onclick: () => this.voter.setLang(lang) },
        lang.toUpperCase(),
      ),
    );
    this.langGroup = h('div', { class: 'langs', role: 'group' }, ...this.langButtons);
    this.linkEl = h('p', { class: 'link', role: 'status' });
    this.content = h('main', { class: 'content', id: 'content' });
    this.statusEl = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.footer = h('footer', { class: 'footer' });
    root.replaceChildren(
      h('header', { class: 'top' }, this.brand, this.langGroup),
      this.linkEl,
      this.content,
      this.statusEl,
      this.footer,
    );
    this.voter = new Voter(deps, () => this.render());
  }

  start(): void {
    this.voter.start();
    this.render();
  }

  /** The phone is back online or visible again: try at once. */
  nudge(): void {
    this.voter.nudge();
  }

  render(): void {
    const voter = this.voter;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    probe.set('ballotState', voter.ballotState);
    probe.set('connection', voter.connection);
    probe.set('view', voter.view);
    if (voter.refused) probe.set('refusal', voter.refused);
    else probe.clear('refusal');
    document.documentElement.lang = voter.lang;
    document.title = voter.t('pageTitle');

    this.brandName.textContent = voter.t('brand');
    this.langGroup.setAttribute('aria-label', voter.t('langGroup'));
    for (const button of this.langButtons) button.setAttribute('aria-pressed', String(button.lang === voter.lang));
    this.linkEl.textContent = voter.code
      ? `${voter.t('codeShown', { code: voter.code })} · ${voter.t(LINK_WORDS[voter.connection])}`
      : '';
    this.linkEl.hidden = !voter.code;
    this.linkEl.dataset.tone =
      voter.connection === 'online' ? 'good' : voter.connection === 'connecting' ? 'info' : 'bad';

    this.content.replaceChildren(
      ...this.viewNodes().filter((n): n is Node | string => n !== false && n !== undefined && n !== null),
    );

    const text = voter.status?.say(voter.lang) ?? '';
    if (this.statusEl.textContent !== text) this.statusEl.textContent = text;
    this.statusEl.dataset.tone = voter.status?.tone ?? 'info';
    this.statusEl.hidden = text === '';
    // The stop card says it already; the line stays for screen readers.
    this.statusEl.classList.toggle('sr-only', voter.view === 'stop');
    this.footer.textContent = voter.t('footer');

    const key = voter.takeFocus() ?? active;
    if (key === 'status') {
      this.statusEl.tabIndex = -1;
      this.statusEl.focus({ preventScroll: false });
    } else if (key) this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  private viewNodes(): Child[] {
    switch (this.voter.view) {
      case 'code':
        return codeForm(this.voter, this.deps.code ? '' : this.deps.typed);
      case 'wait':
        return waitView(this.voter);
      case 'ballot':
        return ballotView(this.voter);
      case 'done':
        return doneView(this.voter);
      case 'closed':
        return closedView(this.voter);
      case 'stop':
        return stopView(this.voter);
    }
  }
}

const LINK_WORDS: Record<LinkStatus, WordKey> = {
  connecting: 'connecting',
  online: 'online',
  reconnecting: 'reconnecting',
  waiting: 'waiting',
  stopped: 'stopped',
};
