import { describe, expect, it } from 'vitest';
import { JOIN_REFUSED_CODE, ROOM_DELETED_CLOSE_CODE, type RefusalReason } from '../live/protocol.ts';
import {
  ACK_TIMEOUT_MS,
  backoffDelay,
  BUSY_DELAY_MS,
  Link,
  MAX_DELAY_MS,
  reasonOf,
  type Clock,
  type LinkEvents,
  type Lookup,
  type RoomLike,
} from './link.ts';

class FakeRoom implements RoomLike {
  readonly handlers = new Map<string, (message: never) => void>();
  leaveHandler: ((code: number) => void) | undefined;
  sent: unknown[] = [];
  left: boolean | undefined;
  constructor(readonly reconnectionToken: string) {}
  onMessage(type: string, callback: (message: never) => void) {
    this.handlers.set(type, callback);
  }
  onLeave(callback: (code: number) => void) {
    this.leaveHandler = callback;
  }
  send(type: string, message: unknown) {
    this.sent.push([type, message]);
  }
  leave(consented = true) {
    this.left = consented;
    return Promise.resolve(1000);
  }
  say(type: string, message: unknown) {
    this.handlers.get(type)?.(message as never);
  }
  drop(code = 1006) {
    this.leaveHandler?.(code);
  }
}

class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; f: () => void; id: number }[] = [];
  private next = 1;
  setTimeout(f: () => void, ms: number) {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, f, id });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  random() {
    return 0.5;
  }
  now() {
    return this.time;
  }
  /** The delays of the timers waiting, from now. */
  get waiting(): number[] {
    return this.timers.map((t) => t.at - this.time);
  }
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.f();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function harness(
  options: { lookup?: () => Promise<Lookup>; join?: () => Promise<RoomLike>; reconnect?: () => Promise<RoomLike> } = {},
) {
  const log: string[] = [];
  const rooms: FakeRoom[] = [];
  const clock = new FakeClock();
  let n = 0;
  const newRoom = () => {
    const room = new FakeRoom(`CODE:${++n}`);
    rooms.push(room);
    return room;
  };
  const events: LinkEvents = {
    status: (s) => log.push(`status ${s}`),
    welcome: () => log.push('welcome'),
    resumed: () => log.push('resumed'),
    ack: (a) => log.push(`ack ${a.seq}`),
    refused: (r) => log.push(`refused ${r.reason}`),
    phase: (p) => log.push(`phase ${p.phase}`),
    fatal: (reason) => log.push(`fatal ${reason}`),
  };
  const calls: string[] = [];
  const link = new Link(
    'ABC234',
    'device-token-123456',
    {
      lookup: (code) => {
        calls.push(`lookup ${code}`);
        return options.lookup ? options.lookup() : Promise.resolve('found');
      },
      join: (code, device) => {
        calls.push(`join ${code} ${device}`);
        return options.join ? options.join() : Promise.resolve(newRoom());
      },
      reconnect: (token) => {
        calls.push(`reconnect ${token}`);
        return options.reconnect ? options.reconnect() : Promise.resolve(newRoom());
      },
    },
    events,
    clock,
  );
  return { link, log, rooms, clock, calls, newRoom };
}

describe('backoff', () => {
  it('1 s, 2 s, 4 s … up to 15 s, with ±25 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((f) => backoffDelay(f, () => 0.5))).toEqual([
      1000,
      2000,
      4000,
      8000,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
    ]);
    expect(backoffDelay(0, () => 0)).toBe(750);
    expect(backoffDelay(0, () => 0.999)).toBe(1250);
    expect(backoffDelay(6, () => 0.999)).toBe(MAX_DELAY_MS);
  });
});

describe('refusals of a join', () => {
  it('are read from the server’s error: a JSON refusal under the join-refused code', () => {
    expect(
      reasonOf(Object.assign(new Error(JSON.stringify({ reason: 'room-full' })), { code: JOIN_REFUSED_CODE })),
    ).toBe('room-full');
    expect(reasonOf(Object.assign(new Error('room-full'), { code: 4212 }))).toBe('room-full');
    expect(
      reasonOf(Object.assign(new Error(JSON.stringify({ reason: 'nope' })), { code: JOIN_REFUSED_CODE })),
    ).toBeUndefined();
    expect(reasonOf(new Error('socket hang up'))).toBeUndefined();
  });
});

describe('the link', () => {
  it('looks the room up, joins it as a voter with its device, and passes the messages on', async () => {
    const h = harness();
    h.link.start();
    await settle();
    expect(h.calls).toEqual(['lookup ABC234', 'join ABC234 device-token-123456']);
    expect(h.link.online).toBe(true);
    h.rooms[0].say('welcome', {});
    h.rooms[0].say('phase', { phase: 'closed' });
    expect(h.log).toEqual(['status connecting', 'status online', 'welcome', 'phase closed']);
  });

  it('sends a ballot only when connected', async () => {
    const h = harness();
    expect(h.link.send({ seq: 1, ballot: { kind: 'approval', approves: [] } })).toBe(false);
    h.link.start();
    await settle();
    expect(h.link.send({ seq: 2, ballot: { kind: 'approval', approves: ['o1'] } })).toBe(true);
    expect(h.rooms[0].sent).toEqual([['ballot', { seq: 2, ballot: { kind: 'approval', approves: ['o1'] } }]]);
    h.rooms[0].say('ack', { seq: 2, status: 'received' });
    expect(h.log.at(-1)).toBe('ack 2');
  });

  it('after a drop: the reconnection token first, at once', async () => {
    const h = harness();
    h.link.start();
    await settle();
    h.clock.time = 60_000;
    h.rooms[0].drop();
    expect(h.log.at(-1)).toBe('status reconnecting');
    await h.clock.advance(0);
    expect(h.calls.slice(2)).toEqual(['reconnect CODE:1']);
    expect(h.log.slice(-2)).toEqual(['status online', 'resumed']);
    expect(h.link.connection).toBe(2);
    // Messages of the old connection are not heard any more.
    h.rooms[0].say('welcome', {});
    expect(h.log.filter((l) => l === 'welcome')).toEqual([]);
  });

  it('then by code, with a growing wait, while the server is away', async () => {
    let up = true;
    const h = harness({
      reconnect: () => Promise.reject(new Error('room not found')),
      lookup: () => (up ? Promise.resolve('found') : Promise.reject(new TypeError('Failed to fetch'))),
    });
    h.link.start();
    await settle();
    up = false;
    h.clock.time = 60_000;
    h.rooms[0].drop();
    await h.clock.advance(0);
    expect(h.calls.slice(2)).toEqual(['reconnect CODE:1', 'lookup ABC234']);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      waits.push(h.clock.waiting[0]);
      await h.clock.advance(h.clock.waiting[0]);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
    expect(
      h.log
        .filter((l) => l.startsWith('status'))
        .every((l) => l === 'status reconnecting' || l === 'status online' || l === 'status connecting'),
    ).toBe(true);
    up = true;
    await h.clock.advance(h.clock.waiting[0]);
    expect(h.calls.at(-1)).toBe('join ABC234 device-token-123456');
    expect(h.link.online).toBe(true);
  });

  it('online again: tries at once instead of waiting', async () => {
    let up = false;
    const h = harness({
      lookup: () => (up ? Promise.resolve('found') : Promise.reject(new TypeError('Failed to fetch'))),
    });
    h.link.start();
    await settle();
    await h.clock.advance(1000);
    await h.clock.advance(2000);
    expect(h.clock.waiting).toEqual([4000]);
    up = true;
    h.link.nudge();
    await settle();
    expect(h.link.online).toBe(true);
  });

  it('a connection that keeps falling right after it is made does not hammer the server', async () => {
    const h = harness({ reconnect: () => Promise.reject(new Error('gone')) });
    h.link.start();
    await settle();
    h.rooms[0].drop();
    expect(h.clock.waiting).toEqual([1000]);
  });

  it('no such room (404): gives up and says so', async () => {
    const h = harness({ lookup: () => Promise.resolve('unknown') });
    h.link.start();
    await settle();
    expect(h.log.at(-1)).toBe('fatal unknown-room');
    expect(h.clock.waiting).toEqual([]);
  });

  it('too many attempts (429): waits a minute', async () => {
    const h = harness({ lookup: () => Promise.resolve('busy') });
    h.link.start();
    await settle();
    expect(h.log.at(-1)).toBe('status waiting');
    expect(h.clock.waiting[0]).toBeGreaterThanOrEqual(BUSY_DELAY_MS);
  });

  it('a refused join: gives up when trying again cannot help, otherwise tries later', async () => {
    const refuse = (reason: RefusalReason) => () =>
      Promise.reject(Object.assign(new Error(JSON.stringify({ reason })), { code: JOIN_REFUSED_CODE }));
    const full = harness({ join: refuse('room-full') });
    full.link.start();
    await settle();
    expect(full.log.at(-1)).toBe('fatal room-full');
    const busy = harness({ join: refuse('server-full') });
    busy.link.start();
    await settle();
    expect(busy.log.at(-1)).toBe('status connecting');
    expect(busy.clock.waiting).toEqual([1000]);
  });

  it('a room deleted by its host: nothing to come back to', async () => {
    const h = harness();
    h.link.start();
    await settle();
    h.rooms[0].drop(ROOM_DELETED_CLOSE_CODE);
    expect(h.log.at(-1)).toBe('fatal unknown-room');
    expect(h.clock.waiting).toEqual([]);
  });

  it('a ballot without an answer: the connection is taken for dead and made again', async () => {
    const h = harness();
    h.link.start();
    await settle();
    h.clock.time = 60_000;
    h.link.send({ seq: 1, ballot: { kind: 'ranked', ranking: [['o1']] } });
    await h.clock.advance(ACK_TIMEOUT_MS);
    expect(h.rooms[0].left).toBe(false);
    expect(h.calls.at(-1)).toBe('reconnect CODE:1');
    expect(h.link.online).toBe(true);
  });

  it('an answer in time keeps the connection', async () => {
    const h = harness();
    h.link.start();
    await settle();
    h.link.send({ seq: 1, ballot: { kind: 'ranked', ranking: [['o1']] } });
    h.rooms[0].say('refused', { seq: 1, reason: 'too-fast' });
    await h.clock.advance(ACK_TIMEOUT_MS * 2);
    expect(h.rooms[0].left).toBeUndefined();
    expect(h.log.at(-1)).toBe('refused too-fast');
  });

  it('a refusal without a ballot that leaves no hope stops the link', async () => {
    const h = harness();
    h.link.start();
    await settle();
    h.rooms[0].say('refused', { reason: 'bad-device' });
    h.rooms[0].drop();
    expect(h.log.at(-1)).toBe('fatal bad-device');
    expect(h.clock.waiting).toEqual([]);
  });
});
