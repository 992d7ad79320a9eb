/**
 * The phone's connection to its room, kept up by itself: when it drops (Wi-Fi lost, server
 * restarted, phone asleep), it comes back first with Colyseus' reconnection token, then by the
 * room's code, looked up again, with a growing wait (1 s, 2 s, 4 s … 15 s, jittered so that a
 * whole class does not knock at once). No DOM: the page gives it the ways to reach the server
 * (src/phone/main.ts) and listens to what it says.
 */
import {
  isRefusalReason,
  ROOM_DELETED_CLOSE_CODE,
  ToClient,
  ToServer,
  type Ack,
  type BallotMessage,
  type PhaseChange,
  type Refusal,
  type RefusalReason,
  type Welcome,
} from '../live/protocol.ts';
import { refusalOf } from '../live/refusal.ts';

/** What the link needs of a Colyseus room. */
export interface RoomLike {
  readonly reconnectionToken: string;
  onMessage(type: string, callback: (message: never) => void): unknown;
  onLeave(callback: (code: number) => void): unknown;
  send(type: string, message: unknown): void;
  leave(consented?: boolean): Promise<number> | unknown;
}

/** A room look-up's answer (`GET /live/rooms/CODE`). */
export type Lookup = 'found' | 'unknown' | 'busy';

export interface Reach {
  /** Resolves 'found', 'unknown' (404) or 'busy' (429); rejects when the server cannot be reached. */
  lookup(code: string): Promise<Lookup>;
  join(code: string, device: string): Promise<RoomLike>;
  reconnect(token: string): Promise<RoomLike>;
}

export type LinkStatus = 'connecting' | 'online' | 'reconnecting' | 'waiting' | 'stopped';

export interface LinkEvents {
  status(status: LinkStatus): void;
  welcome(welcome: Welcome): void;
  /**
   * Back in the same seat with the reconnection token: whatever was waiting to be sent is sent
   * again. The room then sends its welcome again too (the vote may have been closed or
   * reopened meanwhile), after this.
   */
  resumed(): void;
  ack(ack: Ack): void;
  refused(refusal: Refusal): void;
  phase(change: PhaseChange): void;
  /** The link gave up for good (no such room, room full, device refused…). */
  fatal(reason: RefusalReason): void;
}

export interface Clock {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
  now(): number;
}

export const MAX_DELAY_MS = 15_000;
/** After a 429, one minute. */
export const BUSY_DELAY_MS = 60_000;
/** A ballot without an answer after this long: the connection is taken for dead and made again. */
export const ACK_TIMEOUT_MS = 12_000;

/** A connection up this long is steady: when it falls, the next attempt is at once. */
const STEADY_MS = 5_000;

/** The wait before the attempt after `failures` failed ones: 1 s, 2 s, 4 s … 15 s, ±25 %. */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, failures));
  return Math.round(Math.min(MAX_DELAY_MS, base * (0.75 + 0.5 * random())));
}

/** Refusals after which trying again cannot help. */
const FATAL: readonly RefusalReason[] = ['unknown-room', 'room-full', 'bad-device', 'not-host', 'bad-setup'];

/** The refusal reason a failed join carries (the server's error message), if it is one. */
export function reasonOf(error: unknown): RefusalReason | undefined {
  const refusal = refusalOf(error);
  if (refusal) return refusal.reason;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return isRefusalReason(message) ? message : undefined;
}

export class Link {
  private room: RoomLike | undefined;
  private token: string | undefined;
  private failures = 0;
  private timer: unknown;
  private ackTimer: unknown;
  private everOnline = false;
  private onlineSince = 0;
  private stopped = false;
  /** Each attempt's number: an attempt overtaken by another one drops what it got. */
  private attempt = 0;

  constructor(
    private readonly code: string,
    private device: string,
    private readonly reach: Reach,
    private readonly events: LinkEvents,
    private readonly clock: Clock = {
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (h) => clearTimeout(h as number),
      random: Math.random,
      now: Date.now,
    },
  ) {}

  /** How many connections were made: a ballot sent on one is not sent again on the same one. */
  connection = 0;

  get online(): boolean {
    return this.room !== undefined;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  /** Connects again now, with a new device token when given (a device the server refused). */
  restart(device?: string): void {
    if (device) this.device = device;
    this.failures = 0;
    this.drop();
    this.stopped = false;
    void this.connect();
  }

  /** Try now if waiting (the phone is back online, or the page visible again). */
  nudge(): void {
    if (this.stopped || this.room || this.timer === undefined) return;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.failures = 0;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.drop();
    this.status('stopped');
  }

  /** Sends a ballot when connected; false when not (the page keeps it and sends it on the next welcome). */
  send(message: BallotMessage): boolean {
    const room = this.room;
    if (!room) return false;
    try {
      room.send(ToServer.ballot, message);
    } catch {
      this.lost(room);
      return false;
    }
    this.clock.clearTimeout(this.ackTimer);
    // No answer at all: the socket may be dead without knowing it (Wi-Fi gone quietly).
    this.ackTimer = this.clock.setTimeout(() => {
      if (this.room === room) this.lost(room);
    }, ACK_TIMEOUT_MS);
    return true;
  }

  private status(status: LinkStatus): void {
    this.events.status(status);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const attempt = ++this.attempt;
    this.timer = undefined;
    this.status(this.everOnline ? 'reconnecting' : 'connecting');
    let room: RoomLike | undefined;
    let resumed = false;
    try {
      if (this.token !== undefined) {
        const token = this.token;
        this.token = undefined;
        room = await this.reach.reconnect(token).catch(() => undefined);
        resumed = room !== undefined;
      }
      if (!room) {
        const found = await this.reach.lookup(this.code);
        if (attempt !== this.attempt || this.stopped) return;
        if (found === 'unknown') return this.fail('unknown-room');
        if (found === 'busy') return this.later(BUSY_DELAY_MS * (1 + 0.25 * this.clock.random()), 'waiting');
        room = await this.reach.join(this.code, this.device);
      }
    } catch (error) {
      if (attempt !== this.attempt || this.stopped) return;
      const reason = reasonOf(error);
      if (reason !== undefined && FATAL.includes(reason)) return this.fail(reason);
      if (reason === 'too-many-attempts')
        return this.later(BUSY_DELAY_MS * (1 + 0.25 * this.clock.random()), 'waiting');
      return this.later(
        backoffDelay(this.failures++, this.clock.random),
        this.everOnline ? 'reconnecting' : 'connecting',
      );
    }
    if (attempt !== this.attempt || this.stopped) {
      void Promise.resolve(room.leave(true)).catch(() => undefined);
      return;
    }
    this.attach(room, resumed);
  }

  private attach(room: RoomLike, resumed: boolean): void {
    this.room = room;
    this.connection++;
    this.everOnline = true;
    this.onlineSince = this.clock.now();
    const mine =
      <T>(f: (message: T) => void) =>
      (message: T) => {
        if (this.room === room) f(message);
      };
    room.onMessage(
      ToClient.welcome,
      mine<Welcome>((w) => this.events.welcome(w)),
    );
    room.onMessage(
      ToClient.ack,
      mine<Ack>((a) => {
        this.clock.clearTimeout(this.ackTimer);
        this.events.ack(a);
      }),
    );
    room.onMessage(
      ToClient.refused,
      mine<Refusal>((r) => {
        this.clock.clearTimeout(this.ackTimer);
        if (r.seq === undefined && FATAL.includes(r.reason)) this.fail(r.reason);
        else this.events.refused(r);
      }),
    );
    room.onMessage(
      ToClient.phase,
      mine<PhaseChange>((p) => this.events.phase(p)),
    );
    room.onLeave((code) => {
      if (this.room !== room) return;
      // The host deleted the room (or its time ran out): there is nothing to come back to.
      if (code === ROOM_DELETED_CLOSE_CODE) this.fail('unknown-room');
      else this.lost(room);
    });
    this.status('online');
    if (resumed) this.events.resumed();
  }

  /** The connection is gone: forget it and come back. */
  private lost(room: RoomLike): void {
    if (this.room !== room) return;
    this.clock.clearTimeout(this.ackTimer);
    this.room = undefined;
    // The token of the connection that fell (Colyseus gives a new one on each connection).
    this.token = room.reconnectionToken || undefined;
    // Close it for good on our side too (a half-dead socket), without telling the room we left.
    try {
      void Promise.resolve(room.leave(false)).catch(() => undefined);
    } catch {
      // Already closed.
    }
    if (this.stopped) return;
    // The first attempt at once (the reconnection token), then the backoff; a connection that
    // keeps falling right after it is made goes on with the backoff instead of hammering.
    if (this.clock.now() - this.onlineSince >= STEADY_MS) {
      this.failures = 0;
      this.later(0, 'reconnecting');
    } else this.later(backoffDelay(this.failures++, this.clock.random), 'reconnecting');
  }

  private later(ms: number, status: LinkStatus): void {
    this.clock.clearTimeout(this.timer);
    this.status(status);
    this.timer = this.clock.setTimeout(() => void this.connect(), ms);
  }

  private fail(reason: RefusalReason): void {
    this.stopped = true;
    this.drop();
    this.events.fatal(reason);
  }

  private drop(): void {
    this.clock.clearTimeout(this.timer);
    this.clock.clearTimeout(this.ackTimer);
    this.timer = undefined;
    const room = this.room;
    this.room = undefined;
    this.attempt++;
    if (room) {
      try {
        void Promise.resolve(room.leave(true)).catch(() => undefined);
      } catch {
        // Already closed.
      }
    }
  }
}
