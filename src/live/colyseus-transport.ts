/**
 * The host's Colyseus client (colyseus.js 0.16), loaded only when a live vote is opened: the
 * game's first download and the classroom stay without it. The room server is the game's own
 * origin (`npm start` serves both).
 */
import { LIVE_ROOM } from './protocol.ts';
import type { LiveRoomHandle, LiveTransport } from './host-session.ts';

export async function colyseusTransport(origin: string): Promise<LiveTransport> {
  const { Client } = await import('colyseus.js');
  const client = new Client(origin);
  type Room = Awaited<ReturnType<typeof client.create>>;
  const handle = (room: Room): LiveRoomHandle => ({
    onMessage: (type, listener) => void room.onMessage(type, listener),
    onLeave: (listener) => void room.onLeave(listener),
    send: (type, payload) => room.send(type, payload),
    leave: () => void room.leave(true).catch(() => undefined),
  });
  return {
    create: async (options) => handle(await client.create(LIVE_ROOM, options)),
    joinById: async (code, options) => handle(await client.joinById(code, options)),
  };
}
