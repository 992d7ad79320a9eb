/**
 * The host screen of a live vote, in the classroom's DOM layer: the question, the join code
 * (huge, in two halves), the QR code and the address it encodes, how many ballots came in
 * (never what they say), the host's buttons, and how long the ballots are kept. Built once and
 * patched on every change, so that the focus stays on the button the teacher is on.
 *
 * What it shows comes from `hostScreen` (src/live/host-screen.ts); this file only draws it.
 */
import type { HostAction, HostButton, HostScreen, Words } from '../../live/host-screen.ts';
import { h } from './dom.ts';
import { qrImage } from './qr.ts';
import { t } from '../../i18n/index.ts';

/** Words in the player's language (a refusal and the problem it names, one after the other). */
export function say(words: Words | undefined): string {
  if (!words) return '';
  const text = t(words);
  return words.then ? `${text} ${say(words.then)}` : text;
}

const show = (element: HTMLElement, text: string) => {
  element.textContent = text;
  element.hidden = text === '';
};

export class LiveHostView {
  readonly element: HTMLElement;
  private readonly question = h('h1', { className: 'lv-question' });
  private readonly state = h('p', { className: 'lv-state', role: 'status' });
  private readonly join = h('div', { className: 'lv-join' });
  private readonly joinLabel = h('p', { className: 'lv-join-label' });
  private readonly address = h('p', { className: 'lv-address', 'data-address': '' });
  private readonly codeLabel = h('p', { className: 'lv-code-label' });
  private readonly code = h('p', { className: 'lv-code', 'data-room-code': '' });
  private readonly qr = h('figure', { className: 'lv-qr', 'data-qr': '' });
  private readonly main = h('div', { className: 'lv-main' }, this.join, this.qr);
  private readonly received = h('p', { className: 'lv-received', 'data-ballots-received': '' });
  private readonly secret = h('p', { className: 'lv-secret' });
  private readonly count = h('div', { className: 'lv-count' }, this.received, this.secret);
  private readonly message = h('p', { className: 'lv-message', role: 'alert' });
  private readonly problem = h('p', { className: 'cr-problem', role: 'alert', 'data-problem': '' });
  private readonly buttons = h('div', { className: 'cr-row lv-buttons' });
  private readonly rule = h('p', { className: 'lv-fine' });
  private readonly retention = h('p', { className: 'lv-fine', 'data-retention': '' });
  private readonly keys = h('p', { className: 'lv-fine cr-muted' });
  private drawnButtons = '';
  private qrFor = '';

  constructor(private readonly onAction: (action: HostAction) => void) {
    this.join.append(this.joinLabel, this.address, this.codeLabel, this.code);
    this.element = h(
      'div',
      { className: 'lv-host' },
      h('div', { className: 'lv-top' }, this.question, this.state),
      this.main,
      this.count,
      this.message,
      this.problem,
      this.buttons,
      this.rule,
      this.retention,
      this.keys,
    );
  }

  update(screen: HostScreen): void {
    this.element.dataset.liveStatus = screen.status;
    show(this.question, say(screen.heading));
    show(this.state, say(screen.state));
    this.main.hidden = screen.code === undefined;
    this.count.hidden = screen.received === undefined;
    if (screen.code !== undefined && screen.spacedCode !== undefined) {
      this.joinLabel.textContent = t('live.host.join');
      this.address.textContent = screen.address ?? '';
      this.codeLabel.textContent = t('live.host.codeLabel');
      this.code.textContent = screen.spacedCode;
      this.code.dataset.roomCode = screen.code;
      // Read letter by letter, not as a word.
      this.code.setAttribute('aria-label', t('live.host.codeSpoken', { letters: [...screen.code].join(' ') }));
    }
    if (screen.voteUrl && screen.voteUrl !== this.qrFor) this.drawQr(screen.voteUrl, screen.address ?? screen.voteUrl);
    if (screen.received !== undefined) {
      this.received.textContent = say(screen.receivedWords);
      this.received.dataset.ballotsReceived = String(screen.received);
    }
    show(this.secret, say(screen.secret));
    show(this.message, say(screen.message));
    show(this.problem, say(screen.problem));
    show(this.rule, say(screen.rule));
    show(this.retention, say(screen.retention));
    show(this.keys, t(screen.code === undefined ? 'live.host.keysNoRoom' : 'live.host.keys'));
    this.drawButtons(screen.buttons);
  }

  private drawQr(url: string, address: string): void {
    this.qrFor = url;
    void qrImage(url, t('live.host.qrAlt', { address })).then((image) => {
      if (this.qrFor !== url) return;
      image.dataset.qrFor = url;
      this.qr.replaceChildren(image);
    });
  }

  /** The buttons are drawn again only when they change; the focus stays on the same action. */
  private drawButtons(buttons: readonly HostButton[]): void {
    const signature = JSON.stringify(buttons.map((b) => [b.action, b.words, b.pressed]));
    if (signature === this.drawnButtons) return;
    this.drawnButtons = signature;
    const active = document.activeElement as HTMLElement | null;
    const hadFocus = active !== null && this.buttons.contains(active);
    // A new main action (the room opened, the vote closed): the focus goes to it.
    const hadPrimary = this.buttons.querySelector('.cr-primary')?.getAttribute('data-action');
    const primary = buttons.find((b) => b.primary)?.action;
    const focused = hadFocus && hadPrimary === primary ? active.dataset.action : undefined;
    this.buttons.replaceChildren(
      ...buttons.map((b) =>
        h('button', {
          type: 'button',
          className: `cr-btn${b.primary ? ' cr-primary' : ''}`,
          'data-action': b.action,
          'data-control': `live.${b.action}`,
          'aria-pressed': b.pressed === undefined ? undefined : String(b.pressed),
          text: say(b.words),
          onclick: () => this.onAction(b.action),
        }),
      ),
    );
    if (!hadFocus) return;
    const again =
      (focused && this.buttons.querySelector<HTMLElement>(`[data-action="${focused}"]`)) ||
      this.buttons.querySelector<HTMLElement>('.cr-primary, button');
    again?.focus({ preventScroll: true });
  }
}
