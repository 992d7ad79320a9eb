/**
 * Several room server processes sharing the rooms through Redis (RedisPresence, RedisDriver,
 * ballots in Redis): phones reach the same room through either process, the host hears one
 * count; then the process that runs the room is killed with SIGKILL in the middle of the vote
 * and the room comes back through the other one, with every acknowledged ballot.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ToClient,
  ToServer,
  type ExportedBallots,
  type Hosted,
  type PhaseChange,
  type Received,
} from '../../src/live/protocol.ts';
import { spawnServer, type ChildServer } from './support/child-server.ts';
import { Crowd } from './support/crowd.ts';
import { eventually, Inbox } from './support/inbox.ts';
import { hostRoom } from './support/in-process.ts';
import { freePort, getJson } from './support/net.ts';
import { startRedis, type TestRedis } from './support/redis.ts';
import { graded } from './support/votes.ts';

const PHONES = 30;
/** Phones that vote through both processes before the crash (all acknowledged). */
const FIRST = 10;
const SLOW_STORE = { LIVE_TEST_WRITE_DELAY_MS: '40' };

let redis: TestRedis | undefined;
const started: ChildServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  await redis?.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function process_(env: Record<string, string>): Promise<ChildServer> {
  const dir = await mkdtemp(join(tmpdir(), 'live-scale-'));
  dirs.push(dir);
  const server = await spawnServer(await freePort(), dir, env);
  started.push(server);
  return server;
}

describe('room servers sharing their rooms through Redis', () => {
  it('put phones from either process in one room, and bring the room back through the other when its process dies', async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, ...SLOW_STORE };
    const [a, b] = [await process_(env), await process_(env)];
    const clients = [new Client(a.base), new Client(b.base)];
    const host = await hostRoom(clients[0], graded);
    const { code, hostKey } = host.hosted;

    // One room, whichever process a phone asked: the same code, one count.
    const crowd = new Crowd(PHONES);
    await crowd.join(clients, code);
    for (let i = 0; i < FIRST; i++) crowd.cast(i);
    await eventually(() => crowd.acked.size === FIRST, 'the first ballots acknowledged');
    let received = 0;
    await eventually(
      async () => (received = (await host.inbox.next<Received>(ToClient.received)).received) === FIRST,
      'the host counting every ballot',
    );
    expect(received).toBe(FIRST);

    // The listing says which process runs the room; kill that one mid-vote.
    const listing = JSON.parse(redis.cli('HGET', 'roomcaches', code)) as { publicAddress: string };
    const [owner, survivor] = listing.publicAddress.endsWith(`:${a.port}`) ? [a, b] : [b, a];
    const enough = () => crowd.acked.size >= FIRST + 4;
    const casting = crowd.castStaggered(FIRST, 2 * FIRST, 15, enough);
    await eventually(enough, 'a few more ballots acknowledged');
    await owner.kill9();
    await casting;
    const ackedBeforeCrash = crowd.acked.size;

    // Through the survivor: the look-up finds the dead owner, cleans its listing, restores the room.
    expect((await getJson(`${survivor.base}/live/rooms/${code}`)).body).toEqual({ code });
    expect((JSON.parse(redis.cli('HGET', 'roomcaches', code)) as { publicAddress: string }).publicAddress).toBe(
      `127.0.0.1:${survivor.port}`,
    );
    const client = new Client(survivor.base);
    const back = await client.joinById(code, { role: 'host', hostKey });
    const hostInbox = new Inbox(back);
    const hosted = await hostInbox.next<Hosted>(ToClient.hosted);
    expect(hosted).toMatchObject({ code, phase: 'open' });
    expect(hosted.received).toBeGreaterThanOrEqual(ackedBeforeCrash);
    back.send(ToServer.exportBallots);
    crowd.expectAcknowledged(await hostInbox.next<ExportedBallots>(ToClient.ballots));

    await crowd.comeBack(client, survivor.base, code);
    back.send(ToServer.exportBallots);
    crowd.expectEveryBallot(await hostInbox.next<ExportedBallots>(ToClient.ballots));
    // Ballots are in Redis under the device hashes only.
    const stored = redis.cli('HKEYS', `live:ballots:${code}`).split('\n');
    expect(stored).toHaveLength(PHONES);
    for (const phone of crowd.phones) expect(stored).not.toContain(phone.token);
    // Closed: Redis itself deletes the room at the time the host and the phones are told.
    back.send(ToServer.close);
    const closed = await hostInbox.next<PhaseChange>(ToClient.phase);
    for (const key of [`live:room:${code}`, `live:ballots:${code}`])
      expect(Number(redis.cli('PEXPIRETIME', key))).toBe(closed.deleteAt);
    await crowd.leave();
  });
});
