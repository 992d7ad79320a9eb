/**
 * The store when several processes share the rooms (REDIS_URL): a key per room (its record
 * and phase, as JSON) and a hash per room (device hash → ballot), so that any process can
 * bring a room back. Redis answers a write only once it is in its journal (with
 * `appendfsync always`), and the phone is acknowledged only after that answer. Redis itself
 * deletes a room when its retention time is over: every write sets the keys' expiry.
 */
import { RedisPresence } from '@colyseus/redis-presence';
import type { Ballot } from '../../src/scenario/preferences.ts';
import {
  deleteAt,
  StorageError,
  type BallotStore,
  type RoomRecord,
  type RoomStatus,
  type StoredRoom,
} from './store.ts';

/** RedisPresence, lending its command connection (not the subscriber one) to the store. */
export class LivePresence extends RedisPresence {
  get commands() {
    return this.pub;
  }
}

type Commands = LivePresence['commands'];

const roomKey = (code: string) => `live:room:${code}`;
const ballotsKey = (code: string) => `live:ballots:${code}`;

interface RoomValue {
  readonly record: RoomRecord;
  readonly status: RoomStatus;
}

/** The results of a MULTI, or the first error in it. */
function results(replies: [Error | null, unknown][] | null): unknown[] {
  if (!replies) throw new StorageError('redis transaction aborted');
  const failed = replies.find(([error]) => error);
  if (failed) throw new StorageError('redis write failed', { cause: failed[0] });
  return replies.map(([, value]) => value);
}

interface RedisStoreOptions {
  readonly retentionMs: number;
  /** Test hook (the fault test): waits this long before each ballot write. */
  readonly writeDelayMs?: number;
}

export class RedisStore implements BallotStore {
  constructor(
    private readonly redis: Commands,
    private readonly options: RedisStoreOptions,
  ) {}

  async createRoom(record: RoomRecord, status: RoomStatus): Promise<boolean> {
    const value: RoomValue = { record, status };
    return (
      (await this.redis.set(roomKey(record.code), JSON.stringify(value), 'PX', this.options.retentionMs, 'NX')) === 'OK'
    );
  }

  async has(code: string): Promise<boolean> {
    return (await this.redis.exists(roomKey(code))) === 1;
  }

  async load(code: string): Promise<StoredRoom | undefined> {
    const [room, hash, ttl] = results(
      await this.redis.multi().get(roomKey(code)).hgetall(ballotsKey(code)).pttl(roomKey(code)).exec(),
    );
    if (typeof room !== 'string') return undefined;
    const { record, status } = JSON.parse(room) as RoomValue;
    const ballots = new Map(
      Object.entries((hash ?? {}) as Record<string, string>).map(([device, ballot]) => [
        device,
        JSON.parse(ballot) as Ballot,
      ]),
    );
    // Each write sets the expiry to retention time from then, so the time left tells when it was.
    const lastActivity =
      status.phase === 'open' && typeof ttl === 'number' && ttl > 0
        ? Date.now() + ttl - this.options.retentionMs
        : Date.now();
    return { record, status, ballots, lastActivity };
  }

  async putBallot(code: string, device: string, ballot: Ballot, replace: boolean): Promise<boolean> {
    if (this.options.writeDelayMs) await new Promise((r) => setTimeout(r, this.options.writeDelayMs));
    const text = JSON.stringify(ballot);
    const multi = this.redis.multi();
    if (replace) multi.hset(ballotsKey(code), device, text);
    else multi.hsetnx(ballotsKey(code), device, text);
    const [written, , roomThere] = results(
      await multi
        .pexpire(ballotsKey(code), this.options.retentionMs)
        .pexpire(roomKey(code), this.options.retentionMs)
        .exec(),
    );
    if (roomThere !== 1) {
      await this.redis.del(ballotsKey(code));
      throw new StorageError('room deleted while voting');
    }
    return replace || written === 1;
  }

  async setStatus(code: string, status: RoomStatus): Promise<void> {
    const room = await this.redis.get(roomKey(code));
    if (room === null) throw new StorageError('room deleted');
    const value: RoomValue = { record: (JSON.parse(room) as RoomValue).record, status };
    const until = deleteAt(status, Date.now(), this.options.retentionMs);
    results(
      await this.redis
        .multi()
        .set(roomKey(code), JSON.stringify(value), 'PXAT', until)
        .pexpireat(ballotsKey(code), until)
        .exec(),
    );
  }

  async delete(code: string): Promise<void> {
    await this.redis.del(roomKey(code), ballotsKey(code));
  }

  async codes(): Promise<string[]> {
    const codes: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', roomKey('*'), 'COUNT', 200);
      cursor = next;
      codes.push(...keys.map((key) => key.slice(roomKey('').length)));
    } while (cursor !== '0');
    return codes;
  }

  /** Redis expires the keys itself. */
  async sweep(): Promise<string[]> {
    return [];
  }

  async release(): Promise<void> {}

  /** The connection belongs to the presence, which closes it. */
  async close(): Promise<void> {}
}
