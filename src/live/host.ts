/**
 * The host's side of a live vote, headless: what the host screen knows (a state changed only by
 * events, in `hostReducer`), what it must do next (`hostEffects`), and what it shows
 * (`hostScreen`: words as message keys, the join code, the address the QR code encodes, the
 * buttons). The screen shows how many ballots are in — never what they say — until the vote is
 * closed and counted. Pure: no DOM, no network, no timers (src/live/host-session.ts drives it).
 */
import type { Lang } from '../i18n/format.ts';
import type { SetupProblem } from '../classroom/election.ts';
import { LiveLimits, LivePath, REFUSALS, type Hosted, type LiveSetup, type PhaseChange, type Refusal, type RefusalReason, type RoomPhase, type ServerInfo } from './protocol.ts';

export type HostStatus =
  /** Asking the server whether it runs rooms (`GET /live/info`). */
  | 'checking'
  /** Nobody answered: the game is served without the room server. */
  | 'no-server'
  /** Creating the room, or joining it again. */
  | 'connecting'
  | 'connected'
  /** The connection dropped: looking the room up again, with a growing wait. */
  | 'reconnecting'
  /** Closed: the ballots are on their way for the count. */
  | 'counting'
  /** The room no longer exists here, or this browser is no longer its host. */
  | 'gone'
  /** The server would not open the room. */
  | 'refused';

export interface HostRoom {
  readonly code: string;
  readonly setup: LiveSetup;
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  /** Ballots in the box: the only figure shown while the vote is open. */
  readonly received: number;
  /** When closed: the time (ms since epoch) after which the server deletes the ballots. */
  readonly deleteAt?: number;
}

export interface HostState {
  readonly status: HostStatus;
  readonly info?: ServerInfo;
  readonly room?: HostRoom;
  /** Failed attempts to reach the room since the connection dropped. */
  readonly attempts: number;
  /** The host asked to close: the ballots are counted as soon as the room says it is closed. */
  readonly countWhenClosed: boolean;
  /** The host pressed "delete" once: the screen asks to confirm. */
  readonly confirmDelete: boolean;
  /** The last refusal, said on the screen until the next change. */
  readonly refusal?: Refusal;
  /** Something to say about the last action (no ballot to count yet, a file saved…). */
  readonly notice?: SetupProblem;
  /** Why the room is gone (`gone`) or was refused (`refused`). */
  readonly reason?: RefusalReason | 'deleted';
}

export const initialHostState: HostState = { status: 'checking', attempts: 0, countWhenClosed: false, confirmDelete: false };

export type HostEvent =
  | { readonly type: 'info'; readonly info: ServerInfo | undefined }
  | { readonly type: 'connecting' }
  | { readonly type: 'hosted'; readonly hosted: Hosted }
  | { readonly type: 'phase'; readonly change: PhaseChange }
  | { readonly type: 'received'; readonly received: number }
  | { readonly type: 'refused'; readonly refusal: Refusal }
  /** The room could not be created: refused, or no answer (no refusal). */
  | { readonly type: 'not-opened'; readonly refusal?: Refusal }
  /** The connection was lost (the server restarted, the network went away). */
  | { readonly type: 'dropped' }
  /** One more attempt to reach the room failed (no answer, too many look-ups). */
  | { readonly type: 'retry-failed' }
  /** The room is not on the server any more (`GET /live/rooms/CODE` said 404). */
  | { readonly type: 'gone' }
  /** The host's buttons. */
  | { readonly type: 'ask-close' }
  | { readonly type: 'ask-results' }
  | { readonly type: 'ask-delete' }
  | { readonly type: 'cancel-delete' }
  | { readonly type: 'deleted' }
  /** The ballots came back for the count (empty: nothing to count). */
  | { readonly type: 'counted'; readonly ballots: number }
  | { readonly type: 'notice'; readonly notice: SetupProblem | undefined };

/** Refusals after which this browser cannot host the room any more. */
const FATAL: readonly RefusalReason[] = ['unknown-room', 'not-host'];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSALS as readonly string[]).includes(value);
}

function withRoom(state: HostState, change: (room: HostRoom) => HostRoom): HostState {
  return state.room ? { ...state, room: change(state.room) } : state;
}

export function hostReducer(state: HostState, event: HostEvent): HostState {
  switch (event.type) {
    case 'info':
      return event.info ? { ...state, info: event.info, status: 'connecting' } : { ...state, status: 'no-server' };
    case 'connecting':
      return { ...state, status: 'connecting' };
    case 'hosted': {
      const h = event.hosted;
      const room: HostRoom = { code: h.code, setup: h.setup, phase: h.phase, allowChanges: h.allowChanges, received: h.received, ...(h.deleteAt !== undefined ? { deleteAt: h.deleteAt } : {}) };
      // Back after a drop while closing: the count goes on once the room says it is closed.
      const counting = state.countWhenClosed && h.phase === 'closed';
      return { ...state, status: counting ? 'counting' : 'connected', room, attempts: 0, refusal: undefined, reason: undefined, countWhenClosed: counting };
    }
    case 'phase': {
      const c = event.change;
      const next = withRoom(state, (room) => {
        const { deleteAt: _old, ...rest } = room;
        return { ...rest, phase: c.phase, allowChanges: c.allowChanges, ...(c.phase === 'closed' && c.deleteAt !== undefined ? { deleteAt: c.deleteAt } : {}) };
      });
      if (c.phase === 'open') return { ...next, countWhenClosed: false, status: next.status === 'counting' ? 'connected' : next.status };
      return state.countWhenClosed && state.status === 'connected' ? { ...next, status: 'counting', refusal: undefined } : next;
    }
    case 'received':
      return withRoom(state, (room) => ({ ...room, received: event.received }));
    case 'refused': {
      const reason = event.refusal.reason;
      if (FATAL.includes(reason)) return { ...state, status: 'gone', reason, countWhenClosed: false, confirmDelete: false };
      return { ...state, refusal: event.refusal, countWhenClosed: false, status: state.status === 'counting' ? 'connected' : state.status };
    }
    case 'not-opened':
      return { ...state, status: 'refused', reason: event.refusal?.reason, refusal: event.refusal };
    case 'dropped':
      if (state.status === 'gone' || state.status === 'refused' || state.status === 'no-server') return state;
      return { ...state, status: state.room ? 'reconnecting' : 'connecting', attempts: 0 };
    case 'retry-failed':
      return { ...state, status: state.room ? 'reconnecting' : state.status, attempts: state.attempts + 1 };
    case 'gone':
      return { ...state, status: 'gone', reason: 'unknown-room', countWhenClosed: false, confirmDelete: false };
    case 'ask-close':
      if (!state.room || state.status !== 'connected' || state.room.phase !== 'open') return state;
      if (state.room.received === 0) return { ...state, notice: { key: 'live.host.noneYet', params: {} } };
      return { ...state, countWhenClosed: true, notice: undefined, refusal: undefined, confirmDelete: false };
    case 'ask-results':
      if (!state.room || state.status !== 'connected' || state.room.phase !== 'closed') return state;
      if (state.room.received === 0) return { ...state, notice: { key: 'live.host.noneYet', params: {} } };
      return { ...state, status: 'counting', countWhenClosed: true, notice: undefined, refusal: undefined, confirmDelete: false };
    case 'ask-delete':
      return { ...state, confirmDelete: true, notice: undefined };
    case 'cancel-delete':
      return { ...state, confirmDelete: false };
    case 'deleted':
      return { ...state, status: 'gone', reason: 'deleted', confirmDelete: false, countWhenClosed: false };
    case 'counted':
      return {
        ...state,
        status: state.status === 'counting' ? 'connected' : state.status,
        countWhenClosed: false,
        notice: event.ballots === 0 ? { key: 'live.host.noneYet', params: {} } : state.notice,
      };
    case 'notice':
      return { ...state, notice: event.notice };
  }
}

/** What the host must send after a change: the ballots are asked for once counting begins. */
export function hostEffects(before: HostState, after: HostState): ('close' | 'export')[] {
  const effects: ('close' | 'export')[] = [];
  if (!before.countWhenClosed && after.countWhenClosed && after.room?.phase === 'open' && after.status === 'connected') effects.push('close');
  if (before.status !== 'counting' && after.status === 'counting') effects.push('export');
  return effects;
}

/** The wait before the next attempt to reach the room: 0.5 s, 1 s, 2 s… up to 15 s. */
export function reconnectDelay(attempts: number): number {
  return Math.min(15_000, 500 * 2 ** Math.max(0, Math.min(attempts, 10)));
}

/** "AB3K7M" → "AB3 K7M": two halves, read aloud and typed more easily. */
export function spacedCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

/** The base address phones use: the server's first one (on the room's network), else this page's. */
export function joinBase(info: ServerInfo | undefined, origin: string): string {
  // The first that is a web address (http or https, a host); anything else is passed over.
  const address = info?.addresses.find((a) => /^https?:\/\/[^\s/?#]+(\/[^\s]*)?$/i.test(a));
  if (address) return address.replace(/\/+$/, '');
  return origin.replace(/\/+$/, '');
}

/** The phone page of a room: what the QR code encodes. */
export function voteUrl(base: string, code: string): string {
  return `${base}${LivePath.vote}${code}`;
}

/** The address as people type it: no `http://` (a phone's browser adds it), `https://` kept. */
export function typedAddress(url: string): string {
  return url.replace(/^http:\/\//, '');
}

export interface Words {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** A second sentence said after this one (the problem a refusal names). */
  readonly then?: Words;
}

const words = (key: string, params: Record<string, string | number> = {}): Words => ({ key, params });

export type HostAction =
  | 'close-vote'
  | 'reopen-vote'
  | 'allow-changes'
  | 'show-results'
  | 'export-csv'
  | 'export-json'
  | 'delete-vote'
  | 'confirm-delete'
  | 'cancel-delete'
  | 'other-ways'
  | 'new-vote'
  | 'back';

export interface HostButton {
  readonly action: HostAction;
  readonly words: Words;
  readonly primary?: boolean;
  /** A toggle's state (`aria-pressed`). */
  readonly pressed?: boolean;
}

export interface HostScreen {
  readonly status: HostStatus;
  readonly heading: Words;
  /** One line on where things stand (open, closed, reconnecting…). */
  readonly state: Words;
  readonly code?: string;
  readonly spacedCode?: string;
  /** The phone page's address, as typed, and as the QR code encodes it. */
  readonly address?: string;
  readonly voteUrl?: string;
  readonly received?: number;
  readonly receivedWords?: Words;
  /** While open: that no result shows before the vote is closed. */
  readonly secret?: Words;
  /** Whether phones may change their ballot. */
  readonly rule?: Words;
  /** How long the ballots are kept after closing. */
  readonly retention?: Words;
  /** A longer message instead of the room (no server, a room gone, a refusal). */
  readonly message?: Words;
  /** A refusal or a notice about the last action. */
  readonly problem?: Words;
  readonly buttons: readonly HostButton[];
}

export interface ScreenContext {
  readonly lang: Lang;
  /** This page's origin, when the server names no address. */
  readonly origin: string;
  /** For tests: the time zone the deletion time is written in. */
  readonly timeZone?: string;
}

/** A deletion time in words: "jeudi 12 mars à 14:05" / "Thursday 12 March at 14:05". */
export function deletionTime(at: number, lang: Lang, timeZone?: string): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const zone = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...zone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...zone }).format(at);
  return lang === 'fr' ? `${day} à ${time}` : `${day} at ${time}`;
}

const back: HostButton = { action: 'back', words: words('classroom.results.desk') };

/** What the host screen shows for a state. */
export function hostScreen(state: HostState, context: ScreenContext): HostScreen {
  const room = state.room;
  const heading = room?.setup.question ? words('live.host.question', { question: room.setup.question }) : words('live.title');
  const problem = state.refusal ? refusalWords(state.refusal) : state.notice ? words(state.notice.key, state.notice.params) : undefined;
  const base = { status: state.status, heading, ...(problem ? { problem } : {}) };
  switch (state.status) {
    case 'checking':
      return { ...base, state: words('live.host.checking'), buttons: [back] };
    case 'no-server':
      return {
        ...base,
        state: words('live.host.noServerTitle'),
        message: words('live.host.noServer'),
        buttons: [{ action: 'other-ways', words: words('live.host.otherWays'), primary: true }, back],
      };
    case 'gone':
    case 'refused': {
      const reason = state.reason;
      const message =
        reason === 'deleted'
          ? words('live.host.deleted')
          : state.status === 'gone'
            ? words(reason === 'not-host' ? 'live.host.gone.notHost' : 'live.host.gone.unknown')
            : state.refusal
              ? refusalWords(state.refusal)
              : words('live.host.notOpened');
      return {
        ...base,
        ...(state.status === 'refused' ? { problem: undefined } : {}),
        state: words(state.status === 'gone' ? 'live.host.goneTitle' : 'live.host.refusedTitle'),
        message,
        buttons: [{ action: 'new-vote', words: words('live.host.newVote'), primary: true }, { action: 'other-ways', words: words('live.host.otherWays') }, back],
      };
    }
    default:
      break;
  }
  if (!room) return { ...base, state: words(state.status === 'reconnecting' ? 'live.host.reconnecting' : 'live.host.connecting', { n: state.attempts + 1 }), buttons: [back] };
  const url = voteUrl(joinBase(state.info, context.origin), room.code);
  const hours = state.info?.retentionHours ?? LiveLimits.retentionHours;
  const closed = room.phase === 'closed';
  const retention =
    closed && room.deleteAt !== undefined ? words('live.host.keptUntil', { when: deletionTime(room.deleteAt, context.lang, context.timeZone) }) : words('live.host.keep', { hours });
  const stateWords =
    state.status === 'reconnecting'
      ? words('live.host.reconnecting', { n: state.attempts + 1 })
      : state.status === 'connecting'
        ? words('live.host.connecting')
        : state.status === 'counting'
          ? words('live.host.counting')
          : words(closed ? 'live.host.closed' : 'live.host.open');
  const allow: HostButton = { action: 'allow-changes', words: words('live.host.allowChanges'), pressed: room.allowChanges };
  const exports: HostButton[] = [
    { action: 'export-csv', words: words('classroom.results.ballotsCsv') },
    { action: 'export-json', words: words('classroom.results.ballotsJson') },
  ];
  let buttons: HostButton[];
  if (state.status !== 'connected') buttons = [back];
  else if (!closed) buttons = [{ action: 'close-vote', words: words('live.host.close'), primary: true }, allow, back];
  else if (state.confirmDelete) buttons = [{ action: 'confirm-delete', words: words('live.host.deleteYes'), primary: true }, { action: 'cancel-delete', words: words('live.host.deleteNo') }];
  else
    buttons = [
      { action: 'show-results', words: words('live.host.results'), primary: true },
      { action: 'reopen-vote', words: words('live.host.reopen') },
      allow,
      ...exports,
      { action: 'delete-vote', words: words('live.host.delete') },
      back,
    ];
  return {
    ...base,
    ...(state.confirmDelete && closed ? { problem: words('live.host.deleteConfirm', { n: room.received }) } : {}),
    state: stateWords,
    code: room.code,
    spacedCode: spacedCode(room.code),
    address: typedAddress(url),
    voteUrl: url,
    received: room.received,
    receivedWords: words('live.host.received', { n: room.received }),
    ...(closed ? {} : { secret: words('live.host.secret') }),
    rule: words(room.allowChanges ? 'live.host.changesAllowed' : 'live.host.changesForbidden'),
    retention,
    buttons,
  };
}

/** A refusal in words: its reason, and the problem the server named (a bad setup). */
export function refusalWords(refusal: Refusal): Words {
  const reason = words(`live.refused.${refusal.reason}`);
  return refusal.problem ? { ...reason, then: words(refusal.problem.key, { ...refusal.problem.params }) } : reason;
}
