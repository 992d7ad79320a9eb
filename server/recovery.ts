/**
 * Bringing rooms back. A room lives in one process; its ballots live in the store. When a
 * code is looked up (`GET /live/rooms/CODE`) or the server boots, a room that the store has
 * but no live process runs is created again here, with the same code, from the store. With
 * Redis, a room listed by a process that died (kill -9 leaves its listing behind) is found
 * out (its IPC channel is gone and it fails Colyseus' health check, which also removes its
 * stale listings) and brought back the same way. One process at a time restores a code.
 */
import { matchMaker } from '@colyseus/core';
import { LIVE_ROOM } from '../src/live/protocol.ts';
import { refusalOf } from '../src/live/refusal.ts';
import { log, errorName } from './log.ts';
import type { LivePresence } from './store/redis-store.ts';
import type { BallotStore } from './store/store.ts';
import type { RestoreOptions } from './vote-room.ts';

export type Lookup = 'found' | 'unknown' | 'server-full';

const LOCK_MS = 15_000;
const WAIT_STEP_MS = 200;

export class Recovery {
  private readonly inFlight = new Map<string, Promise<Lookup>>();

  constructor(
    private readonly store: BallotStore,
    /** Redis commands when several processes share the rooms, for the restore lock. */
    private readonly redis?: LivePresence['commands'],
  ) {}

  /** Whether a room with this code runs (somewhere), bringing it back from the store if need be. */
  find(code: string): Promise<Lookup> {
    let pending = this.inFlight.get(code);
    if (!pending) {
      pending = this.findOnce(code).finally(() => this.inFlight.delete(code));
      this.inFlight.set(code, pending);
    }
    return pending;
  }

  /** On boot: the stored rooms that no live process runs, up to `budget` of them. */
  async restoreAll(budget: number): Promise<number> {
    let restored = 0;
    for (const code of await this.store.codes()) {
      if (restored >= budget) break;
      if (!(await this.running(code)) && (await this.find(code)) === 'found') restored++;
    }
    return restored;
  }

  private async findOnce(code: string): Promise<Lookup> {
    if (await this.running(code)) return 'found';
    if (!(await this.store.has(code))) return 'unknown';
    const unlock = await this.lock(code);
    if (!unlock) return this.waitForOther(code);
    try {
      if (await this.running(code)) return 'found';
      const options: RestoreOptions = { restore: code };
      await matchMaker.handleCreateRoom(LIVE_ROOM, options);
      return 'found';
    } catch (error) {
      const reason = refusalOf(error)?.reason;
      if (reason === 'unknown-room') return 'unknown';
      if (reason === 'server-full') return 'server-full';
      throw error;
    } finally {
      await unlock();
    }
  }

  /** Whether a live process runs this room; a listing left by a dead process is cleaned away. */
  private async running(code: string): Promise<boolean> {
    const listing = await matchMaker.getRoomById(code);
    if (!listing) return false;
    if (listing.processId === matchMaker.processId) return matchMaker.getLocalRoomById(code) !== undefined;
    // A live process keeps its channel subscribed; Redis drops it when the process dies.
    const { presence } = matchMaker;
    const channels = presence.channels ? await presence.channels(`p:${listing.processId}`) : [];
    if (channels.length > 0) return true;
    const alive = await matchMaker.healthCheckProcessId(listing.processId);
    if (!alive) log.warn(`process ${listing.processId} is gone: its rooms are brought back from the store`);
    return alive && (await matchMaker.getRoomById(code)) !== undefined;
  }

  /** Another process is restoring the code: wait for its room to show. */
  private async waitForOther(code: string): Promise<Lookup> {
    for (let waited = 0; waited < LOCK_MS; waited += WAIT_STEP_MS) {
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
      if (await this.running(code)) return 'found';
    }
    return (await this.store.has(code)) ? 'server-full' : 'unknown';
  }

  /** Takes the restore lock for a code (in Redis, across processes); undefined when another holds it. */
  private async lock(code: string): Promise<(() => Promise<void>) | undefined> {
    if (!this.redis) return async () => undefined;
    const key = `live:restoring:${code}`;
    const owner = matchMaker.processId;
    if ((await this.redis.set(key, owner, 'PX', LOCK_MS, 'NX')) !== 'OK') return undefined;
    return async () => {
      try {
        if ((await this.redis!.get(key)) === owner) await this.redis!.del(key);
      } catch (error) {
        log.warn(`restore lock for ${code} not released (${errorName(error)}): it expires by itself`);
      }
    };
  }
}
