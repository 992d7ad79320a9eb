/**
 * One process per data directory: two processes appending to the same journals would
 * interleave their records. The lock is a file holding the owner's pid; a lock left by a
 * process that died (kill -9, a power cut) is taken over.
 */
import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ProcessLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function takeProcessLock(dataDir: string): Promise<ProcessLock> {
  const path = join(dataDir, 'server.lock');
  const mine = String(process.pid);
  try {
    const handle = await open(path, 'wx', 0o600);
    await handle.writeFile(mine);
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number((await readFile(path, 'utf8')).trim());
    if (alive(owner))
      throw new Error(
        `another room server (pid ${owner}) is using ${dataDir}; give this one another --data directory, or use REDIS_URL to run several`,
        { cause: error },
      );
    await writeFile(path, mine, { mode: 0o600 });
  }
  return {
    async release() {
      try {
        if ((await readFile(path, 'utf8')).trim() === mine) await unlink(path);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
