/**
 * The browser's side of a live vote's host: the room server is this page's own origin (`npm
 * start` serves the game and the rooms), the Colyseus client is loaded only when a room is
 * opened, and the room this browser hosts is kept in localStorage (src/live/stored.ts).
 */
import { getJson, isServerInfo, type HostEnvironment, type LiveTransport } from '../../live/host-session.ts';
import { LivePath, type ServerInfo } from '../../live/protocol.ts';
import { readStoredHost, type KeyValueStore, type StoredHost } from '../../live/stored.ts';

function storage(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function hostEnvironment(origin = location.origin): HostEnvironment {
  let transport: Promise<LiveTransport> | undefined;
  return {
    getJson: (path) => getJson(origin, path),
    transport: () =>
      (transport ??= import('../../live/colyseus-transport.ts').then((m) => m.colyseusTransport(origin))),
    store: storage(),
    later: (task, ms) => {
      const id = setTimeout(task, ms);
      return () => clearTimeout(id);
    },
    now: () => Date.now(),
  };
}

/** The room server's answer (`GET /live/info`), or undefined when the game is served without one. */
export async function liveServer(): Promise<ServerInfo | undefined> {
  const answer = await getJson(location.origin, LivePath.info);
  return answer.status === 200 && isServerInfo(answer.body) ? answer.body : undefined;
}

/** The room this browser hosts, if it keeps one. */
export function storedHost(): StoredHost | undefined {
  return readStoredHost(storage());
}
