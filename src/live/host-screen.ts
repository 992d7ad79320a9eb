/**
 * What the host screen shows of the host's state (src/live/host.ts): words as message keys, the
 * join code, the address the QR code encodes, the buttons. It shows how many ballots are in —
 * never what they say — until the vote is closed and counted. Pure: the game draws it
 * (src/game/classroom/live-view.ts) in the player's language.
 */
import type { Lang } from '../i18n/format.ts';
import type { HostState, HostStatus } from './host.ts';
import { LiveLimits, LivePath, type Refusal, type ServerInfo } from './protocol.ts';

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

interface ScreenContext {
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
  const heading = room?.setup.question
    ? words('live.host.question', { question: room.setup.question })
    : words('live.title');
  const problem = state.refusal
    ? refusalWords(state.refusal)
    : state.notice
      ? words(state.notice.key, state.notice.params)
      : undefined;
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
        buttons: [
          { action: 'new-vote', words: words('live.host.newVote'), primary: true },
          { action: 'other-ways', words: words('live.host.otherWays') },
          back,
        ],
      };
    }
    default:
      break;
  }
  if (!room)
    return {
      ...base,
      state: words(state.status === 'reconnecting' ? 'live.host.reconnecting' : 'live.host.connecting', {
        n: state.attempts + 1,
      }),
      buttons: [back],
    };
  const url = voteUrl(joinBase(state.info, context.origin), room.code);
  const hours = state.info?.retentionHours ?? LiveLimits.retentionHours;
  const closed = room.phase === 'closed';
  const retention =
    closed && room.deleteAt !== undefined
      ? words('live.host.keptUntil', { when: deletionTime(room.deleteAt, context.lang, context.timeZone) })
      : words('live.host.keep', { hours });
  const stateWords =
    state.status === 'reconnecting'
      ? words('live.host.reconnecting', { n: state.attempts + 1 })
      : state.status === 'connecting'
        ? words('live.host.connecting')
        : state.status === 'counting'
          ? words('live.host.counting')
          : words(closed ? 'live.host.closed' : 'live.host.open');
  const allow: HostButton = {
    action: 'allow-changes',
    words: words('live.host.allowChanges'),
    pressed: room.allowChanges,
  };
  const exports: HostButton[] = [
    { action: 'export-csv', words: words('classroom.results.ballotsCsv') },
    { action: 'export-json', words: words('classroom.results.ballotsJson') },
  ];
  let buttons: HostButton[];
  if (state.status !== 'connected') buttons = [back];
  else if (!closed) buttons = [{ action: 'close-vote', words: words('live.host.close'), primary: true }, allow, back];
  else if (state.confirmDelete)
    buttons = [
      { action: 'confirm-delete', words: words('live.host.deleteYes'), primary: true },
      { action: 'cancel-delete', words: words('live.host.deleteNo') },
    ];
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
