/**
 * The live vote's contract, shared by the host screen (the game), the phone page and the room
 * server: the room's name, join codes, the setup, and every message with its payload.
 *
 * Pure and light: no Phaser, no DOM, no Node, and only type imports, because the phone page
 * bundles this file and must stay small (docs/live-votes.md).
 *
 * Flow: the host creates a room (`create(LIVE_ROOM, { role: 'host', setup })`) and receives
 * its code and a secret host key; phones look the code up (`GET /live/rooms/CODE`, which also
 * brings a room back after a server restart), then `joinById(code, { role: 'voter', device })`.
 * A phone's ballot is acknowledged only once it is durably stored.
 */
import type { Ballot } from '../scenario/preferences.ts';
import type { MethodId } from '../voting/method.ts';

/** The Colyseus room type every live vote is an instance of. */
export const LIVE_ROOM = 'vote';

/** Join codes: no 0/O, 1/I/L, so that a code read from the back of a room is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** HTTP paths served by the room server beside the Colyseus matchmaker. */
export const LivePath = {
  /** `GET /live/rooms/CODE`: 200 `{ code }` when the room exists (restored if need be), 404, or 429. */
  room: '/live/rooms/',
  /** `GET /live/info`: `ServerInfo`, the addresses phones can reach. */
  info: '/live/info',
  /** The phone page: `/vote/CODE` (the QR code points there). */
  vote: '/vote/',
} as const;

export interface ServerInfo {
  /** Base addresses phones on the same network can use, best first (LAN before loopback). */
  readonly addresses: readonly string[];
  /** Hours a closed room's ballots are kept before they are deleted. */
  readonly retentionHours: number;
}

/** The typed code, cleaned: upper case, no spaces or dashes; undefined when it cannot be a code. */
export function normaliseCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return undefined;
  return code;
}

export const LIVE_KINDS = ['ranked', 'approval', 'grades'] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

/** What the host set up: a class election, with names for the grades when it is graded. */
export interface LiveSetup {
  readonly question: string;
  /** The options' names as typed; on ballots their ids are `o1`, `o2`… in this order. */
  readonly options: readonly string[];
  readonly kind: LiveKind;
  readonly methods: readonly MethodId[];
  /** Grades only: the mentions' names, worst first; the grades are 0 … length − 1. */
  readonly mentions?: readonly string[];
}

/**
 * The error code of a create or join the room server refused (Colyseus' own are 4210–4217):
 * its message is a JSON `Refusal` (src/live/refusal.ts reads it).
 */
export const JOIN_REFUSED_CODE = 4290;

/** The WebSocket close code when the host deleted the room or its retention time ran out. */
export const ROOM_DELETED_CLOSE_CODE = 4410;

/** Limits every side checks (the server enforces them; docs/live-votes.md lists them). */
export const LiveLimits = {
  /** Bytes of one WebSocket message from a client. */
  messageBytes: 4096,
  /** Messages a connection may send per second (a burst of `messageBurst` is allowed). */
  messagesPerSecond: 5,
  messageBurst: 10,
  /** Rooms one server process runs at once. */
  roomsPerProcess: 200,
  /** Voters (devices) one room accepts. */
  votersPerRoom: 2000,
  /**
   * Look-ups (`GET /live/rooms/CODE`) and matchmaking calls (create, join, reconnect) one
   * client address may make per minute, all together: generous, because a class or an event
   * behind one NAT or proxy shares one address (hundreds of phones joining within a minute).
   */
  lookupsPerMinute: 1200,
  /**
   * Wrong codes (a look-up or join of a code no room has) one client address may try per
   * minute; past them, every look-up and join from that address is refused until they refill.
   * This is what stops code guessing.
   */
  wrongCodesPerMinute: 20,
  /** Device tokens: url-safe base64, this many characters. */
  deviceTokenMin: 16,
  deviceTokenMax: 64,
  /** Default hours a closed room's ballots are kept (LIVE_RETENTION_HOURS overrides). */
  retentionHours: 24,
} as const;

/** Options of `create` / `joinById`. */
export type JoinOptions =
  | { readonly role: 'host'; readonly setup: LiveSetup }
  | { readonly role: 'host'; readonly hostKey: string }
  | { readonly role: 'voter'; readonly device: string };

export type RoomPhase = 'open' | 'closed';

/** Message types, one name each way. */
export const ToServer = {
  /** Phone: `BallotMessage`. */
  ballot: 'ballot',
  /** Host only (the host key): no payload, or `{ allow }` for changes. */
  close: 'close',
  reopen: 'reopen',
  allowChanges: 'allow-changes',
  exportBallots: 'export',
  deleteRoom: 'delete',
} as const;

export const ToClient = {
  /** To a phone on joining: `Welcome`. */
  welcome: 'welcome',
  /** To a phone: `Ack` once its ballot is durably stored. */
  ack: 'ack',
  /** To a phone or host: `Refusal`, for a ballot or an action. */
  refused: 'refused',
  /** To everyone when the host closes, reopens or changes the rule: `PhaseChange`. */
  phase: 'phase',
  /** To the host on joining: `Hosted` (the host key only when the room was just created). */
  hosted: 'hosted',
  /** To the host, throttled: `Received`. Never the content: only how many ballots are in. */
  received: 'received',
  /** To the host, answering `export`: `ExportedBallots`. */
  ballots: 'ballots',
} as const;

export interface BallotMessage {
  /** The phone's number for this attempt, echoed in the ack or refusal. */
  readonly seq: number;
  /** Option ids `o1`…; grades 0 … mentions.length − 1. */
  readonly ballot: Ballot;
}

export interface Welcome {
  readonly code: string;
  readonly setup: LiveSetup;
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  /** True when this device's ballot is already in the box (after a reload or a reconnection). */
  readonly inBox: boolean;
  readonly retentionHours: number;
}

export interface Ack {
  readonly seq: number;
  /** `replaced` when it replaced this device's earlier ballot. */
  readonly status: 'received' | 'replaced';
}

/** Why something was refused: each reason has a message in French and English on the phone and host. */
export const REFUSALS = [
  'closed',
  'already-voted',
  'bad-ballot',
  'too-big',
  'too-fast',
  'room-full',
  'server-full',
  'unknown-room',
  'too-many-attempts',
  'not-host',
  'bad-setup',
  'bad-device',
  'storage-failed',
] as const;
export type RefusalReason = (typeof REFUSALS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return (REFUSALS as readonly unknown[]).includes(value);
}

export interface Refusal {
  readonly seq?: number;
  readonly reason: RefusalReason;
  /** For `bad-ballot` and `bad-setup`: the message key of the problem and its parameters. */
  readonly problem?: { readonly key: string; readonly params: Readonly<Record<string, string | number>> };
}

export interface PhaseChange {
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  /** When closed: the time (ms since epoch) after which the ballots are deleted. */
  readonly deleteAt?: number;
}

export interface Hosted {
  readonly code: string;
  /** Sent once, when the room is created: the host keeps it (localStorage); the server keeps a hash. */
  readonly hostKey?: string;
  readonly setup: LiveSetup;
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  readonly received: number;
  readonly deleteAt?: number;
}

export interface Received {
  readonly received: number;
}

/** Identical ballots together, in content order: no device, no order of casting. */
export interface ExportedBallots {
  readonly setup: LiveSetup;
  readonly groups: readonly { readonly ballot: Ballot; readonly count: number }[];
}
