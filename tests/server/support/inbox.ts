/**
 * What a test client has heard from its room, by message type, and a way to wait for the
 * next message of a type (generous timeouts only: no assertion on how fast it came).
 */
import type { Room } from 'colyseus.js';

interface Waiter {
  readonly types: readonly string[];
  readonly resolve: (entry: { type: string; message: unknown }) => void;
}

export const WAIT_MS = 30_000;

export class Inbox {
  private readonly unread: { type: string; message: unknown }[] = [];
  private readonly waiters: Waiter[] = [];
  readonly heard: { type: string; message: unknown }[] = [];
  leftWith: number | undefined;

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      const entry = { type: String(type), message };
      this.heard.push(entry);
      const waiter = this.waiters.findIndex((w) => w.types.includes(entry.type));
      if (waiter >= 0) this.waiters.splice(waiter, 1)[0].resolve(entry);
      else this.unread.push(entry);
    });
    room.onLeave((code) => {
      this.leftWith = code;
    });
  }

  /** The next message of this type not yet taken (already heard, or to come). */
  async next<T>(type: string, timeoutMs = WAIT_MS): Promise<T> {
    return (await this.nextOf<T>([type], timeoutMs)).message;
  }

  /** The next message of any of these types. */
  nextOf<T>(types: readonly string[], timeoutMs = WAIT_MS): Promise<{ type: string; message: T }> {
    const i = this.unread.findIndex((e) => types.includes(e.type));
    if (i >= 0) return Promise.resolve(this.unread.splice(i, 1)[0] as { type: string; message: T });
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        types,
        resolve: (e) => (clearTimeout(timer), resolve(e as { type: string; message: T })),
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no ${types.join(' or ')} message within ${timeoutMs} ms (heard: ${this.heard.map((e) => e.type).join(', ') || 'nothing'})`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends, then waits for the answer: the next message of one of these types. */
  ask<T>(type: string, message: unknown, answers: readonly string[]): Promise<{ type: string; message: T }> {
    this.room.send(type, message);
    return this.nextOf<T>(answers);
  }

  count(type: string): number {
    return this.heard.filter((e) => e.type === type).length;
  }
}

/** Resolves once `check` holds, polling; rejects after the timeout with `what`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`still not true after ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
