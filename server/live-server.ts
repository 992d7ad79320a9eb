/**
 * One room server process: an HTTP server that serves the game, the phone page and the
 * /live routes, Colyseus' matchmaking and WebSockets on the same port, and the store. With
 * REDIS_URL, RedisPresence and RedisDriver let several such processes share the rooms.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ErrorCode, matchMaker, Server, ServerError } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { LIVE_ROOM, LiveLimits, normaliseCode, type ServerInfo } from '../src/live/protocol.ts';
import { AddressAttempts } from '../src/live/rate-limit.ts';
import { refusalOf } from '../src/live/refusal.ts';
import { liveContext, setLiveContext, type LiveContext, type ServerLimits } from './context.ts';
import { clientAddressOf, liveRoutes } from './http-routes.ts';
import { refusalError } from './join-request.ts';
import { colyseusLogger, log } from './log.ts';
import { baseAddresses, firstFreePort, reachableHosts } from './network.ts';
import type { ServerOptions } from './options.ts';
import { Recovery } from './recovery.ts';
import { JournalStore } from './store/journal-store.ts';
import { LivePresence, RedisStore } from './store/redis-store.ts';
import type { BallotStore } from './store/store.ts';
import { VoteRoom } from './vote-room.ts';

/** Timings and limits, overridable by tests (which cannot wait a minute for a rate limit). */
export interface Tuning {
  readonly limits: ServerLimits;
  readonly reconnectSeconds: number;
  readonly restoreGraceSeconds: number;
  readonly receivedEveryMs: number;
  readonly expiryCheckMs: number;
  readonly sweepEveryMs: number;
}

export const DEFAULT_TUNING: Tuning = {
  limits: LiveLimits,
  reconnectSeconds: 20,
  restoreGraceSeconds: 120,
  receivedEveryMs: 250,
  expiryCheckMs: 60_000,
  sweepEveryMs: 60_000,
};

/** A matchmaking request's body (the host's setup is the largest) must fit in this. */
const MATCHMAKE_BODY_BYTES = 64 * 1024;
/** WebSocket frames above this are cut by the transport; up to it, the room refuses politely (LiveLimits.messageBytes). */
const FRAME_BYTES = 64 * 1024;
const DEFAULT_PORT = 8080;

export interface LiveServer {
  readonly port: number;
  /** Base addresses phones can use, best first. */
  readonly addresses: readonly string[];
  readonly publicAddress: string | undefined;
  /** The Colyseus server (tests drive it with @colyseus/testing). */
  readonly colyseus: Server;
  close(): Promise<void>;
}

async function openStore(
  options: ServerOptions,
  retentionMs: number,
): Promise<{ store: BallotStore; presence?: LivePresence; driver?: RedisDriver }> {
  if (!options.redisUrl)
    return { store: await JournalStore.open(options.data, { retentionMs, writeDelayMs: options.writeDelayMs }) };
  const presence = new LivePresence(options.redisUrl);
  return {
    store: new RedisStore(presence.commands, { retentionMs, writeDelayMs: options.writeDelayMs }),
    presence,
    driver: new RedisDriver(options.redisUrl),
  };
}

/**
 * Only what the host screen and the phone page use; every call counts against the client
 * address's attempts, and a join of a code no room has counts as a wrong code
 * (`AddressAttempts`, shared with the look-ups). A join that fails because no live process runs
 * the room (none lists it, or the one that does is dead) brings the room back from the store,
 * as a look-up would, and is tried once more: a client may join without looking up first, e.g.
 * while this process is still restoring rooms after a restart.
 *
 * A failed reconnection gets one answer whatever the reason (no such room, or a wrong or
 * expired token), so that it says nothing about which codes exist; it is not a wrong code,
 * since after a restart every phone of a class tries its stale token once.
 */
function guardMatchmaking(
  attempts: AddressAttempts,
  clientAddress: (req: IncomingMessage) => string,
  rooms: Recovery,
): void {
  const { controller } = matchMaker;
  const invoke = controller.invokeMethod.bind(controller);
  controller.exposedMethods = ['create', 'joinById', 'reconnect'];
  const unknownRoom = (error: unknown) => (error as { code?: unknown }).code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID;
  controller.invokeMethod = async (method, roomName, clientOptions, auth) => {
    const address = auth?.req ? clientAddress(auth.req) : undefined;
    if (address !== undefined && attempts.admit(address) !== undefined) throw refusalError('too-many-attempts');
    try {
      return await invoke(method, roomName, clientOptions, auth);
    } catch (error) {
      // Refusals (a bad device, a full room…) stand.
      if (refusalOf(error)) throw error;
      if (method === 'reconnect')
        throw new ServerError(ErrorCode.MATCHMAKE_EXPIRED, 'reconnection token invalid or expired');
      if (method !== 'joinById') throw error;
      const code = normaliseCode(roomName) === roomName ? roomName : undefined;
      const found = code === undefined ? 'unknown' : await rooms.find(code);
      if (found === 'found') {
        try {
          return await invoke(method, roomName, clientOptions, auth);
        } catch (again) {
          if (!unknownRoom(again)) throw again;
        }
      } else if (found === 'server-full') throw refusalError('server-full');
      else if (!unknownRoom(error)) throw error;
      else if (address !== undefined) attempts.wrongCode(address);
      // The same refusal as a look-up of an unknown code: no other message tells codes apart.
      throw refusalError('unknown-room');
    }
  };
}

/** Matchmaking bodies are read whole by Colyseus: refuse large ones before it does. */
function capMatchmakingBodies(http: ReturnType<typeof createServer>): void {
  const handlers = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && req.url?.includes('/matchmake/')) {
      const length = Number(req.headers['content-length']);
      if (!Number.isFinite(length) || length > MATCHMAKE_BODY_BYTES) {
        res.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' });
        res.end(JSON.stringify({ code: 413, error: 'request too large' }));
        req.destroy();
        return;
      }
    }
    for (const handler of handlers) handler.call(http, req, res);
  });
}

export async function startLiveServer(options: ServerOptions, tuning: Tuning = DEFAULT_TUNING): Promise<LiveServer> {
  const retentionMs = options.retentionHours * 3_600_000;
  const port = options.port ?? (await firstFreePort(options.host, DEFAULT_PORT));
  const { store, presence, driver } = await openStore(options, retentionMs);
  const context: LiveContext = { store, retentionMs, ...tuning };
  setLiveContext(context);
  const publicAddress =
    options.publicAddress ?? (options.redisUrl ? `${reachableHosts(options.host)[0]}:${port}` : undefined);
  const addresses = options.publicUrl ? [options.publicUrl] : baseAddresses(options.host, port);
  const info = (): ServerInfo => ({ addresses, retentionHours: options.retentionHours });
  const attempts = new AddressAttempts(options.lookupsPerMinute, options.wrongCodesPerMinute);
  const clientAddress = clientAddressOf(options.trustProxy);

  const rooms = new Recovery(store, presence?.commands);
  const http = createServer();
  // Added before Colyseus wraps the server's requests, so that it passes ours through.
  http.on(
    'request',
    liveRoutes({
      dist: options.dist,
      info,
      find: (code) => rooms.find(code),
      attempts,
      clientAddress,
      publicUrl: options.publicUrl,
    }),
  );
  const transport = new WebSocketTransport({ server: http, maxPayload: FRAME_BYTES });
  const colyseus = new Server({
    transport,
    presence,
    driver,
    publicAddress,
    greet: false,
    gracefullyShutdown: false,
    logger: colyseusLogger,
  });
  colyseus.define(LIVE_ROOM, VoteRoom);
  guardMatchmaking(attempts, clientAddress, rooms);
  capMatchmakingBodies(http);

  await colyseus.listen(port, options.host);
  const restored = await rooms.restoreAll(Math.floor(tuning.limits.roomsPerProcess / 2));
  if (restored > 0) log.info(`${restored} rooms brought back from the store`);

  const sweep = setInterval(() => {
    attempts.prune();
    store
      .sweep(Date.now(), (code) => matchMaker.getLocalRoomById(code) !== undefined)
      .then((codes) => codes.forEach((code) => log.info(`room ${code} deleted: its retention time is over`)))
      .catch((error) => log.error('retention sweep failed', error));
  }, tuning.sweepEveryMs);
  sweep.unref();

  return {
    port,
    addresses,
    publicAddress,
    colyseus,
    async close() {
      clearInterval(sweep);
      await colyseus.gracefullyShutdown(false);
      await liveContext().store.close();
      setLiveContext(undefined);
    },
  };
}
