/**
 * The room server as a real child process (`node --import tsx server/main.ts`), on a loopback
 * port, so that a test can kill it with SIGKILL as a crash would, and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './inbox.ts';
import { getJson } from './net.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

export interface ChildServer {
  readonly port: number;
  readonly base: string;
  readonly output: string[];
  /** kill -9: no shutdown, no flush, as in a crash. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

function exited(proc: ChildProcess): Promise<void> {
  return proc.exitCode !== null || proc.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => proc.once('exit', () => resolve()));
}

export interface SpawnOptions {
  /** The built game it serves (browser tests); none by default. */
  readonly dist?: string;
  /** 'test' (default): look-up limits raised out of the way; 'product': npm start's own limits. */
  readonly limits?: 'test' | 'product';
  /** How long it may take to answer. */
  readonly waitMs?: number;
}

export async function spawnServer(
  port: number,
  data: string,
  env: Record<string, string> = {},
  options: SpawnOptions = {},
): Promise<ChildServer> {
  const args = [
    '--import',
    'tsx',
    'server/main.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--data',
    data,
    '--dist',
    options.dist ?? join(data, 'no-dist'),
  ];
  const limits =
    options.limits === 'product' ? {} : { LIVE_LOOKUPS_PER_MINUTE: '100000', LIVE_WRONG_CODES_PER_MINUTE: '100000' };
  const proc = spawn(process.execPath, args, {
    cwd: repo,
    env: { ...process.env, ...limits, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  proc.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode}):\n${output.join('')}`);
      return (await getJson(`${base}/live/info`).catch(() => undefined))?.status === 200;
    },
    `server on port ${port} answering`,
    options.waitMs ?? 60_000,
  );
  return {
    port,
    base,
    output,
    async kill9() {
      proc.kill('SIGKILL');
      await exited(proc);
    },
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited(proc);
      clearTimeout(timer);
    },
  };
}
