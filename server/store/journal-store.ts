/**
 * The embedded store: one append-only journal per room in the data directory
 * (`rooms/CODE.jsonl`), written by one process only (server.lock). Lines: the room (setup,
 * host key hash, device salt), each ballot (device hash, ballot) and each phase change.
 * Replaying a journal gives the room back: a device's later ballot replaces its earlier one.
 */
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseCode } from '../../src/live/protocol.ts';
import type { Ballot } from '../../src/scenario/preferences.ts';
import { log } from '../log.ts';
import { Journal, readJournal, type JournalOptions } from './journal.ts';
import { takeProcessLock, type ProcessLock } from './process-lock.ts';
import { deleteAt, type BallotStore, type RoomRecord, type RoomStatus, type StoredRoom } from './store.ts';

const JOURNAL_VERSION = 1;

type Line =
  | ({ t: 'room'; v: number } & RoomRecord & RoomStatus)
  | { t: 'ballot'; device: string; ballot: Ballot }
  | ({ t: 'status' } & RoomStatus);

interface Entry {
  status: RoomStatus;
  lastActivity: number;
}

interface JournalStoreOptions extends JournalOptions {
  readonly retentionMs: number;
}

const statusOf = (line: RoomStatus): RoomStatus => ({
  phase: line.phase,
  allowChanges: line.allowChanges,
  ...(line.closedAt === undefined ? {} : { closedAt: line.closedAt }),
});

export class JournalStore implements BallotStore {
  private readonly journals = new Map<string, Journal>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly index = new Map<string, Entry>();

  private constructor(
    private readonly dir: string,
    private readonly options: JournalStoreOptions,
    private readonly lock: ProcessLock,
  ) {}

  static async open(dataDir: string, options: JournalStoreOptions): Promise<JournalStore> {
    const dir = join(dataDir, 'rooms');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const store = new JournalStore(dir, options, await takeProcessLock(dataDir));
    for (const name of await readdir(dir)) {
      const code = name.endsWith('.jsonl') ? normaliseCode(name.slice(0, -'.jsonl'.length)) : undefined;
      if (code === undefined || `${code}.jsonl` !== name) continue;
      const room = await store.read(code);
      if (room) store.index.set(code, { status: room.status, lastActivity: room.lastActivity });
    }
    return store;
  }

  async createRoom(record: RoomRecord, status: RoomStatus): Promise<boolean> {
    const journal = await Journal.create(this.path(record.code), this.options);
    if (!journal) return false;
    this.journals.set(record.code, journal);
    const line: Line = { t: 'room', v: JOURNAL_VERSION, ...record, ...status };
    await journal.append(line);
    await this.syncDir();
    this.index.set(record.code, { status, lastActivity: Date.now() });
    return true;
  }

  async has(code: string): Promise<boolean> {
    return this.index.has(code);
  }

  /** The room as its journal says, ready to append to. */
  async load(code: string): Promise<StoredRoom | undefined> {
    await this.closing.get(code);
    if (!this.index.has(code)) return undefined;
    const room = await this.read(code);
    if (room && !this.journals.has(code))
      this.journals.set(code, await Journal.reopen(this.path(code), room.validBytes, this.options));
    return room;
  }

  /** Appends; the room, this journal's only writer, has already checked `replace`. */
  async putBallot(code: string, device: string, ballot: Ballot, _replace: boolean): Promise<boolean> {
    const line: Line = { t: 'ballot', device, ballot };
    await this.journal(code).append(line);
    this.touch(code);
    return true;
  }

  async setStatus(code: string, status: RoomStatus): Promise<void> {
    const line: Line = { t: 'status', ...status };
    await this.journal(code).append(line);
    this.touch(code, status);
  }

  async delete(code: string): Promise<void> {
    await this.release(code);
    this.index.delete(code);
    await unlink(this.path(code)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await this.syncDir();
  }

  async codes(): Promise<string[]> {
    return [...this.index.keys()];
  }

  async sweep(now: number, isLive: (code: string) => boolean): Promise<string[]> {
    const expired = [...this.index]
      .filter(([code, e]) => deleteAt(e.status, e.lastActivity, this.options.retentionMs) <= now && !isLive(code))
      .map(([code]) => code);
    for (const code of expired) await this.delete(code);
    return expired;
  }

  async release(code: string): Promise<void> {
    const journal = this.journals.get(code);
    if (!journal) return this.closing.get(code);
    this.journals.delete(code);
    const closing = journal.close().finally(() => this.closing.delete(code));
    this.closing.set(code, closing);
    await closing;
  }

  async close(): Promise<void> {
    await Promise.all([...this.journals.keys()].map((code) => this.release(code)));
    await this.lock.release();
  }

  private path(code: string): string {
    return join(this.dir, `${code}.jsonl`);
  }

  private journal(code: string): Journal {
    const journal = this.journals.get(code);
    if (!journal) throw new Error(`room ${code} is not open in this store`);
    return journal;
  }

  private touch(code: string, status?: RoomStatus): void {
    const entry = this.index.get(code);
    if (entry) this.index.set(code, { status: status ?? entry.status, lastActivity: Date.now() });
  }

  private async read(code: string): Promise<(StoredRoom & { validBytes: number }) | undefined> {
    const path = this.path(code);
    const [{ records, validBytes }, { mtimeMs }] = await Promise.all([readJournal(path, code), stat(path)]);
    const [head, ...rest] = records as Line[];
    if (head?.t !== 'room' || head.code !== code || head.v !== JOURNAL_VERSION) {
      log.warn(`journal ${code}: no room record, left aside`);
      return undefined;
    }
    const record: RoomRecord = {
      code,
      setup: head.setup,
      hostKeyHash: head.hostKeyHash,
      salt: head.salt,
      createdAt: head.createdAt,
    };
    let status = statusOf(head);
    const ballots = new Map<string, Ballot>();
    for (const line of rest) {
      if (line?.t === 'ballot') ballots.set(line.device, line.ballot);
      else if (line?.t === 'status') status = statusOf(line);
    }
    return { record, status, ballots, lastActivity: mtimeMs, validBytes };
  }

  /** A new journal's name is durable only once its directory is synced. */
  private async syncDir(): Promise<void> {
    try {
      const handle = await open(this.dir, 'r');
      await handle.sync().finally(() => handle.close());
    } catch {
      // Some file systems cannot sync a directory; the journal's own fsync still holds.
    }
  }
}
