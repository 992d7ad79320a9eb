/**
 * A live vote: one Colyseus room whose id is the join code. The host creates it with a setup
 * and gets a secret key; phones join with a device token and send one ballot each. A ballot
 * is checked like a pass-and-play ballot, written to the store, and only then acknowledged.
 * The host hears how many ballots are in, never what they say, and alone may close, reopen,
 * allow changes, export (groups of identical ballots, no devices) or delete.
 * Rules and the tests that check them: docs/live-votes.md.
 */
import { Protocol, Room, type Client, type ClientPrivate } from '@colyseus/core';
import { BallotBox } from '../src/classroom/ballots.ts';
import { classElectionOf, liveBallotProblem } from '../src/live/election.ts';
import { randomCode } from '../src/live/join-code.ts';
import {
  ToClient,
  ToServer,
  type Ack,
  type ExportedBallots,
  type Hosted,
  type LiveSetup,
  type PhaseChange,
  type Refusal,
  type RoomPhase,
  type Welcome,
} from '../src/live/protocol.ts';
import { refusalOf, ROOM_DELETED_CLOSE_CODE } from '../src/live/refusal.ts';
import { TokenBucket } from '../src/live/rate-limit.ts';
import type { Ballot } from '../src/scenario/preferences.ts';
import { liveContext } from './context.ts';
import { isRefusal, readJoinRequest, refusalError, type JoinRequest } from './join-request.ts';
import { log, errorName } from './log.ts';
import { deviceHash, hostKeyHash, hostKeyMatches, newHostKey, newSalt } from './secrets.ts';
import { deleteAt, type RoomRecord, type RoomStatus } from './store/store.ts';
import { Throttle } from './throttle.ts';

/** Who a connection is: the host, or a voter known by its device hash (never its token). */
type Seat = { readonly role: 'host' } | { readonly role: 'voter'; readonly device: string };

/** Options of a room brought back from the store; only the server passes them (clients are refused by onAuth). */
export interface RestoreOptions {
  readonly restore: string;
}

const CODE_ATTEMPTS = 20;
const HOST_QUEUE = '#host';

export class VoteRoom extends Room<object, unknown, Seat, JoinRequest> {
  /** Rooms this process runs, for LiveLimits.roomsPerProcess. */
  static running = 0;

  private record!: RoomRecord;
  private status!: RoomStatus;
  private ballots = new Map<string, Ballot>();
  private lastActivity = Date.now();
  /** The new room's host key, until its creator has joined and received it. */
  private freshHostKey: string | undefined;
  /** Connections per voter device, for LiveLimits.votersPerRoom. */
  private readonly connected = new Map<string, number>();
  private readonly buckets = new WeakMap<Client, TokenBucket>();
  /** One device's ballots (and the host's actions) are handled one after the other. */
  private readonly queues = new Map<string, Promise<void>>();
  /** The host hears the count at once, then at most every `receivedEveryMs`. */
  private readonly announceReceived = new Throttle(this.clock, liveContext().receivedEveryMs, () =>
    this.sendReceived(),
  );
  private gone = false;

  /** Runs before a seat is reserved, for create and join alike: the request's shape. */
  static override async onAuth(_token: string, options: unknown): Promise<JoinRequest> {
    const request = readJoinRequest(options);
    if (isRefusal(request)) throw refusalError(request.reason, request.problem);
    return request;
  }

  override async onCreate(options: JoinRequest | RestoreOptions): Promise<void> {
    const { limits } = liveContext();
    if (VoteRoom.running >= limits.roomsPerProcess) throw refusalError('server-full');
    VoteRoom.running++;
    try {
      if ('restore' in options) await this.restore(options.restore);
      else if ('setup' in options) await this.open(options.setup);
      else throw refusalError('unknown-room');
    } catch (error) {
      VoteRoom.running--;
      if (refusalOf(error)) throw error;
      // A store failure's message may name files: the client hears the reason only.
      log.error('a room could not be opened', error);
      throw refusalError('storage-failed');
    }
    await this.setPrivate(true);
    this.onMessage(ToServer.ballot, (client, message: unknown) =>
      this.queue(
        client,
        (seat) => (seat.role === 'voter' ? seat.device : HOST_QUEUE),
        () => this.cast(client, message),
      ),
    );
    this.onMessage(ToServer.close, (client) =>
      this.hostAction(client, () =>
        this.changeStatus({ phase: 'closed', allowChanges: this.status.allowChanges, closedAt: Date.now() }),
      ),
    );
    this.onMessage(ToServer.reopen, (client) =>
      this.hostAction(client, () => this.changeStatus({ phase: 'open', allowChanges: this.status.allowChanges })),
    );
    this.onMessage(ToServer.allowChanges, (client, message: unknown) =>
      this.hostAction(client, () =>
        this.changeStatus({
          ...this.status,
          allowChanges: (message as { allow?: unknown } | undefined)?.allow === true,
        }),
      ),
    );
    this.onMessage(ToServer.exportBallots, (client) =>
      this.hostAction(client, async () => client.send(ToClient.ballots, this.exported())),
    );
    this.onMessage(ToServer.deleteRoom, (client) => this.hostAction(client, () => this.remove('deleted by its host')));
    // Unknown message types are dropped (Colyseus would close the connection).
    this.onMessage('*', () => undefined);
    this.clock.setInterval(() => void this.expireIfDue(), liveContext().expiryCheckMs);
  }

  /** A new room: a fresh code (drawn again while the store already has it) and host key. */
  private async open(setup: LiveSetup): Promise<void> {
    const { store } = liveContext();
    const hostKey = newHostKey();
    const status: RoomStatus = { phase: 'open', allowChanges: false };
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const record: RoomRecord = {
        code: randomCode(),
        setup,
        hostKeyHash: hostKeyHash(hostKey),
        salt: newSalt(),
        createdAt: Date.now(),
      };
      if (await store.createRoom(record, status)) {
        this.adopt(record, status, new Map(), Date.now());
        this.freshHostKey = hostKey;
        log.info(`room ${record.code} created (${setup.kind}, ${setup.options.length} options)`);
        return;
      }
    }
    throw refusalError('server-full');
  }

  /** A room the store has, run again here (after a restart, or its process died). */
  private async restore(code: string): Promise<void> {
    const { store, restoreGraceSeconds } = liveContext();
    const stored = await store.load(code);
    if (!stored) throw refusalError('unknown-room');
    this.adopt(stored.record, stored.status, stored.ballots, stored.lastActivity);
    // Nobody may come back: the room is put away again (its ballots stay in the store).
    this.resetAutoDisposeTimeout(restoreGraceSeconds);
    log.info(`room ${code} restored (${stored.ballots.size} ballots, ${stored.status.phase})`);
  }

  private adopt(record: RoomRecord, status: RoomStatus, ballots: Map<string, Ballot>, lastActivity: number): void {
    this.roomId = record.code;
    this.record = record;
    this.status = status;
    this.ballots = ballots;
    this.lastActivity = lastActivity;
  }

  override onJoin(client: Client<Seat>, _options: unknown, request: JoinRequest): void {
    if (request.role === 'voter') {
      const device = deviceHash(this.record.salt, request.device);
      if (
        !this.ballots.has(device) &&
        !this.connected.has(device) &&
        this.devices() >= liveContext().limits.votersPerRoom
      )
        throw refusalError('room-full');
      client.userData = { role: 'voter', device };
      this.connected.set(device, (this.connected.get(device) ?? 0) + 1);
      return this.welcome(client);
    }
    let hostKey: string | undefined;
    if ('setup' in request) {
      // Only the creator joins with a setup, once: anyone else asking for the key is refused.
      if (this.freshHostKey === undefined) throw refusalError('not-host');
      hostKey = this.freshHostKey;
      this.freshHostKey = undefined;
    } else if (!hostKeyMatches(request.hostKey, this.record.hostKeyHash)) throw refusalError('not-host');
    client.userData = { role: 'host' };
    this.welcome(client, hostKey);
  }

  /**
   * What a client hears on joining, and again when it comes back into its seat after a drop
   * (the vote may have been closed or reopened meanwhile): a phone its `welcome`, the host its
   * `hosted` (with the host key only when the creator joins the room it just created).
   */
  private welcome(client: Client<Seat>, hostKey?: string): void {
    const seat = client.userData;
    if (seat?.role === 'voter') {
      const welcome: Welcome = {
        ...this.phaseOf(),
        code: this.roomId,
        setup: this.record.setup,
        inBox: this.ballots.has(seat.device),
        retentionHours: this.retentionHours(),
      };
      client.send(ToClient.welcome, welcome);
    } else if (seat?.role === 'host') {
      const hosted: Hosted = {
        ...this.phaseOf(),
        code: this.roomId,
        setup: this.record.setup,
        received: this.ballots.size,
        ...(hostKey ? { hostKey } : {}),
      };
      client.send(ToClient.hosted, hosted);
    }
  }

  override async onLeave(client: Client<Seat>, consented: boolean): Promise<void> {
    if (!consented && !this.gone) {
      let back: Client<Seat> | undefined;
      try {
        // The new connection, with the seat (userData) of the one that dropped.
        back = await this.allowReconnection(client, liveContext().reconnectSeconds);
      } catch {
        // Not back in time: the seat is given up below.
      }
      if (back) return this.welcome(back);
    }
    const seat = client.userData;
    if (seat?.role !== 'voter') return;
    const n = (this.connected.get(seat.device) ?? 1) - 1;
    if (n > 0) this.connected.set(seat.device, n);
    else this.connected.delete(seat.device);
  }

  override async onDispose(): Promise<void> {
    VoteRoom.running--;
    if (!this.gone)
      await liveContext()
        .store.release(this.roomId)
        .catch((error) => log.error(`room ${this.roomId}: releasing its journal failed`, error));
  }

  /** Refusals are thrown on purpose (the client hears them); anything else is logged by name only. */
  override onUncaughtException(error: unknown, method: string): void {
    const refusal = refusalOf((error as { cause?: unknown }).cause);
    if (refusal)
      log.info(
        method === 'onCreate'
          ? `room creation refused (${refusal.reason})`
          : `room ${this.roomId}: join refused (${refusal.reason})`,
      );
    else log.error(`room ${this.roomId}: ${method} failed`, error);
  }

  /** Size and rate caps, before Colyseus decodes a message: a flood costs little. */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    const code = buffer[0];
    if (code === Protocol.ROOM_DATA || code === Protocol.ROOM_DATA_BYTES) {
      const { limits } = liveContext();
      if (buffer.byteLength > limits.messageBytes) return this.refuse(client, { reason: 'too-big' });
      let bucket = this.buckets.get(client);
      if (!bucket) this.buckets.set(client, (bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst)));
      if (!bucket.take()) return this.refuse(client, { reason: 'too-fast' });
    }
    super._onMessage(client, buffer);
  }

  private async cast(client: Client<Seat>, message: unknown): Promise<void> {
    const seat = client.userData;
    const seq =
      typeof message === 'object' && message !== null && Number.isSafeInteger((message as { seq?: unknown }).seq)
        ? (message as { seq: number }).seq
        : undefined;
    const refuse = (reason: Refusal['reason'], problem?: Refusal['problem']) =>
      this.refuse(client, { ...(seq === undefined ? {} : { seq }), reason, ...(problem ? { problem } : {}) });
    if (seat?.role !== 'voter') return refuse('bad-device');
    if (seq === undefined) return refuse('bad-ballot', { key: 'live.ballot.shape', params: {} });
    if (this.status.phase !== 'open') return refuse('closed');
    let ballot: unknown;
    try {
      // Plain JSON only: what is checked is exactly what is stored and counted.
      ballot = JSON.parse(JSON.stringify((message as { ballot?: unknown }).ballot) ?? 'null');
    } catch {
      ballot = null;
    }
    const problem = liveBallotProblem(this.record.setup, ballot);
    if (problem) return refuse('bad-ballot', { key: problem.key, params: { ...problem.params } });
    const had = this.ballots.has(seat.device);
    if (had && !this.status.allowChanges) return refuse('already-voted');
    try {
      if (!(await liveContext().store.putBallot(this.roomId, seat.device, ballot as Ballot, this.status.allowChanges)))
        return refuse('already-voted');
    } catch (error) {
      log.error(`room ${this.roomId}: a ballot could not be stored`, error);
      return refuse('storage-failed');
    }
    this.ballots.set(seat.device, ballot as Ballot);
    this.lastActivity = Date.now();
    const ack: Ack = { seq, status: had ? 'replaced' : 'received' };
    client.send(ToClient.ack, ack);
    this.announceReceived.call();
  }

  private hostAction(client: Client<Seat>, action: () => Promise<void>): void {
    if (client.userData?.role !== 'host') return this.refuse(client, { reason: 'not-host' });
    this.queue(
      client,
      () => HOST_QUEUE,
      async () => {
        try {
          await action();
        } catch (error) {
          log.error(`room ${this.roomId}: a host action failed`, error);
          this.refuse(client, { reason: 'storage-failed' });
        }
      },
    );
  }

  private queue(client: Client<Seat>, key: (seat: Seat) => string, work: () => Promise<void>): void {
    const seat = client.userData;
    if (!seat) return;
    const name = key(seat);
    const next = (this.queues.get(name) ?? Promise.resolve())
      .then(work)
      .catch((error) => log.error(`room ${this.roomId}: ${errorName(error)}`));
    this.queues.set(name, next);
    void next.then(() => {
      if (this.queues.get(name) === next) this.queues.delete(name);
    });
  }

  private async changeStatus(status: RoomStatus): Promise<void> {
    if (this.gone) return;
    // Closing a closed room again must not push its deletion time back: say the phase again only.
    if (status.phase === this.status.phase && status.allowChanges === this.status.allowChanges)
      return this.broadcast(ToClient.phase, this.phaseOf());
    await liveContext().store.setStatus(this.roomId, status);
    this.status = status;
    this.lastActivity = Date.now();
    const change: PhaseChange = this.phaseOf();
    this.broadcast(ToClient.phase, change);
    log.info(`room ${this.roomId} ${status.phase}${status.allowChanges ? ', changes allowed' : ''}`);
  }

  private exported(): ExportedBallots {
    const box = new BallotBox(classElectionOf(this.record.setup));
    for (const ballot of this.ballots.values()) box.add(ballot);
    return { setup: this.record.setup, groups: box.list() };
  }

  /** Deletes the ballots and sends everyone away. */
  private async remove(why: string): Promise<void> {
    if (this.gone) return;
    this.gone = true;
    await liveContext().store.delete(this.roomId);
    log.info(`room ${this.roomId} ${why}`);
    await this.disconnect(ROOM_DELETED_CLOSE_CODE);
  }

  private async expireIfDue(): Promise<void> {
    if (this.gone || Date.now() < this.deleteAt()) return;
    await this.remove('expired').catch((error) => log.error(`room ${this.roomId}: expiry failed`, error));
  }

  /** The count, to hosts only (never to phones, never the content). */
  private sendReceived(): void {
    for (const client of this.clients)
      if (client.userData?.role === 'host') client.send(ToClient.received, { received: this.ballots.size });
  }

  private refuse(client: Client, refusal: Refusal): void {
    client.send(ToClient.refused, refusal);
  }

  private phaseOf(): { phase: RoomPhase; allowChanges: boolean; deleteAt?: number } {
    const { phase, allowChanges } = this.status;
    return phase === 'closed' ? { phase, allowChanges, deleteAt: this.deleteAt() } : { phase, allowChanges };
  }

  private deleteAt(): number {
    return deleteAt(this.status, this.lastActivity, liveContext().retentionMs);
  }

  private retentionHours(): number {
    return liveContext().retentionMs / 3_600_000;
  }

  /** Devices this room knows: those with a ballot in the box and those connected. */
  private devices(): number {
    let n = this.ballots.size;
    for (const device of this.connected.keys()) if (!this.ballots.has(device)) n++;
    return n;
  }
}
