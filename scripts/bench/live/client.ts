/**
 * colyseus.js as the phones and the host use it, plus what the bench needs around it: a client
 * whose rooms get their message handlers before they connect (so that no message can arrive
 * unheard), bounded waits, and the ballots the bench's phones cast.
 */
import { Client, type Room } from 'colyseus.js';
import type { Ballot } from '../../../src/scenario/preferences.ts';
import { LivePath } from '../../../src/live/protocol.ts';

/** A colyseus.js Client that hands every room it makes to `prepare` before the room connects. */
export class HookedClient extends Client {
  private readonly prepare: (room: Room) => void;

  constructor(endpoint: string, prepare: (room: Room) => void) {
    super(endpoint);
    this.prepare = prepare;
  }

  protected override createRoom<T>(roomName: string, rootSchema?: never): Room<T> {
    const room = super.createRoom<T>(roomName, rootSchema);
    this.prepare(room as Room);
    return room;
  }
}

/** Every message a room receives, by type; `next(type)` waits (bounded) for the next one. */
export class Inbox {
  private readonly waiting = new Map<string, ((message: unknown) => void)[]>();
  private readonly queued = new Map<string, unknown[]>();

  attach(room: Room): void {
    room.onMessage('*', (type, message) => this.put(String(type), message));
  }

  private put(type: string, message: unknown): void {
    const waiter = this.waiting.get(type)?.shift();
    if (waiter) waiter(message);
    else this.queued.set(type, [...(this.queued.get(type) ?? []), message]);
  }

  /** The next message of one of `types` (the first to come), or a rejection after `timeoutMs`. */
  next<T>(types: readonly string[], timeoutMs: number): Promise<{ type: string; message: T }> {
    for (const type of types) {
      const queued = this.queued.get(type);
      if (queued && queued.length > 0) return Promise.resolve({ type, message: queued.shift() as T });
    }
    return new Promise((resolve, reject) => {
      const handlers: [string, (message: unknown) => void][] = [];
      const done = (): void => {
        clearTimeout(timer);
        for (const [type, handler] of handlers) {
          const list = this.waiting.get(type) ?? [];
          const at = list.indexOf(handler);
          if (at >= 0) list.splice(at, 1);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${types.join(' or ')} message within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      for (const type of types) {
        const handler = (message: unknown): void => {
          done();
          resolve({ type, message: message as T });
        };
        handlers.push([type, handler]);
        this.waiting.set(type, [...(this.waiting.get(type) ?? []), handler]);
      }
    });
  }
}

/** Leaves a room, waiting at most `timeoutMs` for the server to confirm. */
export async function leave(room: Room | undefined, timeoutMs = 3000): Promise<void> {
  if (!room) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    room.leave(true).catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  try {
    room.connection?.close();
  } catch {
    // already closed
  }
}

/** `GET /live/rooms/CODE`: the HTTP status (0 when the request itself failed). */
export async function lookUp(base: string, code: string, timeoutMs = 5000): Promise<number> {
  try {
    const answer = await fetch(base + LivePath.room + encodeURIComponent(code), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await answer.body?.cancel();
    return answer.status;
  } catch {
    return 0;
  }
}

export const OPTIONS = ['Homard', 'Crevette', 'Tourteau', 'Langouste'];

/** The 24 complete rankings of o1…o4. */
const RANKINGS: string[][] = (() => {
  const out: string[][] = [];
  const ids = OPTIONS.map((_, i) => `o${i + 1}`);
  const walk = (prefix: string[], rest: string[]): void => {
    if (rest.length === 0) out.push(prefix);
    for (const id of rest)
      walk(
        [...prefix, id],
        rest.filter((r) => r !== id),
      );
  };
  walk([], ids);
  return out;
})();

/**
 * Phone `index`'s ballot: a complete ranking, deterministic, skewed like a real class (a few
 * rankings are common, many are rare), one option per tier.
 */
export function ballotOf(index: number): Ballot {
  let h = Math.imul(index + 1, 2654435761) >>> 0;
  h ^= h >>> 15;
  const common = h % 3 !== 0;
  const ranking = RANKINGS[common ? (h >>> 4) % 5 : (h >>> 4) % RANKINGS.length];
  return { kind: 'ranked', ranking: ranking.map((id) => [id]) };
}

/** A device token: url-safe base64, 24 characters (the server accepts 16–64). */
export function deviceToken(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

/** The p-th percentile (0–100) of sorted values, by the nearest-rank method. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
