/**
 * Retention, with a retention time of a few seconds: a closed room's ballots are deleted once
 * its time is over (and everyone in it is told), and so is a room nobody uses any more.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToClient, ToServer, type PhaseChange } from '../../src/live/protocol.ts';
import { ROOM_DELETED_CLOSE_CODE } from '../../src/live/refusal.ts';
import { eventually } from './support/inbox.ts';
import { hostRoom, joinPhone, startTestServer, vote, type TestRoomServer } from './support/in-process.ts';
import { getJson } from './support/net.ts';
import { ranked } from './support/votes.ts';

/** Three seconds. */
const RETENTION_HOURS = 3 / 3600;

let server: TestRoomServer;
beforeAll(async () => {
  server = await startTestServer(
    {},
    { expiryCheckMs: 100, sweepEveryMs: 100, restoreGraceSeconds: 1 },
    RETENTION_HOURS,
  );
});
afterAll(async () => server?.stop());

const journalOf = (code: string) => join(server.data, 'rooms', `${code}.jsonl`);

describe('retention', () => {
  it('deletes a closed room’s ballots at the time it announced, sending everyone away', async () => {
    const host = await hostRoom(server.client(), ranked);
    const phone = await joinPhone(server.client(), host.hosted.code);
    expect(phone.welcome.retentionHours).toBe(RETENTION_HOURS);
    await vote(phone, { kind: 'ranked', ranking: [['o1']] });
    host.room.send(ToServer.close);
    const closed = await host.inbox.next<PhaseChange>(ToClient.phase);
    expect(closed.deleteAt).toBeDefined();
    await eventually(() => phone.inbox.leftWith !== undefined, 'the phone sent away');
    expect(Date.now()).toBeGreaterThanOrEqual(closed.deleteAt!);
    expect(phone.inbox.leftWith).toBe(ROOM_DELETED_CLOSE_CODE);
    expect(existsSync(journalOf(host.hosted.code))).toBe(false);
    expect((await getJson(`${server.base}/live/rooms/${host.hosted.code}`)).status).toBe(404);
  });

  it('deletes a room nobody uses any more, once its time without activity is over', async () => {
    const host = await hostRoom(server.client(), ranked);
    const { code } = host.hosted;
    await host.room.leave(true);
    expect(existsSync(journalOf(code))).toBe(true);
    const said = () =>
      server.logs.some((l) => l.includes(`room ${code} deleted`) || l.includes(`room ${code} expired`));
    await eventually(() => !existsSync(journalOf(code)) && said(), 'the abandoned room deleted, and the log saying so');
    expect((await getJson(`${server.base}/live/rooms/${code}`)).status).toBe(404);
  });
});
