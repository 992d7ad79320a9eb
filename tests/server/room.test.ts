/**
 * The vote room's rules, with a real server in the test process, real WebSockets and the
 * journal on disk: joining, voting and acknowledgements, changes, phases, host-only actions,
 * the export, and every way a ballot or a join can be refused.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  LIVE_ROOM,
  ToClient,
  ToServer,
  type Ack,
  type ExportedBallots,
  type Hosted,
  type PhaseChange,
  type Received,
  type Refusal,
  type Welcome,
} from '../../src/live/protocol.ts';
import { refusalOf, ROOM_DELETED_CLOSE_CODE } from '../../src/live/refusal.ts';
import { eventually, Inbox } from './support/inbox.ts';
import {
  hostRoom,
  joinPhone,
  startTestServer,
  vote,
  type TestHost,
  type TestRoomServer,
} from './support/in-process.ts';
import { getJson } from './support/net.ts';
import { graded, ranked } from './support/votes.ts';

let server: TestRoomServer;
beforeAll(async () => {
  server = await startTestServer({ messagesPerSecond: 1000, messageBurst: 1000 });
});
afterAll(async () => server?.stop());

const client = () => server.client();
const journalOf = (code: string) => join(server.data, 'rooms', `${code}.jsonl`);
const refusalFrom = async (attempt: Promise<unknown>) =>
  refusalOf(
    await attempt.then(
      () => undefined,
      (error: unknown) => error,
    ),
  );
const ballotA = { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] } as const;
const ballotB = { kind: 'ranked', ranking: [['o2'], ['o1', 'o3']] } as const;

async function exportOf(host: TestHost): Promise<ExportedBallots> {
  host.room.send(ToServer.exportBallots);
  return host.inbox.next<ExportedBallots>(ToClient.ballots);
}

describe('a live vote room', () => {
  it('is created by a host, with a join code as its id and a host key given once', async () => {
    const host = await hostRoom(client(), ranked);
    const { code, hostKey } = host.hosted;
    expect(code).toHaveLength(CODE_LENGTH);
    expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(host.room.roomId).toBe(code);
    expect(hostKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.hosted).toMatchObject({ setup: ranked, phase: 'open', allowChanges: false, received: 0 });
    const journal = await readFile(journalOf(code), 'utf8');
    expect(journal).toContain(code);
    expect(journal).not.toContain(hostKey);
    expect(
      (await getJson(`${server.base}/live/rooms/${code.toLowerCase().slice(0, 3)}-${code.slice(3)}`)).body,
    ).toEqual({ code });
  });

  it('takes a phone’s ballot, stores it, then acknowledges it; the host hears the count, never the content', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    expect(phone.welcome).toMatchObject({
      code: host.hosted.code,
      setup: ranked,
      phase: 'open',
      allowChanges: false,
      inBox: false,
      retentionHours: 24,
    });
    const answer = await vote(phone, ballotA);
    expect(answer).toMatchObject({ type: ToClient.ack, message: { status: 'received' } });
    // Acknowledged means on disk: the journal already holds it.
    expect(
      (await readFile(journalOf(host.hosted.code), 'utf8')).split('\n').filter((l) => l.includes('"t":"ballot"')),
    ).toHaveLength(1);
    expect(await host.inbox.next<Received>(ToClient.received)).toEqual({ received: 1 });
    expect(
      host.inbox.heard
        .filter((e) => e.type !== ToClient.hosted)
        .every((e) => !JSON.stringify(e.message).includes('o1')),
    ).toBe(true);
    expect(phone.inbox.count(ToClient.received)).toBe(0);
  });

  it('keeps one ballot per device: a second is refused, unless the host allows changes, then it replaces the first', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    expect((await vote(phone, ballotA)).type).toBe(ToClient.ack);
    expect((await vote(phone, ballotB)).message).toMatchObject({ reason: 'already-voted' });
    // The same device on a second connection (a reload) is the same voter.
    const again = await joinPhone(client(), host.hosted.code, phone.token);
    expect(again.welcome.inBox).toBe(true);
    expect((await vote(again, ballotB)).message).toMatchObject({ reason: 'already-voted' });
    host.room.send(ToServer.allowChanges, { allow: true });
    expect(await phone.inbox.next<PhaseChange>(ToClient.phase)).toEqual({ phase: 'open', allowChanges: true });
    expect((await vote(phone, ballotB)).message).toMatchObject({ status: 'replaced' });
    expect((await exportOf(host)).groups).toEqual([{ ballot: ballotB, count: 1 }]);
    host.room.send(ToServer.allowChanges, { allow: false });
    await phone.inbox.next(ToClient.phase);
    expect((await vote(phone, ballotA)).message).toMatchObject({ reason: 'already-voted' });
  });

  it('refuses ballots while closed, says until when they are kept, and takes them again once reopened', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    host.room.send(ToServer.close);
    const closed = await phone.inbox.next<PhaseChange>(ToClient.phase);
    expect(closed).toMatchObject({ phase: 'closed', allowChanges: false });
    expect(closed.deleteAt).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect((await vote(phone, ballotA)).message).toMatchObject({ reason: 'closed' });
    // Closing again says the same: the deletion time does not move.
    host.room.send(ToServer.close);
    expect(await phone.inbox.next<PhaseChange>(ToClient.phase)).toEqual(closed);
    const late = await joinPhone(client(), host.hosted.code);
    expect(late.welcome.phase).toBe('closed');
    host.room.send(ToServer.reopen);
    expect(await phone.inbox.next<PhaseChange>(ToClient.phase)).toEqual({ phase: 'open', allowChanges: false });
    expect((await vote(phone, ballotA)).type).toBe(ToClient.ack);
  });

  it('lets only the host close, reopen, allow changes, export or delete', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    for (const [type, message] of [
      [ToServer.close],
      [ToServer.reopen],
      [ToServer.allowChanges, { allow: true }],
      [ToServer.exportBallots],
      [ToServer.deleteRoom],
    ] as const) {
      phone.room.send(type, message);
      expect(await phone.inbox.next<Refusal>(ToClient.refused)).toEqual({ reason: 'not-host' });
    }
    expect(phone.inbox.count(ToClient.ballots) + phone.inbox.count(ToClient.phase)).toBe(0);
    expect((await vote(phone, ballotA)).type).toBe(ToClient.ack);
    expect((await getJson(`${server.base}/live/rooms/${host.hosted.code}`)).status).toBe(200);
  });

  it('lets a host back in with its key only', async () => {
    const host = await hostRoom(client(), ranked);
    const { code, hostKey } = host.hosted;
    const phone = await joinPhone(client(), code);
    await vote(phone, ballotA);
    const wrongKey = `${hostKey!.slice(0, -1)}${hostKey!.endsWith('A') ? 'B' : 'A'}`;
    expect(await refusalFrom(client().joinById(code, { role: 'host', hostKey: wrongKey }))).toEqual({
      reason: 'not-host',
    });
    expect(await refusalFrom(client().joinById(code, { role: 'host', setup: ranked }))).toEqual({ reason: 'not-host' });
    const back = await client().joinById(code, { role: 'host', hostKey });
    const hosted = await new Inbox(back).next<Record<string, unknown>>(ToClient.hosted);
    expect(hosted).toMatchObject({ code, received: 1, phase: 'open' });
    expect(hosted.hostKey).toBeUndefined();
  });

  it('exports groups of identical ballots in content order, with no device tokens', async () => {
    const host = await hostRoom(client(), ranked);
    const phones = await Promise.all([0, 1, 2].map(() => joinPhone(client(), host.hosted.code)));
    await vote(phones[0], ballotB);
    await vote(phones[1], ballotA);
    await vote(phones[2], ballotB);
    const exported = await exportOf(host);
    expect(exported).toEqual({
      setup: ranked,
      groups: [
        { ballot: ballotA, count: 1 },
        { ballot: ballotB, count: 2 },
      ],
    });
    const text = JSON.stringify(exported);
    const journal = await readFile(journalOf(host.hosted.code), 'utf8');
    const deviceHashes = journal
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { device?: string })
      .flatMap((r) => (r.device ? [r.device] : []));
    expect(deviceHashes).toHaveLength(3);
    for (const secret of [...phones.map((p) => p.token), ...deviceHashes]) expect(text).not.toContain(secret);
    for (const phone of phones) expect(journal).not.toContain(phone.token);
  });

  it('refuses bad ballots of every kind, saying what is wrong, and stays usable', async () => {
    const host = await hostRoom(client(), graded);
    const phone = await joinPhone(client(), host.hosted.code);
    const good = { kind: 'graded', grades: { o1: 0, o2: 9, o3: 3, o4: 4 } };
    const refusals: [unknown, string, string?][] = [
      [{ kind: 'ranked', ranking: [['o1']] }, 'bad-ballot', 'classroom.ballot.wrongKind'],
      [{ kind: 'graded', grades: { ...good.grades, o9: 1 } }, 'bad-ballot', 'classroom.ballot.unknown'],
      [{ kind: 'graded', grades: { ...good.grades, o2: 10 } }, 'bad-ballot', 'classroom.ballot.grade'],
      [{ kind: 'graded', grades: { ...good.grades, o2: 1.5 } }, 'bad-ballot', 'classroom.ballot.grade'],
      [{ kind: 'graded', grades: { o1: 1 } }, 'bad-ballot', 'classroom.ballot.grade'],
      [{ kind: 'graded', grades: { ...good.grades, o1: '3' } }, 'bad-ballot', 'live.ballot.shape'],
      [{ kind: 'graded', grades: [1, 2, 3, 4] }, 'bad-ballot', 'live.ballot.shape'],
      ['o1', 'bad-ballot', 'live.ballot.shape'],
      [null, 'bad-ballot', 'live.ballot.shape'],
      [[1, 2], 'bad-ballot', 'live.ballot.shape'],
      [{ kind: 'mystery' }, 'bad-ballot', 'live.ballot.shape'],
    ];
    for (const [ballot, reason, key] of refusals)
      expect((await vote(phone, ballot)).message, JSON.stringify(ballot)).toMatchObject({ reason, problem: { key } });
    // Not a ballot message at all: no number for the attempt, or no object.
    expect((await vote(phone, undefined, { ballot: good })).message).toMatchObject({
      reason: 'bad-ballot',
      problem: { key: 'live.ballot.shape' },
    });
    expect((await vote(phone, undefined, 42)).message).toMatchObject({ reason: 'bad-ballot' });
    // Grades hidden in a prototype are not seen by the check and would not be stored: refused.
    const hidden = JSON.parse(
      '{"seq":7,"ballot":{"kind":"graded","grades":{"__proto__":{"o1":1,"o2":1,"o3":1,"o4":1}}}}',
    ) as unknown;
    expect((await vote(phone, undefined, hidden)).message).toMatchObject({ seq: 7, reason: 'bad-ballot' });
    expect((await vote(phone, { ...good, padding: 'x'.repeat(5000) })).message).toEqual({ reason: 'too-big' });
    expect((await vote(phone, good)).message).toMatchObject({ status: 'received' });
    expect((await exportOf(host)).groups).toEqual([{ ballot: good, count: 1 }]);
  });

  it('refuses ranked ballots naming an option twice or an unknown one', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    expect((await vote(phone, { kind: 'ranked', ranking: [['o1'], ['o1']] })).message).toMatchObject({
      reason: 'bad-ballot',
      problem: { key: 'classroom.ballot.twice' },
    });
    expect((await vote(phone, { kind: 'ranked', ranking: [['o1'], ['o7']] })).message).toMatchObject({
      reason: 'bad-ballot',
      problem: { key: 'classroom.ballot.unknown' },
    });
    expect((await vote(phone, { kind: 'ranked', ranking: 'o1>o2' })).message).toMatchObject({
      reason: 'bad-ballot',
      problem: { key: 'live.ballot.shape' },
    });
    expect((await vote(phone, { kind: 'approval', approves: ['o1'] })).message).toMatchObject({
      reason: 'bad-ballot',
      problem: { key: 'classroom.ballot.wrongKind' },
    });
  });

  it('refuses bad joins and bad setups with a reason the page can show', async () => {
    const host = await hostRoom(client(), ranked);
    const { code } = host.hosted;
    for (const device of ['short', 'x'.repeat(65), 'has spaces in it, sixteen+', 'abc/def+ghi=jkl0123', 42]) {
      expect(await refusalFrom(client().joinById(code, { role: 'voter', device }))).toEqual({ reason: 'bad-device' });
    }
    expect(
      await refusalFrom(client().joinById(code, { role: 'voter', device: 'A'.repeat(20), restore: code })),
    ).toEqual({ reason: 'bad-device' });
    expect(await refusalFrom(client().joinById(code, { role: 'judge' }))).toEqual({ reason: 'bad-device' });
    expect(await refusalFrom(client().create(LIVE_ROOM, { restore: code }))).toEqual({ reason: 'bad-device' });
    expect(
      await refusalFrom(client().create(LIVE_ROOM, { role: 'host', setup: { ...ranked, options: ['Plage'] } })),
    ).toMatchObject({ reason: 'bad-setup', problem: { key: 'classroom.setup.tooFew' } });
    expect(
      await refusalFrom(client().create(LIVE_ROOM, { role: 'host', setup: { ...ranked, methods: ['dictator'] } })),
    ).toMatchObject({
      reason: 'bad-setup',
      problem: { key: 'live.setup.unknownMethod', params: { method: 'dictator' } },
    });
    expect(await refusalFrom(client().create(LIVE_ROOM, { role: 'host', hostKey: 'k'.repeat(43) }))).toEqual({
      reason: 'unknown-room',
    });
  });

  it('can only be joined by its code: no joining "any room", no creating one on the way', async () => {
    await hostRoom(client(), ranked);
    const voter = { role: 'voter', device: 'E'.repeat(24) };
    for (const attempt of [client().join(LIVE_ROOM, voter), client().joinOrCreate(LIVE_ROOM, voter)]) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toContain('invalid method');
    }
  });

  it('answers an unknown code the same way, whether joined or looked up, well-formed or not', async () => {
    expect(await refusalFrom(client().joinById('ZZZZZZ', { role: 'voter', device: 'A'.repeat(20) }))).toEqual({
      reason: 'unknown-room',
    });
    const unknown = await getJson(`${server.base}/live/rooms/ZZZZZZ`);
    const malformed = await getJson(`${server.base}/live/rooms/%E0%A4%A`);
    const tooLong = await getJson(`${server.base}/live/rooms/ABCDEFGH`);
    for (const answer of [unknown, malformed, tooLong])
      expect([answer.status, answer.body]).toEqual([404, { reason: 'unknown-room' }]);
    // A reconnection with a made-up token: the same answer for a room that exists and one that does not.
    const host = await hostRoom(client(), ranked);
    const failed = async (token: string) =>
      client()
        .reconnect(token)
        .then(
          () => undefined,
          (e: unknown) => ({ code: (e as { code?: unknown }).code, message: (e as Error).message }),
        );
    const known = await failed(`${host.hosted.code}:madeUpToken1`);
    expect(known).toBeDefined();
    expect(await failed('ZZZZZZ:madeUpToken1')).toEqual(known);
  });

  it('keeps a dropped phone’s seat for a while: it comes back with its reconnection token', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    const token = phone.room.reconnectionToken;
    phone.room.connection.close();
    // The server gives the seat back once it has seen the drop: try until it has.
    let back: Awaited<ReturnType<Client['reconnect']>> | undefined;
    await eventually(
      async () =>
        (back = await client()
          .reconnect(token)
          .catch(() => undefined)) !== undefined,
      'reconnected',
    );
    const inbox = new Inbox(back!);
    expect(
      (await inbox.ask<Ack>(ToServer.ballot, { seq: 1, ballot: ballotA }, [ToClient.ack, ToClient.refused])).message,
    ).toEqual({ seq: 1, status: 'received' });
  });

  it('welcomes a phone and the host again when they come back into their seats, with what changed meanwhile', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    await vote(phone, ballotA);
    const token = phone.room.reconnectionToken;
    phone.room.connection.close();
    // While the phone is away, the host closes the vote: the phone cannot hear the phase change.
    host.room.send(ToServer.close);
    expect(await host.inbox.next<PhaseChange>(ToClient.phase)).toMatchObject({ phase: 'closed' });
    let back: Awaited<ReturnType<Client['reconnect']>> | undefined;
    await eventually(
      async () =>
        (back = await client()
          .reconnect(token)
          .catch(() => undefined)) !== undefined,
      'phone reconnected',
    );
    const welcome = await new Inbox(back!).next<Welcome>(ToClient.welcome);
    expect(welcome).toMatchObject({
      code: host.hosted.code,
      setup: ranked,
      phase: 'closed',
      allowChanges: false,
      inBox: true,
      retentionHours: 24,
    });
    // The host likewise: its `hosted` again (the phase, the count), without the host key.
    const hostToken = host.room.reconnectionToken;
    host.room.connection.close();
    let hostBack: Awaited<ReturnType<Client['reconnect']>> | undefined;
    await eventually(
      async () =>
        (hostBack = await client()
          .reconnect(hostToken)
          .catch(() => undefined)) !== undefined,
      'host reconnected',
    );
    const hosted = await new Inbox(hostBack!).next<Hosted>(ToClient.hosted);
    expect(hosted).toMatchObject({ code: host.hosted.code, setup: ranked, phase: 'closed', received: 1 });
    expect(hosted.hostKey).toBeUndefined();
  });

  it('deletes the ballots and sends everyone away when the host deletes the room', async () => {
    const host = await hostRoom(client(), ranked);
    const phone = await joinPhone(client(), host.hosted.code);
    await vote(phone, ballotA);
    host.room.send(ToServer.deleteRoom);
    await eventually(
      () => phone.inbox.leftWith !== undefined && host.inbox.leftWith !== undefined,
      'everyone sent away',
    );
    expect([phone.inbox.leftWith, host.inbox.leftWith]).toEqual([ROOM_DELETED_CLOSE_CODE, ROOM_DELETED_CLOSE_CODE]);
    expect(existsSync(journalOf(host.hosted.code))).toBe(false);
    expect((await getJson(`${server.base}/live/rooms/${host.hosted.code}`)).status).toBe(404);
  });

  it('never writes a ballot, a device token or a host key to its log', async () => {
    const host = await hostRoom(client(), graded);
    const phone = await joinPhone(client(), host.hosted.code);
    await vote(phone, { kind: 'graded', grades: { o1: 7, o2: 7, o3: 7, o4: 7 } });
    await vote(phone, { kind: 'graded', grades: { o1: 99 } });
    await refusalFrom(
      client().joinById(host.hosted.code, { role: 'host', hostKey: 'wrongwrongwrongwrongwrongwrongwrongwrongwro' }),
    );
    const log = server.logs.join('\n');
    expect(log).toContain(host.hosted.code);
    for (const secret of [phone.token, host.hosted.hostKey!, 'wrongwrong', 'o1', 'o4', 'graded'])
      expect(log).not.toContain(secret);
  });
});
