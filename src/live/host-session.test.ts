import { describe, expect, it } from 'vitest';
import {
  HostSession,
  type ExportPurpose,
  type HostEnvironment,
  type HttpAnswer,
  type LiveRoomHandle,
  type LiveTransport,
} from './host-session.ts';
import type { HostState } from './host.ts';
import { JOIN_REFUSED_CODE, refusalText, ROOM_DELETED_CLOSE_CODE } from './refusal.ts';
import { HOST_STORAGE_KEY, forgetHost, readStoredHost, storeHost, type KeyValueStore } from './stored.ts';
import type { ExportedBallots, JoinOptions, LiveSetup } from './protocol.ts';

const setup: LiveSetup = { question: 'Où ?', options: ['Plage', 'Forêt'], kind: 'ranked', methods: ['plurality'] };
const info = { addresses: ['http://10.0.0.2:8080'], retentionHours: 24 };

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

class FakeRoom implements LiveRoomHandle {
  readonly sent: { type: string; payload?: unknown }[] = [];
  private readonly handlers = new Map<string, (payload: unknown) => void>();
  private leaveHandler: ((code: number) => void) | undefined;
  left = false;
  onMessage(type: string, listener: (payload: unknown) => void): void {
    this.handlers.set(type, listener);
  }
  onLeave(listener: (code: number) => void): void {
    this.leaveHandler = listener;
  }
  send(type: string, payload?: unknown): void {
    this.sent.push(payload === undefined ? { type } : { type, payload });
  }
  leave(): void {
    this.left = true;
  }
  emit(type: string, payload: unknown): void {
    this.handlers.get(type)?.(payload);
  }
  drop(code = 1006): void {
    this.leaveHandler?.(code);
  }
}

/** A server that answers as the test says: rooms to hand out, look-ups, refusals. */
class FakeServer implements LiveTransport {
  info: HttpAnswer = { status: 200, body: info };
  lookups: Record<string, number> = {};
  joins: { code?: string; options: JoinOptions }[] = [];
  rooms: FakeRoom[] = [];
  failJoins = 0;
  refuseJoin: string | undefined;
  async create(options: JoinOptions): Promise<LiveRoomHandle> {
    this.joins.push({ options });
    return this.room();
  }
  async joinById(code: string, options: JoinOptions): Promise<LiveRoomHandle> {
    this.joins.push({ code, options });
    if (this.refuseJoin)
      throw Object.assign(new Error(refusalText({ reason: this.refuseJoin as 'not-host' })), {
        code: JOIN_REFUSED_CODE,
      });
    if (this.failJoins-- > 0) throw new Error('connection refused');
    return this.room();
  }
  private room(): FakeRoom {
    const room = new FakeRoom();
    this.rooms.push(room);
    return room;
  }
  get last(): FakeRoom {
    return this.rooms[this.rooms.length - 1];
  }
}

/** A clock the test moves by hand. */
class FakeClock {
  private tasks: { at: number; task: () => void }[] = [];
  time = 0;
  later = (task: () => void, ms: number) => {
    const entry = { at: this.time + ms, task };
    this.tasks.push(entry);
    return () => (this.tasks = this.tasks.filter((t) => t !== entry));
  };
  get waits(): number[] {
    return this.tasks.map((t) => t.at - this.time);
  }
  async advance(ms: number): Promise<void> {
    this.time += ms;
    const due = this.tasks.filter((t) => t.at <= this.time);
    this.tasks = this.tasks.filter((t) => t.at > this.time);
    for (const t of due) t.task();
    await flush();
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function harness(server = new FakeServer(), store = memory()) {
  const clock = new FakeClock();
  const states: HostState[] = [];
  const exports: { exported: ExportedBallots; purpose: ExportPurpose }[] = [];
  const env: HostEnvironment = {
    getJson: async (path) => {
      if (path === '/live/info') return server.info;
      return { status: server.lookups[path.split('/').pop() ?? ''] ?? 0 };
    },
    transport: async () => server,
    store,
    later: clock.later,
    now: () => clock.time,
  };
  const session = new HostSession(env, {
    change: (s) => states.push(s),
    ballots: (exported, purpose) => exports.push({ exported, purpose }),
  });
  return { session, server, store, clock, states, exports };
}

const hostedFor = (code: string, extra: object = {}) => ({
  code,
  setup,
  phase: 'open',
  allowChanges: false,
  received: 0,
  ...extra,
});

describe('a host session', () => {
  it('opens a room, keeps its code and host key, and counts once closed', async () => {
    const h = harness();
    await h.session.start({ setup });
    expect(h.server.joins).toEqual([{ options: { role: 'host', setup } }]);
    h.server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k-123' }));
    expect(h.session.state.status).toBe('connected');
    expect(readStoredHost(h.store)).toMatchObject({ code: 'AB3K7M', hostKey: 'k-123', question: 'Où ?' });
    h.server.last.emit('received', { received: 2 });
    h.session.act('close-vote');
    expect(h.server.last.sent).toEqual([{ type: 'close' }]);
    h.server.last.emit('phase', { phase: 'closed', allowChanges: false, deleteAt: 99 });
    expect(h.session.state.status).toBe('counting');
    expect(h.server.last.sent).toEqual([{ type: 'close' }, { type: 'export' }]);
    const ballots = { setup, groups: [{ ballot: { kind: 'ranked', ranking: [['o1']] }, count: 2 }] };
    h.server.last.emit('ballots', ballots);
    expect(h.exports).toEqual([{ exported: ballots, purpose: 'count' }]);
  });

  it('sends the host’s other buttons', async () => {
    const h = harness();
    await h.session.start({ setup });
    h.server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k', received: 1 }));
    h.session.act('allow-changes');
    h.server.last.emit('phase', { phase: 'open', allowChanges: true });
    h.session.act('allow-changes');
    h.server.last.emit('phase', { phase: 'closed', allowChanges: true });
    h.session.act('export-csv');
    h.session.act('reopen-vote');
    expect(h.server.last.sent).toEqual([
      { type: 'allow-changes', payload: { allow: true } },
      { type: 'allow-changes', payload: { allow: false } },
      { type: 'export' },
      { type: 'reopen' },
    ]);
    h.server.last.emit('ballots', { setup, groups: [] });
    expect(h.exports.map((e) => e.purpose)).toEqual(['csv']);
    // Ballots nobody asked for are not used.
    h.server.last.emit('ballots', { setup, groups: [] });
    expect(h.exports.length).toBe(1);
  });

  it('resumes the stored room: looks it up, then joins it as its host', async () => {
    const store = memory();
    storeHost(store, { code: 'AB3K7M', hostKey: 'k-123', question: 'Où ?', savedAt: 1 });
    const server = new FakeServer();
    server.lookups.AB3K7M = 200;
    const h = harness(server, store);
    await h.session.start({ resume: readStoredHost(store)! });
    expect(server.joins).toEqual([{ code: 'AB3K7M', options: { role: 'host', hostKey: 'k-123' } }]);
    server.last.emit('hosted', hostedFor('AB3K7M', { received: 4 }));
    expect(h.session.state).toMatchObject({ status: 'connected', room: { received: 4 } });
    // The key stays the one first received.
    expect(readStoredHost(store)?.hostKey).toBe('k-123');
  });

  it('after a server restart, tries again, waiting longer each time, and comes back to the same room', async () => {
    const server = new FakeServer();
    const h = harness(server);
    await h.session.start({ setup });
    server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k', received: 3 }));
    server.last.drop();
    expect(h.session.state).toMatchObject({
      status: 'reconnecting',
      attempts: 0,
      room: { code: 'AB3K7M', received: 3 },
    });
    expect(h.clock.waits).toEqual([500]);
    await h.clock.advance(500); // the server is down: no answer
    expect(h.session.state.attempts).toBe(1);
    expect(h.clock.waits).toEqual([1000]);
    server.lookups.AB3K7M = 200; // back, the room restored…
    server.failJoins = 1; // …but the first join fails
    await h.clock.advance(1000);
    expect(h.session.state.attempts).toBe(2);
    expect(h.clock.waits).toEqual([2000]);
    await h.clock.advance(2000);
    expect(server.joins.at(-1)).toEqual({ code: 'AB3K7M', options: { role: 'host', hostKey: 'k' } });
    server.last.emit('hosted', hostedFor('AB3K7M', { received: 3 }));
    expect(h.session.state).toMatchObject({ status: 'connected', attempts: 0, room: { received: 3 } });
    expect(h.clock.waits).toEqual([]);
  });

  it('forgets a room the server no longer has, or whose host key it refuses', async () => {
    const store = memory();
    storeHost(store, { code: 'AB3K7M', hostKey: 'k', question: '', savedAt: 1 });
    const server = new FakeServer();
    server.lookups.AB3K7M = 404;
    const h = harness(server, store);
    await h.session.start({ resume: readStoredHost(store)! });
    expect(h.session.state.status).toBe('gone');
    expect(store.data.has(HOST_STORAGE_KEY)).toBe(false);

    storeHost(store, { code: 'AB3K7M', hostKey: 'wrong', question: '', savedAt: 1 });
    server.lookups.AB3K7M = 200;
    server.refuseJoin = 'not-host';
    const again = harness(server, store);
    await again.session.start({ resume: readStoredHost(store)! });
    expect(again.session.state).toMatchObject({ status: 'gone', reason: 'not-host' });
    expect(readStoredHost(store)).toBeUndefined();
  });

  it('a room deleted while connected is gone, not reconnected', async () => {
    const h = harness();
    await h.session.start({ setup });
    h.server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k' }));
    h.server.last.drop(ROOM_DELETED_CLOSE_CODE);
    expect(h.session.state.status).toBe('gone');
    expect(h.clock.waits).toEqual([]);
    expect(readStoredHost(h.store)).toBeUndefined();
  });

  it('says when no room server answers, and opens nothing', async () => {
    const server = new FakeServer();
    server.info = { status: 200 }; // a static host's index.html: not JSON
    const h = harness(server);
    await h.session.start({ setup });
    expect(h.session.state.status).toBe('no-server');
    expect(server.joins).toEqual([]);
  });

  it('deleting forgets the room and leaves it', async () => {
    const h = harness();
    await h.session.start({ setup });
    h.server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k', phase: 'closed', received: 1 }));
    h.session.act('delete-vote');
    expect(h.server.last.sent).toEqual([]);
    h.session.act('confirm-delete');
    expect(h.server.last.sent).toEqual([{ type: 'delete' }]);
    expect(h.session.state.status).toBe('gone');
    expect(readStoredHost(h.store)).toBeUndefined();
    await h.clock.advance(300);
    expect(h.server.last.left).toBe(true);
  });

  it('leaving the screen leaves the room open and stops trying', async () => {
    const h = harness();
    await h.session.start({ setup });
    h.server.last.emit('hosted', hostedFor('AB3K7M', { hostKey: 'k' }));
    h.server.last.drop();
    h.session.dispose();
    expect(h.clock.waits).toEqual([]);
    expect(readStoredHost(h.store)?.code).toBe('AB3K7M');
  });
});

describe('the stored room', () => {
  it('is read back only when it makes sense', () => {
    const store = memory();
    expect(readStoredHost(store)).toBeUndefined();
    store.setItem(HOST_STORAGE_KEY, '{not json');
    expect(readStoredHost(store)).toBeUndefined();
    store.setItem(HOST_STORAGE_KEY, JSON.stringify({ code: 'ab3-k7m', hostKey: 'k' }));
    expect(readStoredHost(store)).toEqual({ code: 'AB3K7M', hostKey: 'k', question: '', savedAt: 0 });
    store.setItem(HOST_STORAGE_KEY, JSON.stringify({ code: 'OOOOOO', hostKey: 'k' }));
    expect(readStoredHost(store)).toBeUndefined();
    storeHost(store, { code: 'AB3K7M', hostKey: 'k', question: 'Q', savedAt: 5 });
    forgetHost(store, 'ZZZZZZ');
    expect(readStoredHost(store)?.code).toBe('AB3K7M');
    forgetHost(store);
    expect(readStoredHost(store)).toBeUndefined();
  });

  it('never throws when storage is refused', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredHost(refusing)).toBeUndefined();
    expect(() => storeHost(refusing, { code: 'AB3K7M', hostKey: 'k', question: '', savedAt: 0 })).not.toThrow();
    expect(() => forgetHost(refusing)).not.toThrow();
  });
});
