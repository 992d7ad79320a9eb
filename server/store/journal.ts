/**
 * One room's append-only journal on disk: JSON lines, written with group commit. Records
 * that arrive while an fsync runs wait for the next one, and all of them are then written
 * and synced together: 250 phones voting at once cost a handful of fsyncs, not 250, and
 * each phone is acknowledged only after the fsync that covers its ballot has returned.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { log } from '../log.ts';
import { StorageError } from './store.ts';

interface Pending {
  readonly line: string;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Counts for tests and the bench: group commit shows as far fewer syncs than records. */
export const journalStats = { records: 0, syncs: 0 };

export interface JournalOptions {
  /** Test hook (the fault test): waits this long before each write, like a slow disk. */
  readonly writeDelayMs?: number;
}

export class Journal {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private broken = false;

  private constructor(
    private readonly handle: FileHandle,
    private size: number,
    private readonly options: JournalOptions,
  ) {}

  /** A new journal; undefined when the file already exists (the code is taken). */
  static async create(path: string, options: JournalOptions = {}): Promise<Journal | undefined> {
    try {
      return new Journal(await open(path, 'wx', 0o600), 0, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw error;
    }
  }

  /** An existing journal, opened to append after its last whole line (a torn tail is cut off). */
  static async reopen(path: string, validBytes: number, options: JournalOptions = {}): Promise<Journal> {
    const handle = await open(path, 'r+');
    const { size } = await handle.stat();
    // The torn tail was never acknowledged (acks follow the fsync of whole lines): dropping
    // it keeps the next record from being glued to it.
    if (size > validBytes) await handle.truncate(validBytes);
    return new Journal(handle, validBytes, options);
  }

  /** Resolves once the record is on disk (fsynced). */
  append(record: object): Promise<void> {
    if (this.broken) return Promise.reject(new StorageError('journal unusable after a failed write'));
    return new Promise((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Waits for the records already handed in, then closes the file. */
  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      if (this.broken) {
        for (const p of this.pending.splice(0)) p.reject(new StorageError('journal unusable after a failed write'));
        break;
      }
      const batch = this.pending;
      this.pending = [];
      if (this.options.writeDelayMs) await new Promise((r) => setTimeout(r, this.options.writeDelayMs));
      const bytes = Buffer.from(batch.map((p) => p.line).join(''));
      try {
        await this.handle.write(bytes, 0, bytes.length, this.size);
        await this.handle.datasync();
        journalStats.syncs++;
        journalStats.records += batch.length;
        this.size += bytes.length;
        for (const p of batch) p.resolve();
      } catch (error) {
        await this.undo();
        const failure = new StorageError('journal write failed', { cause: error });
        for (const p of batch) p.reject(failure);
      }
    }
    this.flushing = undefined;
  }

  /** After a failed write, the file goes back to its last synced size, or is no longer used. */
  private async undo(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.datasync();
    } catch {
      this.broken = true;
    }
  }
}

interface JournalContents {
  /** Each whole line, parsed; unreadable lines are left out (and logged without content). */
  readonly records: unknown[];
  /** Bytes up to the end of the last whole line. */
  readonly validBytes: number;
}

/** Reads a journal; a last line without its newline (a crash mid-write) is ignored with a warning. */
export async function readJournal(path: string, name: string): Promise<JournalContents> {
  const text = await readFile(path);
  const end = text.lastIndexOf(0x0a) + 1;
  if (end < text.length) log.warn(`journal ${name}: ignoring a torn last line (${text.length - end} bytes)`);
  const records: unknown[] = [];
  const lines = text.subarray(0, end).toString('utf8').split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    try {
      records.push(JSON.parse(line));
    } catch {
      log.warn(`journal ${name}: ignoring unreadable line ${i + 1}`);
    }
  });
  return { records, validBytes: end };
}
