import { describe, expect, it } from 'vitest';
import { hostEffects, hostReducer, initialHostState, reconnectDelay, type HostEvent, type HostState } from './host.ts';
import type { Hosted, LiveSetup } from './protocol.ts';

const setup: LiveSetup = {
  question: 'Où pique-nique-t-on ?',
  options: ['Plage', 'Forêt', 'Port'],
  kind: 'ranked',
  methods: ['plurality', 'irv'],
};
const hosted: Hosted = { code: 'AB3K7M', hostKey: 'secret', setup, phase: 'open', allowChanges: false, received: 0 };
const info = { addresses: ['http://192.168.1.20:8080', 'http://127.0.0.1:8080'], retentionHours: 24 };

const run = (...events: HostEvent[]): HostState => events.reduce(hostReducer, initialHostState);
const open = run({ type: 'info', info }, { type: 'hosted', hosted });

describe('the host state', () => {
  it('goes from looking for the server to the open room', () => {
    expect(initialHostState.status).toBe('checking');
    expect(run({ type: 'info', info: undefined }).status).toBe('no-server');
    expect(run({ type: 'info', info }).status).toBe('connecting');
    expect(open).toMatchObject({
      status: 'connected',
      room: { code: 'AB3K7M', phase: 'open', received: 0, allowChanges: false },
    });
  });

  it('counts ballots in, and follows the room’s phase and rule', () => {
    let s = hostReducer(open, { type: 'received', received: 3 });
    expect(s.room?.received).toBe(3);
    s = hostReducer(s, { type: 'phase', change: { phase: 'open', allowChanges: true } });
    expect(s.room?.allowChanges).toBe(true);
    s = hostReducer(s, { type: 'phase', change: { phase: 'closed', allowChanges: true, deleteAt: 1_800_000_000_000 } });
    expect(s.room).toMatchObject({ phase: 'closed', deleteAt: 1_800_000_000_000 });
    s = hostReducer(s, { type: 'phase', change: { phase: 'open', allowChanges: true } });
    expect(s.room?.deleteAt).toBeUndefined();
    expect(s.status).toBe('connected');
  });

  it('closing asks the server to close, then for the ballots once it is closed', () => {
    const three = hostReducer(open, { type: 'received', received: 3 });
    const asked = hostReducer(three, { type: 'ask-close' });
    expect(hostEffects(three, asked)).toEqual(['close']);
    const closed = hostReducer(asked, { type: 'phase', change: { phase: 'closed', allowChanges: false, deleteAt: 1 } });
    expect(closed.status).toBe('counting');
    expect(hostEffects(asked, closed)).toEqual(['export']);
    const done = hostReducer(closed, { type: 'counted', ballots: 3 });
    expect(done).toMatchObject({ status: 'connected', countWhenClosed: false });
    // Closed elsewhere (another tab): no count is started here.
    const elsewhere = hostReducer(three, { type: 'phase', change: { phase: 'closed', allowChanges: false } });
    expect(elsewhere.status).toBe('connected');
    // A closed room's results: the ballots are asked for at once.
    const results = hostReducer(elsewhere, { type: 'ask-results' });
    expect(hostEffects(elsewhere, results)).toEqual(['export']);
  });

  it('does not close or count an empty box', () => {
    const asked = hostReducer(open, { type: 'ask-close' });
    expect(hostEffects(open, asked)).toEqual([]);
    expect(asked.notice?.key).toBe('live.host.noneYet');
  });

  it('reconnects after a drop, counting the attempts, and goes on counting after a drop while closing', () => {
    const three = hostReducer(open, { type: 'received', received: 3 });
    const dropped = hostReducer(three, { type: 'dropped' });
    expect(dropped).toMatchObject({ status: 'reconnecting', attempts: 0, room: { code: 'AB3K7M', received: 3 } });
    const twice = run(
      { type: 'info', info },
      { type: 'hosted', hosted },
      { type: 'dropped' },
      { type: 'retry-failed' },
      { type: 'retry-failed' },
    );
    expect(twice.attempts).toBe(2);
    const back = hostReducer(twice, { type: 'hosted', hosted: { ...hosted, hostKey: undefined, received: 5 } });
    expect(back).toMatchObject({ status: 'connected', attempts: 0, room: { received: 5 } });

    const closing = hostReducer(hostReducer(three, { type: 'ask-close' }), { type: 'dropped' });
    const rejoined = hostReducer(closing, { type: 'hosted', hosted: { ...hosted, phase: 'closed', received: 3 } });
    expect(rejoined.status).toBe('counting');
    expect(hostEffects(closing, rejoined)).toEqual(['export']);
  });

  it('waits longer after each failed attempt, up to 15 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 30].map(reconnectDelay)).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('stops for good when the room is gone or this browser is not its host', () => {
    expect(hostReducer(open, { type: 'gone' })).toMatchObject({ status: 'gone', reason: 'unknown-room' });
    expect(hostReducer(open, { type: 'refused', refusal: { reason: 'not-host' } })).toMatchObject({
      status: 'gone',
      reason: 'not-host',
    });
    expect(hostReducer(hostReducer(open, { type: 'gone' }), { type: 'dropped' }).status).toBe('gone');
    // A refused action is said, and the room stays.
    const fast = hostReducer(open, { type: 'refused', refusal: { reason: 'too-fast' } });
    expect(fast).toMatchObject({ status: 'connected', refusal: { reason: 'too-fast' } });
    expect(run({ type: 'info', info }, { type: 'not-opened', refusal: { reason: 'server-full' } })).toMatchObject({
      status: 'refused',
      reason: 'server-full',
    });
  });
});
