/**
 * What the voter's phone knows, without the DOM, and how the room's events (src/phone/link.ts)
 * change it: the vote's setup, open or closed, whether this phone's ballot is in the box, the
 * ballot on its way, the line to say. What the voter's taps do is added on top of it
 * (src/phone/voter.ts); after every change `changed` redraws the page (src/phone/page.ts).
 * Kept apart from the views so that every rule about a ballot — when it may be sent, when it
 * counts as in the box, what is said — sits in these two files.
 */
import type { Ack, LiveSetup, PhaseChange, Refusal, RefusalReason, RoomPhase, Welcome } from '../live/protocol.ts';
import { type Ballot, EMPTY_DRAFT, reviveDraft, type Draft } from './ballot.ts';
import type { LinkEvents, LinkStatus } from './link.ts';
import { Outbox } from './outbox.ts';
import { deviceToken, readJson, type Keeper } from './store.ts';
import { refusalText, say, type Lang, type WordKey } from './words.ts';

type BallotState = 'ready' | 'sent' | 'received' | 'closed' | 'refused';
type View = 'code' | 'wait' | 'ballot' | 'done' | 'closed' | 'stop';
type Say = (lang: Lang) => string;

/** What the page needs of its connection (src/phone/link.ts). */
interface LinkLike {
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

export class VoterState {
  lang: Lang;
  code: string | undefined;
  protected link: LinkLike | undefined;
  connection: LinkStatus = 'connecting';
  view: View;
  setup: LiveSetup | undefined;
  phase: RoomPhase = 'open';
  allowChanges = false;
  inBox = false;
  retentionHours = 0;
  /** The voter asked to change a ballot that is in the box. */
  protected editing = false;
  draft: Draft = EMPTY_DRAFT;
  protected readonly outbox: Outbox;
  refused: RefusalReason | undefined;
  /** The question asked before sending (a blank ballot, options left without a grade). */
  confirm: WordKey | undefined;
  stopReason: RefusalReason | undefined;
  private triedNewDevice = false;
  status: { say: Say; tone: 'info' | 'good' | 'bad' } | undefined;
  /** The `data-key` of what takes the focus at the next drawing. */
  protected focusNext: string | undefined;

  constructor(
    protected readonly deps: PageDeps,
    protected readonly changed: () => void,
  ) {
    this.lang = deps.lang;
    this.code = deps.code;
    this.view = deps.code ? 'wait' : 'code';
    this.outbox = new Outbox(deps.session);
    if (!deps.code && deps.typed) this.say((l) => say(l, 'codeBad'), 'bad');
  }

  start(): void {
    if (this.code) this.connect(this.code);
  }

  /** The phone is back online or visible again: try at once. */
  nudge(): void {
    this.link?.nudge();
  }

  get ballotState(): BallotState {
    if (this.view === 'closed') return 'closed';
    if (this.refused) return 'refused';
    if (this.outbox.pending) return 'sent';
    if (this.view === 'done') return 'received';
    return 'ready';
  }

  /** A ballot was sent and its ack has not come yet. */
  get sending(): boolean {
    return this.outbox.pending !== undefined;
  }

  get sendable(): boolean {
    return this.view === 'ballot' && this.phase === 'open' && !this.outbox.pending;
  }

  /** What this phone last sent and saw acknowledged (only on this phone, for the voter's own eyes). */
  sent(): Ballot | undefined {
    return this.outbox.sent(this.code);
  }

  /** What takes the focus now, once: the page asks at each drawing. */
  takeFocus(): string | undefined {
    const key = this.focusNext;
    this.focusNext = undefined;
    return key;
  }

  t(key: WordKey, params?: Readonly<Record<string, string | number>>): string {
    return say(this.lang, key, params);
  }

  // — The room's events —

  protected connect(code: string): void {
    this.code = code;
    this.view = 'wait';
    this.stopReason = undefined;
    this.setup = undefined;
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
    this.outbox.restore(code);
    this.link.start();
  }

  private onStatus(status: LinkStatus): void {
    this.connection = status;
    if (status === 'waiting') this.say((l) => say(l, 'tooManyAttempts'), 'bad');
    else if (status === 'online' && this.status?.tone === 'bad' && !this.refused) this.status = undefined;
    this.changed();
  }

  private onWelcome(w: Welcome): void {
    const code = this.code ?? w.code;
    this.setup = w.setup;
    this.phase = w.phase;
    this.allowChanges = w.allowChanges;
    this.inBox = w.inBox;
    this.retentionHours = w.retentionHours;
    this.draft = reviveDraft(w.setup, readJson(this.deps.session, `draft.${code}`));
    if (this.outbox.pending && (w.phase === 'closed' || (w.inBox && !w.allowChanges))) this.outbox.drop(this.code);
    if (this.outbox.pending) {
      this.view = 'ballot';
      if (this.outbox.unsentOn(this.link)) this.transmit();
    } else if (w.phase === 'closed') {
      this.view = 'closed';
    } else if (w.inBox && !this.editing) {
      this.view = 'done';
      if (!this.status || this.status.tone !== 'good') this.say((l) => say(l, 'inBox'), 'good');
    } else {
      this.view = 'ballot';
    }
    if (this.view === 'ballot' && !this.outbox.pending && !this.refused) this.status = undefined;
    this.changed();
  }

  /** Back in the same seat, without a welcome: a ballot still waiting goes again. */
  private onResumed(): void {
    if (this.outbox.unsentOn(this.link)) {
      this.transmit();
      this.changed();
    }
  }

  private onAck(ack: Ack): void {
    const pending = this.outbox.pending;
    if (!pending || !pending.seqs.includes(ack.seq)) return;
    const replaced = ack.status === 'replaced' && pending.replacing;
    this.outbox.delivered(this.code);
    this.inBox = true;
    this.editing = false;
    this.refused = undefined;
    this.view = 'done';
    this.say((l) => say(l, replaced ? 'replaced' : 'received'), 'good');
    this.focusNext = 'done';
    this.changed();
  }

  private onRefused(r: Refusal): void {
    const pending = this.outbox.pending;
    if (r.seq !== undefined && !pending?.seqs.includes(r.seq)) return;
    if (r.reason === 'already-voted' && pending && !pending.replacing && pending.seqs.length > 1) {
      // Sent again after a lost connection: the first one had gone in, its ack lost on the way.
      return this.onAck({ seq: pending.seqs[0], status: 'received' });
    }
    this.outbox.drop(this.code);
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
    this.changed();
  }

  private onPhase(p: PhaseChange): void {
    this.phase = p.phase;
    this.allowChanges = p.allowChanges;
    if (p.phase === 'closed') {
      if (this.outbox.pending) this.outbox.drop(this.code);
      this.view = 'closed';
      this.confirm = undefined;
      this.say((l) => say(l, this.inBox ? 'closedInBox' : 'closed'), 'info');
    } else if (this.view === 'closed') {
      this.view = this.inBox && !this.editing ? 'done' : 'ballot';
      this.refused = undefined;
      this.status = undefined;
    }
    this.changed();
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
    this.changed();
  }

  /** Sends the kept ballot with a new number; kept for the next connection when offline. */
  protected transmit(): void {
    const link = this.link;
    if (!this.outbox.pending || !link) return;
    this.view = 'ballot';
    const sent = this.outbox.transmit(link);
    this.say((l) => say(l, sent ? 'sending' : 'keptOffline'), 'info');
  }

  protected say(text: Say, tone: 'info' | 'good' | 'bad'): void {
    this.status = { say: text, tone };
  }
}
