/**
 * A room server in the test process (one per test file: Colyseus' matchmaker is a module
 * singleton), on a free loopback port, with a temporary data directory, its log kept for
 * inspection, and helpers that play the host and the phones with colyseus.js.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room } from 'colyseus.js';
import {
  LIVE_ROOM,
  LiveLimits,
  ToClient,
  ToServer,
  type Ack,
  type Hosted,
  type LiveSetup,
  type Refusal,
  type Welcome,
} from '../../../src/live/protocol.ts';
import type { Ballot } from '../../../src/scenario/preferences.ts';
import { DEFAULT_TUNING, startLiveServer, type LiveServer, type Tuning } from '../../../server/live-server.ts';
import { setLogSink } from '../../../server/log.ts';
import type { ServerOptions } from '../../../server/options.ts';
import type { ServerLimits } from '../../../server/context.ts';
import { Inbox } from './inbox.ts';
import { freePort } from './net.ts';
import { device } from './votes.ts';

export interface TestRoomServer {
  readonly live: LiveServer;
  readonly test: ColyseusTestServer;
  readonly data: string;
  readonly base: string;
  readonly logs: string[];
  /** A colyseus.js client; `address` is sent as X-Real-IP (the server trusts it in these tests). */
  client(address?: string): Client;
  stop(): Promise<void>;
}

export async function startTestServer(
  limits: Partial<ServerLimits> = {},
  tuning: Partial<Tuning> = {},
  retentionHours = 24,
): Promise<TestRoomServer> {
  const data = await mkdtemp(join(tmpdir(), 'live-test-'));
  const logs: string[] = [];
  setLogSink((line) => logs.push(line));
  const port = await freePort();
  const options: ServerOptions = {
    host: '127.0.0.1',
    port,
    dist: join(data, 'no-dist'),
    data,
    redisUrl: undefined,
    retentionHours,
    publicAddress: undefined,
    publicUrl: undefined,
    trustProxy: true,
    lookupsPerMinute: limits.lookupsPerMinute ?? 10_000,
    wrongCodesPerMinute: limits.wrongCodesPerMinute ?? 10_000,
    writeDelayMs: 0,
  };
  const live = await startLiveServer(options, {
    ...DEFAULT_TUNING,
    receivedEveryMs: 50,
    ...tuning,
    limits: {
      ...LiveLimits,
      lookupsPerMinute: options.lookupsPerMinute,
      wrongCodesPerMinute: options.wrongCodesPerMinute,
      ...limits,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    live,
    test: new ColyseusTestServer(live.colyseus),
    data,
    base,
    logs,
    client: (address = '127.0.0.1') => new Client(base, { headers: { 'X-Real-IP': address } }),
    async stop() {
      await live.close();
      await rm(data, { recursive: true, force: true });
    },
  };
}

export interface TestHost {
  readonly room: Room;
  readonly inbox: Inbox;
  readonly hosted: Hosted;
}

export async function hostRoom(client: Client, setup: LiveSetup): Promise<TestHost> {
  const room = await client.create(LIVE_ROOM, { role: 'host', setup });
  const inbox = new Inbox(room);
  return { room, inbox, hosted: await inbox.next<Hosted>(ToClient.hosted) };
}

export interface TestPhone {
  readonly room: Room;
  readonly inbox: Inbox;
  readonly welcome: Welcome;
  readonly token: string;
}

export async function joinPhone(client: Client, code: string, token = device()): Promise<TestPhone> {
  const room = await client.joinById(code, { role: 'voter', device: token });
  const inbox = new Inbox(room);
  return { room, inbox, welcome: await inbox.next<Welcome>(ToClient.welcome), token };
}

let seq = 0;

/** Sends a ballot (or anything as the message) and resolves with the ack or the refusal. */
export async function vote(
  phone: { inbox: Inbox },
  ballot: Ballot | unknown,
  message?: unknown,
): Promise<{ type: string; message: Ack | Refusal }> {
  return phone.inbox.ask<Ack | Refusal>(ToServer.ballot, message ?? { seq: ++seq, ballot }, [
    ToClient.ack,
    ToClient.refused,
  ]);
}
