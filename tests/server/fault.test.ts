/**
 * A crash in the middle of a vote: the room server runs as a child process, phones vote, the
 * server is killed with SIGKILL while ballots are on their way (each write is slowed down, as
 * on a slow disk, so that some are), then started again on the same port and data directory.
 * Every acknowledged ballot must be there, under the same code; the host comes back with its
 * key; the phones come back by the code and finish voting.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ToClient, ToServer, type ExportedBallots, type Hosted, type PhaseChange } from '../../src/live/protocol.ts';
import { spawnServer, type ChildServer } from './support/child-server.ts';
import { Crowd } from './support/crowd.ts';
import { eventually, Inbox } from './support/inbox.ts';
import { hostRoom } from './support/in-process.ts';
import { freePort } from './support/net.ts';
import { graded } from './support/votes.ts';

const PHONES = 40;
/** Phones that vote before the crash; the others vote after it. */
const BEFORE = 24;
const SLOW_DISK = { LIVE_TEST_WRITE_DELAY_MS: '40' };

const started: ChildServer[] = [];
let data: string | undefined;
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  if (data) await rm(data, { recursive: true, force: true });
});

describe('a room server killed in the middle of a vote', () => {
  it('loses no acknowledged ballot, keeps the code, and lets the host and the phones carry on', async () => {
    data = await mkdtemp(join(tmpdir(), 'live-fault-'));
    const port = await freePort();
    const first = await spawnServer(port, data, SLOW_DISK);
    started.push(first);
    const host = await hostRoom(new Client(first.base), graded);
    const { code, hostKey } = host.hosted;
    const crowd = new Crowd(PHONES);
    await crowd.join([new Client(first.base)], code);

    // Ballots arrive one after the other; the crash comes once a third of them are acknowledged.
    const enough = () => crowd.acked.size >= BEFORE / 3;
    const casting = crowd.castStaggered(0, BEFORE, 15, enough);
    await eventually(enough, 'a third of the ballots acknowledged');
    await first.kill9();
    await casting;
    const ackedBeforeCrash = new Set(crowd.acked);

    const second = await spawnServer(port, data, SLOW_DISK);
    started.push(second);
    const client = new Client(second.base);
    const back = await client.joinById(code, { role: 'host', hostKey });
    const hostInbox = new Inbox(back);
    const hosted = await hostInbox.next<Hosted>(ToClient.hosted);
    expect(hosted).toMatchObject({ code, setup: graded, phase: 'open' });
    expect(hosted.hostKey).toBeUndefined();
    expect(hosted.received).toBeGreaterThanOrEqual(ackedBeforeCrash.size);
    back.send(ToServer.exportBallots);
    crowd.expectAcknowledged(await hostInbox.next<ExportedBallots>(ToClient.ballots));

    await crowd.comeBack(client, second.base, code);
    back.send(ToServer.exportBallots);
    crowd.expectEveryBallot(await hostInbox.next<ExportedBallots>(ToClient.ballots));
    back.send(ToServer.close);
    expect(await crowd.phones[0].inbox.next<PhaseChange>(ToClient.phase)).toMatchObject({ phase: 'closed' });
    // The server log never holds a ballot or a device token.
    const log = [...first.output, ...second.output].join('');
    for (const phone of crowd.phones.slice(0, 5)) expect(log).not.toContain(phone.token);
    expect(log).not.toContain('"kind"');
    await crowd.leave();
  });
});
