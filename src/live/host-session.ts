/**
 * Drives the host's side of a live vote: asks the server whether it runs rooms, creates the
 * room or joins it again with the stored host key, follows the room's messages into
 * `hostReducer`, and when the connection drops looks the room up again (`GET /live/rooms/CODE`,
 * which also brings a room back after a server restart) and rejoins, waiting longer each time.
 *
 * No DOM and no Phaser: the network (fetch, the Colyseus client) and the clock come in through
 * `HostEnvironment`, so that the unit tests drive it with fakes.
 */
import type { BallotGroup } from '../classroom/election.ts';
import { hostEffects, hostReducer, initialHostState, reconnectDelay, type HostEvent, type HostState } from './host.ts';
import type { HostAction } from './host-screen.ts';
import {
  isRefusalReason,
  LivePath,
  ToClient,
  ToServer,
  type ExportedBallots,
  type Hosted,
  type JoinOptions,
  type LiveSetup,
  type PhaseChange,
  type Refusal,
  type ServerInfo,
} from './protocol.ts';
import { refusalOf, ROOM_DELETED_CLOSE_CODE } from './refusal.ts';
import { forgetHost, storeHost, type KeyValueStore, type StoredHost } from './stored.ts';

/** A joined room, as the host uses it (colyseus.js's Room, narrowed). */
export interface LiveRoomHandle {
  onMessage(type: string, listener: (payload: unknown) => void): void;
  /** The connection ended (`code` 4000 when this side left on purpose). */
  onLeave(listener: (code: number) => void): void;
  send(type: string, payload?: unknown): void;
  leave(): void;
}

export interface LiveTransport {
  create(options: JoinOptions): Promise<LiveRoomHandle>;
  joinById(code: string, options: JoinOptions): Promise<LiveRoomHandle>;
}

export interface HttpAnswer {
  /** 0 when nothing answered (no server, a timeout, the network down). */
  readonly status: number;
  /** The body, when it was JSON. */
  readonly body?: unknown;
}

export interface HostEnvironment {
  /** `GET` on the game's own server. */
  getJson(path: string): Promise<HttpAnswer>;
  /** The Colyseus client (loaded on first use). */
  transport(): Promise<LiveTransport>;
  readonly store?: KeyValueStore;
  /** Runs `task` after `ms`; returns what cancels it. */
  later(task: () => void, ms: number): () => void;
  now(): number;
}

export type HostStart = { readonly setup: LiveSetup } | { readonly resume: StoredHost };

export type ExportPurpose = 'count' | 'csv' | 'json';

interface HostListeners {
  change(state: HostState, previous: HostState): void;
  /** The room's ballots, for the count or a file (their groups: no device, no order of casting). */
  ballots(exported: ExportedBallots, purpose: ExportPurpose): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isServerInfo(v: unknown): v is ServerInfo {
  return (
    isRecord(v) &&
    Array.isArray(v.addresses) &&
    v.addresses.every((a) => typeof a === 'string') &&
    typeof v.retentionHours === 'number'
  );
}

function isSetup(v: unknown): v is LiveSetup {
  return (
    isRecord(v) &&
    typeof v.question === 'string' &&
    Array.isArray(v.options) &&
    typeof v.kind === 'string' &&
    Array.isArray(v.methods)
  );
}

function isHosted(v: unknown): v is Hosted {
  return (
    isRecord(v) &&
    typeof v.code === 'string' &&
    isSetup(v.setup) &&
    (v.phase === 'open' || v.phase === 'closed') &&
    typeof v.allowChanges === 'boolean' &&
    typeof v.received === 'number'
  );
}

function isPhaseChange(v: unknown): v is PhaseChange {
  return isRecord(v) && (v.phase === 'open' || v.phase === 'closed') && typeof v.allowChanges === 'boolean';
}

function isRefusal(v: unknown): v is Refusal {
  return isRecord(v) && isRefusalReason(v.reason);
}

function isExported(v: unknown): v is ExportedBallots {
  return (
    isRecord(v) &&
    isSetup(v.setup) &&
    Array.isArray(v.groups) &&
    v.groups.every(
      (g) =>
        isRecord(g) &&
        isRecord(g.ballot) &&
        typeof g.count === 'number' &&
        Number.isSafeInteger(g.count) &&
        g.count > 0,
    )
  );
}

export class HostSession {
  private state_: HostState = initialHostState;
  private room: LiveRoomHandle | undefined;
  private stored: StoredHost | undefined;
  private disposed = false;
  private cancelRetry: (() => void) | undefined;
  private readonly exports: ExportPurpose[] = [];

  constructor(
    private readonly env: HostEnvironment,
    private readonly listeners: HostListeners,
  ) {}

  get state(): HostState {
    return this.state_;
  }

  /** The room this session hosts (code and host key), once known. */
  get host(): StoredHost | undefined {
    return this.stored;
  }

  async start(start: HostStart): Promise<void> {
    const info = await this.serverInfo();
    if (this.disposed) return;
    this.dispatch({ type: 'info', info });
    if (!info) return;
    if ('setup' in start) await this.create(start.setup);
    else {
      this.stored = start.resume;
      await this.rejoin();
    }
  }

  /** `GET /live/info`: undefined when no room server answers (a static host, `vite` alone). */
  async serverInfo(): Promise<ServerInfo | undefined> {
    const answer = await this.env.getJson(LivePath.info);
    return answer.status === 200 && isServerInfo(answer.body) ? answer.body : undefined;
  }

  private dispatch(event: HostEvent): void {
    const previous = this.state_;
    const next = hostReducer(previous, event);
    if (next === previous) return;
    this.state_ = next;
    for (const effect of hostEffects(previous, next)) {
      if (effect === 'close') this.room?.send(ToServer.close);
      else this.requestExport('count');
    }
    this.listeners.change(next, previous);
  }

  private requestExport(purpose: ExportPurpose): void {
    if (!this.room) return;
    this.exports.push(purpose);
    this.room.send(ToServer.exportBallots);
  }

  private async create(setup: LiveSetup): Promise<void> {
    this.dispatch({ type: 'connecting' });
    try {
      const transport = await this.env.transport();
      const room = await transport.create({ role: 'host', setup });
      if (this.disposed) return room.leave();
      this.attach(room, setup.question);
    } catch (error) {
      if (this.disposed) return;
      this.dispatch({ type: 'not-opened', refusal: refusalOf(error) });
    }
  }

  /** Looks the stored room up and joins it as its host; on failure, tries again later. */
  private async rejoin(): Promise<void> {
    this.cancelRetry = undefined;
    const host = this.stored;
    if (!host || this.disposed) return;
    const look = await this.env.getJson(`${LivePath.room}${host.code}`);
    if (this.disposed) return;
    if (look.status === 404) {
      forgetHost(this.env.store, host.code);
      this.dispatch({ type: 'gone' });
      return;
    }
    if (look.status !== 200) return this.retryLater();
    try {
      const transport = await this.env.transport();
      const room = await transport.joinById(host.code, { role: 'host', hostKey: host.hostKey });
      if (this.disposed) return room.leave();
      this.attach(room, host.question);
    } catch (error) {
      if (this.disposed) return;
      const refusal = refusalOf(error);
      if (refusal?.reason === 'not-host' || refusal?.reason === 'unknown-room') {
        forgetHost(this.env.store, host.code);
        this.dispatch({ type: 'refused', refusal });
      } else this.retryLater();
    }
  }

  private retryLater(): void {
    this.dispatch({ type: 'retry-failed' });
    this.cancelRetry = this.env.later(() => void this.rejoin(), reconnectDelay(this.state_.attempts));
  }

  private attach(room: LiveRoomHandle, question: string): void {
    this.room = room;
    this.exports.length = 0;
    room.onMessage(ToClient.hosted, (payload) => {
      if (!isHosted(payload)) return;
      if (payload.hostKey) {
        this.stored = {
          code: payload.code,
          hostKey: payload.hostKey,
          question: payload.setup.question || question,
          savedAt: this.env.now(),
        };
        storeHost(this.env.store, this.stored);
      }
      this.dispatch({ type: 'hosted', hosted: payload });
    });
    room.onMessage(ToClient.phase, (payload) => {
      if (isPhaseChange(payload)) this.dispatch({ type: 'phase', change: payload });
    });
    room.onMessage(ToClient.received, (payload) => {
      if (isRecord(payload) && typeof payload.received === 'number')
        this.dispatch({ type: 'received', received: payload.received });
    });
    room.onMessage(ToClient.refused, (payload) => {
      if (!isRefusal(payload)) return;
      if (payload.reason === 'not-host' || payload.reason === 'unknown-room')
        forgetHost(this.env.store, this.stored?.code);
      this.dispatch({ type: 'refused', refusal: payload });
    });
    room.onMessage(ToClient.ballots, (payload) => {
      const purpose = this.exports.shift();
      if (!purpose || !isExported(payload)) return;
      this.listeners.ballots(payload, purpose);
    });
    // Messages for phones: nothing to do here (registered so that the client does not warn).
    for (const type of [ToClient.welcome, ToClient.ack]) room.onMessage(type, () => undefined);
    room.onLeave((code) => {
      if (this.room !== room || this.disposed) return;
      this.room = undefined;
      this.exports.length = 0;
      if (code === ROOM_DELETED_CLOSE_CODE) {
        // Deleted (by the host elsewhere, or its time ran out): nothing to come back to.
        forgetHost(this.env.store, this.stored?.code);
        this.dispatch({ type: 'gone' });
        return;
      }
      this.dispatch({ type: 'dropped' });
      if (this.state_.status === 'reconnecting' && this.stored)
        this.cancelRetry = this.env.later(() => void this.rejoin(), reconnectDelay(0));
    });
  }

  /** A button of the host screen (the others — back, other ways — are the scene's). */
  act(action: HostAction): void {
    const room = this.room;
    const state = this.state_;
    switch (action) {
      case 'close-vote':
        return this.dispatch({ type: 'ask-close' });
      case 'show-results':
        return this.dispatch({ type: 'ask-results' });
      case 'reopen-vote':
        this.dispatch({ type: 'notice', notice: undefined });
        return room?.send(ToServer.reopen);
      case 'allow-changes':
        return room?.send(ToServer.allowChanges, { allow: !(state.room?.allowChanges ?? false) });
      case 'export-csv':
        return this.requestExport('csv');
      case 'export-json':
        return this.requestExport('json');
      case 'delete-vote':
        return this.dispatch({ type: 'ask-delete' });
      case 'cancel-delete':
        return this.dispatch({ type: 'cancel-delete' });
      case 'confirm-delete': {
        room?.send(ToServer.deleteRoom);
        forgetHost(this.env.store, this.stored?.code);
        this.stored = undefined;
        this.room = undefined;
        this.dispatch({ type: 'deleted' });
        // Leave once the message is on its way.
        this.env.later(() => room?.leave(), 300);
        return;
      }
      default:
        return;
    }
  }

  /** The scene counted the ballots (or found none). */
  counted(ballots: readonly BallotGroup[]): void {
    this.dispatch({ type: 'counted', ballots: ballots.reduce((n, g) => n + g.count, 0) });
  }

  /** Something to say on the screen (a file saved, a count that failed). */
  notice(notice: HostState['notice']): void {
    this.dispatch({ type: 'notice', notice });
  }

  /** Leaves the room (it stays open on the server: phones go on voting) and stops trying. */
  dispose(): void {
    this.disposed = true;
    this.cancelRetry?.();
    const room = this.room;
    this.room = undefined;
    room?.leave();
  }
}

/** `GET` on this page's server, with a time limit; status 0 when nothing (JSON or not) answered. */
export async function getJson(origin: string, path: string, timeoutMs = 6000): Promise<HttpAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(`${origin}${path}`, {
      signal: abort.signal,
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    const json = (response.headers.get('content-type') ?? '').includes('json');
    const body: unknown = json ? await response.json().catch(() => undefined) : undefined;
    return { status: response.status, ...(body !== undefined ? { body } : {}) };
  } catch {
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}
