/**
 * The caps, with a real server whose limits are lowered so that a test reaches them: messages
 * per connection, voters per room, rooms per process, look-ups and wrong codes per client
 * address, and the size of a matchmaking request. Each client here has its own address
 * (X-Real-IP, trusted) unless a test says otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_ROOM, ToClient, type Refusal } from '../../src/live/protocol.ts';
import { refusalOf } from '../../src/live/refusal.ts';
import { eventually } from './support/inbox.ts';
import {
  hostRoom,
  joinPhone,
  startTestServer,
  vote,
  type TestHost,
  type TestRoomServer,
} from './support/in-process.ts';
import { ranked } from './support/votes.ts';

let server: TestRoomServer;
beforeAll(async () => {
  server = await startTestServer({
    messagesPerSecond: 5,
    messageBurst: 10,
    votersPerRoom: 3,
    roomsPerProcess: 5,
    lookupsPerMinute: 60,
    wrongCodesPerMinute: 3,
  });
});
afterAll(async () => server?.stop());

let addresses = 0;
/** A client from an address of its own, so that its attempts are counted apart from the others'. */
const fresh = () => server.client(`10.0.0.${++addresses}`);
const refusalFrom = async (attempt: Promise<unknown>) =>
  refusalOf(
    await attempt.then(
      () => undefined,
      (error: unknown) => error,
    ),
  );
const ballot = { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] };

describe('the room server’s caps', () => {
  it('refuses messages beyond the burst on one connection, then takes them again once it has slowed down', async () => {
    const host = await hostRoom(fresh(), ranked);
    const phone = await joinPhone(fresh(), host.hosted.code);
    for (let i = 0; i < 30; i++) phone.room.send('ballot', { seq: 100 + i, ballot });
    await eventually(
      () => phone.inbox.count(ToClient.ack) + phone.inbox.count(ToClient.refused) === 30,
      'an answer to each message',
    );
    const refusals = phone.inbox.heard
      .filter((e) => e.type === ToClient.refused)
      .map((e) => (e.message as Refusal).reason);
    expect(refusals).toContain('too-fast');
    expect(phone.inbox.count(ToClient.ack)).toBe(1);
    // The bucket refills: a message after a pause is handled (here: refused as a second ballot).
    await eventually(
      async () => ((await vote(phone, ballot)).message as Refusal).reason !== 'too-fast',
      'a message handled again',
    );
  });

  it('refuses a voter beyond the room’s cap, but lets known devices back in', async () => {
    const host = await hostRoom(fresh(), ranked);
    const phones = [
      await joinPhone(fresh(), host.hosted.code),
      await joinPhone(fresh(), host.hosted.code),
      await joinPhone(fresh(), host.hosted.code),
    ];
    await vote(phones[0], ballot);
    expect(await refusalFrom(fresh().joinById(host.hosted.code, { role: 'voter', device: 'B'.repeat(24) }))).toEqual({
      reason: 'room-full',
    });
    await phones[0].room.leave(true);
    // Gone, but its ballot is in the box: it still counts, and may come back.
    expect(await refusalFrom(fresh().joinById(host.hosted.code, { role: 'voter', device: 'C'.repeat(24) }))).toEqual({
      reason: 'room-full',
    });
    expect((await joinPhone(fresh(), host.hosted.code, phones[0].token)).welcome.inBox).toBe(true);
    // A phone that leaves without voting frees its place.
    await phones[1].room.leave(true);
    await eventually(
      async () => (await refusalFrom(joinPhone(fresh(), host.hosted.code))) === undefined,
      'a free place',
    );
  });

  it('refuses rooms beyond the process’s cap, and opens them again once rooms are gone', async () => {
    const hosts: TestHost[] = [];
    let refusal: Refusal | undefined;
    for (let i = 0; i < 5 && !refusal; i++) {
      const attempt = await hostRoom(fresh(), ranked).then(
        (h) => (hosts.push(h), undefined),
        (error: unknown) => refusalOf(error),
      );
      refusal = attempt;
    }
    expect(refusal).toEqual({ reason: 'server-full' });
    await Promise.all(hosts.map((h) => h.room.leave(true)));
    await eventually(async () => (await refusalFrom(hostRoom(fresh(), ranked))) === undefined, 'room for a new vote');
  });

  it('lets a crowd behind one address look a right code up and join, many times more than it may try wrong codes', async () => {
    const nat = '192.0.2.10';
    const lookUp = (code: string) => fetch(`${server.base}/live/rooms/${code}`, { headers: { 'X-Real-IP': nat } });
    const host = await hostRoom(fresh(), ranked);
    // Three devices (the room's cap here), each coming and going: 20 look-ups and 20 joins.
    const devices = ['F', 'G', 'H'].map((c) => c.repeat(24));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await lookUp(host.hosted.code)).status);
      const phone = await joinPhone(server.client(nat), host.hosted.code, devices[i % devices.length]);
      await phone.room.leave(true);
    }
    expect(statuses).toEqual(Array(20).fill(200));
    // Two wrong codes (under the limit of three) change nothing for the others behind that address.
    expect([
      (await lookUp('ZZZZZZ')).status,
      (await lookUp('nope!')).status,
      (await lookUp(host.hosted.code)).status,
    ]).toEqual([404, 404, 200]);
    // The overall cap still holds: 60 a minute here, then 429.
    let last: Response | undefined;
    for (let i = 0; i < 100 && last?.status !== 429; i++) last = await lookUp(host.hosted.code);
    expect(last?.status).toBe(429);
    expect(await last?.json()).toEqual({ reason: 'too-many-attempts' });
    expect(
      await refusalFrom(server.client(nat).joinById(host.hosted.code, { role: 'voter', device: devices[0] })),
    ).toEqual({ reason: 'too-many-attempts' });
  });

  it('refuses every look-up and join from an address that has spent its wrong codes, a right code too', async () => {
    const guesser = '192.0.2.7';
    const lookUp = (code: string, address = guesser) =>
      fetch(`${server.base}/live/rooms/${code}`, { headers: { 'X-Real-IP': address } });
    const host = await hostRoom(fresh(), ranked);
    expect((await lookUp(host.hosted.code)).status).toBe(200);
    // Three wrong codes (the limit here): looked up, malformed, or joined, they all count.
    expect((await lookUp('ZZZZZZ')).status).toBe(404);
    expect((await lookUp('%E0%A4%A')).status).toBe(404);
    expect(
      await refusalFrom(server.client(guesser).joinById('YYYYYY', { role: 'voter', device: 'D'.repeat(24) })),
    ).toEqual({ reason: 'unknown-room' });
    const limited = await lookUp(host.hosted.code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ reason: 'too-many-attempts' });
    expect(
      await refusalFrom(server.client(guesser).joinById(host.hosted.code, { role: 'voter', device: 'D'.repeat(24) })),
    ).toEqual({ reason: 'too-many-attempts' });
    // Another address is not affected.
    expect((await lookUp(host.hosted.code, '192.0.2.8')).status).toBe(200);
  });

  it('refuses a matchmaking request too large to be a setup before reading it', async () => {
    const body = JSON.stringify({ role: 'host', setup: { ...ranked, question: 'x'.repeat(100_000) } });
    const answer = await fetch(`${server.base}/matchmake/create/${LIVE_ROOM}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', 'X-Real-IP': '10.9.9.9' },
    });
    expect(answer.status).toBe(413);
  });
});
